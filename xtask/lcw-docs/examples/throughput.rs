//! Pages per second of the reader on one core.
//!
//! `cargo run --release -p lcw-docs --example throughput -- ../shared/graph-docs [ROUNDS]`
//! prints stage 1 alone and stage 1 + stage 2 (`load`) rates over every page of the tree.

use std::path::PathBuf;
use std::time::Instant;

use lcw_docs::diag::Diagnostics;
use lcw_docs::parse::parse_page;
use lcw_docs::{LoadOptions, load, load_texts};

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/graph-docs".to_string()),
    );
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(50);
    let paths = lcw_docs::load::page_paths(&root);
    if paths.is_empty() {
        eprintln!("no pages under {}", root.display());
        std::process::exit(2);
    }
    let pages: Vec<(PathBuf, String)> = paths
        .iter()
        .filter_map(|p| {
            std::fs::read_to_string(root.join(p))
                .ok()
                .map(|t| (p.clone(), t))
        })
        .collect();
    let bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();

    let start = Instant::now();
    for _ in 0..rounds {
        let mut diagnostics = Diagnostics::default();
        for (path, text) in &pages {
            std::hint::black_box(parse_page(path, text, &mut diagnostics));
        }
    }
    report(
        "stage 1 (parse)",
        pages.len() * rounds,
        bytes * rounds,
        start,
    );

    let start = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(load_texts(&pages, None, &LoadOptions::default()));
    }
    report(
        "stage 1 + 2 (in memory)",
        pages.len() * rounds,
        bytes * rounds,
        start,
    );

    let start = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(load(&root, &LoadOptions::default()));
    }
    report(
        "load (files + stage 1 + 2)",
        pages.len() * rounds,
        bytes * rounds,
        start,
    );
}

fn report(what: &str, pages: usize, bytes: usize, start: Instant) {
    let seconds = start.elapsed().as_secs_f64();
    let rate = pages as f64 / seconds;
    let mb = bytes as f64 / seconds / 1e6;
    println!("{what}: {pages} pages in {seconds:.3}s = {rate:.0} pages/s ({mb:.1} MB/s)");
}
