//! Damaged pages never panic the reader, and every diagnostic points inside the damaged text.
//!
//! Deterministic mutations of the pages of docs-src (written in the Graph docs' own layout and
//! formats, so they exercise what upstream pages do): truncation at regular offsets, dropped
//! lines, broken and doubled table pipes, stray comment and fence openers. No randomness from
//! outside: a small linear congruential generator with a fixed seed.

use std::path::{Path, PathBuf};

use lcw_docs::diag::Diagnostics;
use lcw_docs::parse::parse_page;
use lcw_docs::{LoadOptions, load_texts};

fn docs_src_pages() -> Vec<(PathBuf, String)> {
    let root = lcw_docs::paths::docs_src();
    let paths = lcw_docs::load::page_paths(&root);
    assert!(!paths.is_empty(), "no pages under {}", root.display());
    paths
        .into_iter()
        .map(|p| {
            (
                p.clone(),
                std::fs::read_to_string(root.join(&p)).expect("readable page"),
            )
        })
        .collect()
}

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// Parses one damaged page, checks its diagnostics and returns how many there were.
fn check(path: &Path, text: &str) -> usize {
    let mut diagnostics = Diagnostics::default();
    let _page = parse_page(path, text, &mut diagnostics);
    let lines =
        u32::try_from(text.split('\n').count()).expect("a test page has fewer than 2^32 lines");
    for d in diagnostics.as_slice() {
        assert!(
            d.span.line >= 1 && d.span.line <= lines,
            "{d} (text has {lines} lines)"
        );
        assert!(d.span.col >= 1, "{d}");
    }
    diagnostics.as_slice().len()
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[test]
fn truncated_pages() {
    for (path, text) in docs_src_pages() {
        let mut at = 0;
        while at < text.len() {
            let _ = check(&path, &text[..floor_char_boundary(&text, at)]);
            at += 173;
        }
    }
}

fn mutate_lines(text: &str, rng: &mut Lcg) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match rng.next() % 11 {
            0 => {}
            1 if line.contains('|') => out.push_str(&line.replacen('|', "", 1)),
            2 if line.contains('|') => out.push_str(&line.replace('|', "||")),
            3 if line.contains('|') => out.push_str(&line.replace('|', "\\|")),
            4 => {
                out.push_str("<!-- {\n");
                out.push_str(line);
            }
            5 => {
                out.push_str("```json\n");
                out.push_str(line);
            }
            6 => out.push_str(&line.replace('"', "")),
            7 => out.push_str(&line.replace(['[', '('], "")),
            _ => out.push_str(line),
        }
    }
    out
}

#[test]
fn pages_with_damaged_lines() {
    let pages = docs_src_pages();
    let mut rng = Lcg(0x5eed);
    for round in 0..4 {
        let damaged: Vec<(PathBuf, String)> = pages
            .iter()
            .map(|(path, text)| (path.clone(), mutate_lines(text, &mut rng)))
            .collect();
        let found: usize = damaged.iter().map(|(path, text)| check(path, text)).sum();
        assert!(found > 0, "round {round}: damage must be noticed somewhere");
        // Stage 2 over the whole damaged tree: no panic, positions still valid.
        let docs = load_texts(&damaged, None, &LoadOptions::default());
        for d in &docs.diagnostics {
            assert!(d.span.line >= 1 && d.span.col >= 1, "round {round}: {d}");
        }
    }
}
