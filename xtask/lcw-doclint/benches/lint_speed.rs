//! Lint throughput at two tree sizes, in one run: `cargo bench -p lcw-doclint --bench lint_speed`.
//!
//! The pages of docs-src are replicated into temporary trees of about 2,000 and 8,000 pages.
//! Each copy gets its own namespace and file names, so cross-page lookups grow with the tree as
//! they would in a larger docs set. The lint (reading, parsing, modelling and every check) runs
//! on every core. The bench fails if either size lints fewer than 2,000 pages per second, or if
//! a page costs more than 1.5 times as much in the large tree as in the small one (not linear).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use lcw_doclint::lint::{LintOptions, lint_tree};

const MIN_PAGES_PER_SECOND: f64 = 2000.0;
const MAX_PER_PAGE_GROWTH: f64 = 1.5;
const TARGET_SIZES: [usize; 2] = [2000, 8000];
const RUNS: usize = 3;

fn pages_of(root: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for version in ["beta", "v1.0"] {
        for kind in ["resources", "api"] {
            let dir = root.join("api-reference").join(version).join(kind);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "md")
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    let relative = path
                        .strip_prefix(root)
                        .map(Path::to_path_buf)
                        .unwrap_or(path);
                    out.push((relative, text));
                }
            }
        }
    }
    out
}

/// Writes `copies` renamed copies of `pages` under `root`.
fn replicate(pages: &[(PathBuf, String)], copies: usize, root: &Path) -> usize {
    let mut written = 0;
    for i in 0..copies {
        let namespace = format!("identityGovernance{i}x");
        let file_prefix = format!("identitygovernance{i}x-");
        for (relative, text) in pages {
            let name = relative
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("page.md");
            let name = if name.starts_with("identitygovernance-") {
                name.replacen("identitygovernance-", &file_prefix, 1)
            } else {
                format!("c{i}-{name}")
            };
            let text = text
                .replace("identityGovernance", &namespace)
                .replace("identitygovernance-", &file_prefix);
            let target = root
                .join(relative.parent().unwrap_or(Path::new("")))
                .join(name);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).expect("create bench folder");
            }
            std::fs::write(target, text).expect("write bench page");
            written += 1;
        }
    }
    written
}

fn best_of(runs: usize, root: &Path) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut findings = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let report = lint_tree(&LintOptions::new(root)).expect("lint runs");
        best = best.min(start.elapsed());
        findings = report.findings.len();
    }
    (best, findings)
}

fn main() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let source = pages_of(&workspace.join("docs-src"));
    assert!(!source.is_empty(), "no pages in docs-src to replicate");
    // Removed with everything in it when dropped, also when an assertion below panics.
    let base = tempfile::Builder::new()
        .prefix("lcw-doclint-bench-")
        .tempdir()
        .expect("create a temporary folder");
    let mut per_page = Vec::new();
    let mut failed = false;
    for target in TARGET_SIZES {
        let root = base.path().join(target.to_string());
        let copies = target.div_ceil(source.len());
        let pages = replicate(&source, copies, &root);
        let (time, findings) = best_of(RUNS, &root);
        let rate = pages as f64 / time.as_secs_f64();
        println!(
            "lint {pages:>6} pages ({copies} copies of {} docs-src pages): best of {RUNS} {:>8.1} ms, {rate:>8.0} pages/s, {findings} findings",
            source.len(),
            time.as_secs_f64() * 1000.0
        );
        if rate < MIN_PAGES_PER_SECOND {
            println!("  below {MIN_PAGES_PER_SECOND} pages/s");
            failed = true;
        }
        per_page.push(time.as_secs_f64() / pages as f64);
        let _ = std::fs::remove_dir_all(&root);
    }
    drop(base);
    let growth = per_page[1] / per_page[0];
    println!(
        "time per page, large tree / small tree: {growth:.2} (linear is 1.0; limit {MAX_PER_PAGE_GROWTH})"
    );
    if growth > MAX_PER_PAGE_GROWTH {
        println!("  the lint is not linear in the number of pages");
        failed = true;
    }
    if failed {
        std::process::exit(1);
    }
}
