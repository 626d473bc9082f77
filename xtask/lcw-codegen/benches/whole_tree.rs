//! The lint and `regenerate` on a 10,000-page tree, side by side in one run:
//! `LCW_BENCH_DOCS=../shared/graph-docs-general cargo bench -p lcw-codegen --bench whole_tree`.
//!
//! The tree is built at bench time from a sample of real Graph docs pages (`LCW_BENCH_DOCS`,
//! a folder holding `api-reference/`; required, the bench fails without it): the sample is
//! copied until the tree holds 10,000 pages, each copy under its own namespace
//! (`microsoft.graph` becomes `microsoft.graph.cN`) and file names (`cN-user.md`, links
//! rewritten), so every copy adds new types as a bigger docs tree would. Targets: the lint at
//! 5,000 pages/s or more, `regenerate --allow-missing --out DIR` in 5 s or less; the bench
//! exits with 1 when one is missed.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use lcw_codegen::cli::{Args, run};
use lcw_doclint::lint::{LintOptions, lint_tree};

/// As in `cargo xtask`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PAGES: usize = 10_000;
const MIN_LINT_PAGES_PER_SECOND: f64 = 5000.0;
const MAX_REGENERATE: Duration = Duration::from_secs(5);
const SAMPLE_ENV: &str = "LCW_BENCH_DOCS";

/// Every page of the sample: (path relative to the root, text).
fn pages_of(root: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root.join("api-reference")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                let relative = path.strip_prefix(root).map(Path::to_path_buf);
                out.push((relative.unwrap_or(path), text));
            }
        }
    }
    out.sort();
    out
}

/// `](user.md)` -> `](c3-user.md)`, and `[x]: user.md` likewise: links between the pages of a
/// copy stay inside it.
fn relink(text: &str, prefix: &str) -> String {
    let local = |target: &str| {
        !target.contains("://") && !target.starts_with(['/', '#', '.']) && target.contains(".md")
    };
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        out.push_str(&rest[..at + 2]);
        rest = &rest[at + 2..];
        if local(rest.split(')').next().unwrap_or_default()) {
            out.push_str(prefix);
        }
    }
    out.push_str(rest);
    out.lines()
        .map(|line| match line.split_once("]: ") {
            Some((label, target)) if line.starts_with('[') && local(target) => {
                format!("{label}]: {prefix}{target}")
            }
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes copies of `pages` under `root` until it holds `target` pages; gives the count.
fn replicate(pages: &[(PathBuf, String)], target: usize, root: &Path) -> usize {
    let mut written = 0;
    for copy in 0.. {
        let prefix = format!("c{copy}-");
        let namespace = format!("microsoft.graph.c{copy}");
        for (relative, text) in pages {
            if written == target {
                return written;
            }
            let name = relative
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("page.md");
            let text = relink(&text.replace("microsoft.graph", &namespace), &prefix);
            let folder = root.join(relative.parent().unwrap_or(Path::new("")));
            std::fs::create_dir_all(&folder).expect("create bench folder");
            std::fs::write(folder.join(format!("{prefix}{name}")), text).expect("write page");
            written += 1;
        }
    }
    written
}

fn main() {
    let sample = std::env::var_os(SAMPLE_ENV)
        .filter(|v| !v.is_empty())
        // Cargo runs a bench in its package folder; a relative path is read as given from the
        // workspace root, where the command is typed.
        .map(|dir| lcw_codegen::workspace_root().join(dir))
        .unwrap_or_else(|| {
            panic!("{SAMPLE_ENV} must name a Graph docs sample (a folder holding api-reference/)")
        });
    let source = pages_of(&sample);
    assert!(
        !source.is_empty(),
        "{} holds no pages under api-reference/",
        sample.display()
    );
    let base = tempfile::Builder::new()
        .prefix("lcw-codegen-bench-")
        .tempdir()
        .expect("create a temporary folder");
    let tree = base.path().join("docs");
    let pages = replicate(&source, PAGES, &tree);

    let start = Instant::now();
    let report = lint_tree(&LintOptions::new(&tree)).expect("lint runs");
    let lint = start.elapsed();
    let rate = pages as f64 / lint.as_secs_f64();
    println!(
        "lint        {pages} pages ({} sample pages): {:>8.1} ms, {rate:>7.0} pages/s, {} findings (target >= {MIN_LINT_PAGES_PER_SECOND} pages/s)",
        source.len(),
        lint.as_secs_f64() * 1000.0,
        report.findings.len()
    );

    let out = base.path().join("out");
    let start = Instant::now();
    let outcome = run(&Args {
        docs: Some(tree.clone()),
        out: Some(out.clone()),
        allow_missing: true,
        ..Args::default()
    })
    .expect("regenerate runs");
    let regenerate = start.elapsed();
    let files = count_files(&out);
    println!(
        "regenerate  {pages} pages: {:>8.1} ms, {files} files written, {} (target <= {} s)",
        regenerate.as_secs_f64() * 1000.0,
        if outcome.ok { "ok" } else { "FAILED" },
        MAX_REGENERATE.as_secs()
    );
    let mut failed = !outcome.ok;
    if !outcome.ok {
        println!("{}", tail(&outcome.message, 20));
    }
    if rate < MIN_LINT_PAGES_PER_SECOND {
        println!("  the lint is below {MIN_LINT_PAGES_PER_SECOND} pages/s");
        failed = true;
    }
    if regenerate > MAX_REGENERATE {
        println!("  regenerate is above {} s", MAX_REGENERATE.as_secs());
        failed = true;
    }
    drop(base);
    if failed {
        std::process::exit(1);
    }
}

fn count_files(dir: &Path) -> usize {
    let mut count = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                count += 1;
            }
        }
    }
    count
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
