//! Reading the whole v1.0 service schema and comparing docs-src with it:
//! `cargo bench -p lcw-csdl --bench read_schema`.
//!
//! The schema (about 3,800 types, 3.5 MB) is not part of the repository: it is read from
//! `LCW_SERVICE_METADATA` or `../shared/graph-metadata` beside the workspace. Without it the
//! bench says so and exits with 2. It fails (exit 1) when the median of reading plus comparing
//! takes more than [`BUDGET`].

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use lcw_doclint::schema::compare::compare_v1;
use lcw_docs::diag::Diagnostics;
use lcw_docs::model::ApiVersion;

/// "Well under a second" for the whole schema, read and compared.
const BUDGET: Duration = Duration::from_millis(500);
const RUNS: usize = 7;

fn metadata() -> Option<PathBuf> {
    let dir = std::env::var_os(lcw_csdl::METADATA_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| lcw_docs::paths::workspace_root().join("../shared/graph-metadata"));
    let file = dir.join("v1.0-cleanMetadata.xml");
    file.is_file().then_some(file)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() -> ExitCode {
    let Some(file) = metadata() else {
        eprintln!(
            "read_schema: no v1.0-cleanMetadata.xml in ../shared/graph-metadata or {}: this bench \
             needs the Graph service metadata",
            lcw_csdl::METADATA_ENV
        );
        return ExitCode::from(2);
    };
    let xml = std::fs::read_to_string(&file).expect("readable schema");
    let docs = lcw_docs::load_with(&lcw_docs::paths::docs_src(), None, None);
    let v1 = &docs.model.versions[&ApiVersion::V1];
    // Every namespace of the schema, so every one of its types is compared.
    let namespaces: Vec<String> = {
        let mut d = Diagnostics::default();
        lcw_csdl::read(&xml, Path::new("m.xml"), &mut d)
            .namespaces
            .into_keys()
            .collect()
    };
    let (mut reads, mut totals) = (Vec::new(), Vec::new());
    let mut found = (0, 0, 0);
    for _ in 0..RUNS {
        let started = Instant::now();
        let mut diags = Diagnostics::default();
        let schema = lcw_csdl::read(&xml, Path::new("m.xml"), &mut diags);
        reads.push(started.elapsed());
        let changes: usize = namespaces
            .iter()
            .map(|ns| compare_v1(v1, &schema, ns).len())
            .sum();
        totals.push(started.elapsed());
        found = (
            schema.model.types.len() + schema.model.enums.len(),
            schema.bound.len(),
            changes,
        );
    }
    let (read, total) = (median(reads), median(totals));
    println!(
        "read_schema: {} types and enums, {} bound operations, {:.1} MB: read in {:.1} ms, \
         read and compared ({} namespaces, {} differences) in {:.1} ms (median of {RUNS})",
        found.0,
        found.1,
        xml.len() as f64 / 1e6,
        read.as_secs_f64() * 1e3,
        namespaces.len(),
        found.2,
        total.as_secs_f64() * 1e3
    );
    if total > BUDGET {
        eprintln!("read_schema: over the budget of {} ms", BUDGET.as_millis());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
