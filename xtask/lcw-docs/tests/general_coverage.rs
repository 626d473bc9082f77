//! Coverage over the varied Graph docs sample (`graph-docs-general`, pages of many API families):
//! every row of a resource page's property and relationship tables and every key of its JSON
//! representation is in the model, or a diagnostic of the reader or a finding of the lint on its
//! line says why not.
//!
//! The rows and keys are found here by a plain scan of the markdown, independent of the reader,
//! so a row the reader loses without a word fails the test. Ignored by `cargo test`; run by
//! `cargo xtask upstream-check --docs DIR` (the sample is found beside DIR, or where
//! `LCW_GENERAL_DOCS` says), and failing, never skipping, without it.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use lcw_docs::build::page_type_name;
use lcw_docs::model::{QualifiedName, VersionModel};
use lcw_docs::page::PageKind;
use lcw_docs::paths::general_docs;
use lcw_docs::{LoadOptions, load};

/// A name the page documents: a table row or a JSON key, with its 1-based line.
#[derive(Debug)]
struct Documented {
    name: String,
    line: u32,
    from_json: bool,
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn every_row_and_json_key_is_modelled_or_diagnosed() {
    let root = general_docs();
    let docs = load(&root, &LoadOptions::default());
    let findings = lcw_doclint::lint::check_pages(&docs.pages);
    let diagnosed: HashSet<(&Path, u32)> = docs
        .diagnostics
        .iter()
        .map(|d| (d.file.as_path(), d.span.line))
        .chain(
            findings
                .iter()
                .map(|f| (Path::new(f.file.as_str()), f.line)),
        )
        .collect();
    let (mut modelled, mut annotations, mut explained, mut pages) = (0, 0, 0, 0);
    let mut lost = Vec::new();
    let mut unchecked = Vec::new();
    for page in docs.pages.iter().filter(|p| p.kind == PageKind::Resource) {
        pages += 1;
        let text = std::fs::read_to_string(root.join(&page.path)).expect("page readable");
        let name = page_type_name(page);
        let model = &docs.model.versions[&page.version];
        let (known, missing_base) = name
            .as_ref()
            .map(|n| names_with_ancestors(model, n))
            .unwrap_or_default();
        for item in table_rows(&text).into_iter().chain(json_keys(&text)) {
            if item.name.starts_with('@') {
                annotations += 1;
            } else if known.contains(&item.name) {
                modelled += 1;
            } else if diagnosed.contains(&(page.path.as_path(), item.line)) {
                explained += 1;
            } else if let Some(base) = missing_base.as_ref().filter(|_| item.from_json) {
                // The key may be a property of a base type this tree has no page for (the
                // lint says so about the base, LCW2502); it cannot be checked here.
                unchecked.push(format!(
                    "{}:{} `{}` (base `{base}`)",
                    page.path.display(),
                    item.line,
                    item.name
                ));
            } else {
                let what = if item.from_json { "JSON key" } else { "row" };
                lost.push(format!(
                    "{}:{}: {what} `{}` of {} is neither in the model nor diagnosed",
                    page.path.display(),
                    item.line,
                    item.name,
                    name.as_ref().map_or("?".to_string(), ToString::to_string)
                ));
            }
        }
    }
    println!(
        "{pages} resource pages: {modelled} rows and keys in the model, {explained} diagnosed, \
         {annotations} instance annotations, {} JSON keys perhaps inherited from a base without \
         a page, {} lost",
        unchecked.len(),
        lost.len()
    );
    for key in &unchecked {
        println!("  unchecked: {key}");
    }
    assert!(pages >= 30, "the sample has its resource pages ({pages})");
    assert!(modelled >= 500, "rows are read ({modelled})");
    assert!(lost.is_empty(), "{}", lost.join("\n"));
}

/// Wire names (and documented names) of a type's properties and of its ancestors', and the
/// first ancestor the model has no page for (a stand-in or an unknown name), if any.
fn names_with_ancestors(
    model: &VersionModel,
    name: &QualifiedName,
) -> (BTreeSet<String>, Option<QualifiedName>) {
    let mut names = BTreeSet::new();
    let mut next = Some(name.clone());
    let mut seen = HashSet::new();
    while let Some(current) = next.take() {
        if !seen.insert(current.clone()) {
            break;
        }
        let Some(ty) = model.types.get(&current).filter(|t| !t.stand_in) else {
            return (names, Some(current));
        };
        for p in &ty.properties {
            names.insert(p.wire_name.clone());
            names.extend(p.documented_name.clone());
        }
        next = ty.base.clone();
    }
    (names, None)
}

/// Rows of tables whose header starts with a property or relationship name column and has a
/// type column, under `## Properties` or `## Relationships`.
fn table_rows(text: &str) -> Vec<Documented> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut in_section = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if let Some(heading) = line.strip_prefix("## ") {
            let h = heading.trim().to_ascii_lowercase();
            in_section = h == "properties" || h == "relationships";
        }
        let is_header = in_section
            && line.starts_with('|')
            && lines
                .get(i + 1)
                .is_some_and(|l| l.trim().starts_with('|') && l.contains("---"));
        if !is_header {
            i += 1;
            continue;
        }
        let header: Vec<String> = cells(line).iter().map(|c| c.to_ascii_lowercase()).collect();
        let names_properties = header.first().is_some_and(|h| {
            ["property", "relationship", "name", "property name"].contains(&h.as_str())
        });
        let has_type = header.iter().any(|h| h.contains("type"));
        i += 2;
        while i < lines.len() && lines[i].trim().starts_with('|') {
            let row = cells(lines[i]);
            let first = row.first().map(String::as_str).unwrap_or("");
            let rest_empty = row.iter().skip(1).all(String::is_empty);
            let name: String = first
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '@' | '.'))
                .collect();
            if names_properties && has_type && !name.is_empty() && !rest_empty {
                out.push(Documented {
                    name,
                    line: u32::try_from(i + 1).expect("line fits"),
                    from_json: false,
                });
            }
            i += 1;
        }
    }
    out
}

/// The cells of a table line, markup (`**`, backticks, brackets) removed.
fn cells(line: &str) -> Vec<String> {
    let line = line.trim().trim_start_matches('|').trim_end_matches('|');
    line.split('|')
        .map(|c| {
            c.replace(['*', '`'], "")
                .trim()
                .trim_start_matches('[')
                .to_string()
        })
        .collect()
}

/// Top-level keys of the JSON block after the page's `"blockType": "resource"` annotation.
fn json_keys(text: &str) -> Vec<Documented> {
    let Some(annotation) = text.find("\"blockType\": \"resource\"") else {
        return Vec::new();
    };
    let Some(fence) = text[annotation..].find("```").map(|f| annotation + f) else {
        return Vec::new();
    };
    let body_start = text[fence..]
        .find('\n')
        .map_or(text.len(), |n| fence + n + 1);
    let body_end = text[body_start..]
        .find("```")
        .map_or(text.len(), |e| body_start + e);
    let body = &text[body_start..body_end];
    let first_line = text[..body_start].lines().count();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut line = first_line;
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '\n' => line += 1,
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            '"' => {
                let mut key = String::new();
                for (_, c) in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                    key.push(c);
                }
                let after = body[at + key.len() + 2..].trim_start();
                if depth == 1 && after.starts_with(':') {
                    out.push(Documented {
                        name: key,
                        line: u32::try_from(line + 1).expect("line fits"),
                        from_json: true,
                    });
                }
            }
            _ => {}
        }
    }
    out
}
