//! How reading one page grows with its size, side by side in one run:
//!
//! - time to read (stages 1 and 2) a resource page with 3,500 and with 35,000 property rows
//!   (the fastest of a few reads each): linear reading gives a ratio near 10;
//! - peak heap while reading pages of deeply nested lists (a JSON representation of nested
//!   arrays and objects, and a markdown list nested as deep) of two sizes: the peak per input
//!   byte stays flat when memory is linear in the page size.
//!
//! Run: `cargo bench -p lcw-docs --bench reader_scale`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use lcw_docs::{LoadOptions, load_texts};

#[global_allocator]
static ALLOCATOR: lcw_peak_alloc::Counting = lcw_peak_alloc::Counting;

const PAGE_PATH: &str = "api-reference/v1.0/resources/bench-gizmo.md";

/// A resource page whose Properties table has `rows` rows.
fn table_page(rows: usize) -> String {
    let mut page = String::from(
        "# gizmo resource type\n\nNamespace: microsoft.graph.bench\n\n## Properties\n\n\
         | Property | Type | Description |\n|:---|:---|:---|\n",
    );
    for i in 0..rows {
        page.push_str(&format!(
            "| field{i} | String | Field {i}. Supports `$filter` (`eq`). |\n"
        ));
    }
    page.push_str("\n## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.bench.gizmo\"\n} -->\n```json\n{\n  \"field0\": \"String\"\n}\n```\n");
    page
}

/// A resource page whose intro holds `lines` lines each nesting a markdown list `depth` deep
/// (`- - - item`) and whose JSON representation nests arrays and objects `depth` deep on each
/// of `lines` keys.
fn nested_page(lines: usize, depth: usize) -> String {
    let mut page = String::from("# gizmo resource type\n\nNamespace: microsoft.graph.bench\n\n");
    for _ in 0..lines {
        page.push_str(&"- ".repeat(depth));
        page.push_str("item\n\n");
    }
    page.push_str("## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n| nest | String | Nested. |\n\n## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.bench.gizmo\"\n} -->\n```json\n{\n");
    for line in 0..lines {
        page.push_str(&format!("  \"nest{line}\": "));
        page.push_str(&"[{\"a\": ".repeat(depth));
        page.push('1');
        page.push_str(&"}]".repeat(depth));
        page.push_str(",\n");
    }
    page.push_str("  \"nest\": \"String\"\n}\n```\n");
    page
}

fn read(page: &str) -> usize {
    let docs = load_texts(
        &[(PathBuf::from(PAGE_PATH), page.to_string())],
        None,
        &LoadOptions::default(),
    );
    docs.model
        .versions
        .values()
        .flat_map(|v| v.types.values())
        .map(|t| t.properties.len())
        .sum()
}

/// The fastest of `rounds` reads of a page with `rows` rows: the machine may be shared, and
/// the minimum is the figure least disturbed by other work.
fn time_page(rows: usize, rounds: usize) -> Duration {
    let page = table_page(rows);
    (0..rounds)
        .map(|_| {
            let start = Instant::now();
            let read = read(&page);
            let elapsed = start.elapsed();
            assert_eq!(read, rows, "every row of the {rows}-row table is read");
            elapsed
        })
        .min()
        .unwrap_or_default()
}

fn peak_bytes(page: &str) -> usize {
    lcw_peak_alloc::peak_during(|| std::hint::black_box(read(page))).1
}

fn main() {
    let small = time_page(3_500, 9);
    let large = time_page(35_000, 5);
    println!("table rows      3,500: {small:>10.2?}");
    println!("table rows     35,000: {large:>10.2?}");
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-9);
    println!("time ratio 35,000 / 3,500 rows: {ratio:.1} (linear: ~10)");

    let mut per_byte = Vec::new();
    for (lines, depth) in [(100, 50), (1_000, 50), (10, 5_000)] {
        let page = nested_page(lines, depth);
        let peak = peak_bytes(&page);
        #[allow(clippy::cast_precision_loss)]
        let ratio = peak as f64 / page.len() as f64;
        println!(
            "{lines:>5} lines nested {depth:>5} deep: page {:>9} bytes, peak heap {:>11} bytes, {ratio:.1} bytes per byte",
            page.len(),
            peak
        );
        per_byte.push(ratio);
    }
    println!(
        "peak per byte, 10x the lines: {:.2}; 100x the depth: {:.2} (linear: ~1)",
        per_byte[1] / per_byte[0],
        per_byte[2] / per_byte[0]
    );
}
