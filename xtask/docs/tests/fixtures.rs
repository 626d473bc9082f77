//! Fixture pages under `tests/data/workshop` (written for these tests, one per format variant)
//! against snapshot files under `tests/data/snapshots`: the `dump` text of every page, the whole
//! model, and every diagnostic. `UPDATE_SNAPSHOTS=1 cargo test -p lcw-docs --test fixtures`
//! rewrites them; review the diff before committing.

use std::path::{Path, PathBuf};

use lcw_docs::diag::Severity;
use lcw_docs::model::{ApiVersion, QualifiedName, TypeKind, TypeRef};
use lcw_docs::{Docs, LoadOptions, codes, load};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn load_fixtures() -> Docs {
    load(&data().join("workshop"), &LoadOptions::default())
}

/// Compares `actual` with the snapshot `name`, or rewrites it under `UPDATE_SNAPSHOTS=1`.
fn assert_snapshot(name: &str, actual: &str) -> Result<(), String> {
    let path = data().join("snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("snapshot folder"))
            .expect("create snapshot folder");
        std::fs::write(&path, actual).expect("write snapshot");
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path).map_err(|e| {
        format!("{name}: no snapshot ({e}); run with UPDATE_SNAPSHOTS=1 to create it")
    })?;
    if expected == actual {
        return Ok(());
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(e, a)| e != a)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    Err(format!(
        "{name} differs from its snapshot at line {}:\n  expected: {}\n  actual:   {}\n(UPDATE_SNAPSHOTS=1 rewrites it)",
        line + 1,
        expected.lines().nth(line).unwrap_or("<end>"),
        actual.lines().nth(line).unwrap_or("<end>"),
    ))
}

#[test]
fn page_dumps_match_snapshots() {
    let docs = load_fixtures();
    assert!(
        docs.pages.len() >= 15,
        "fixtures found: {}",
        docs.pages.len()
    );
    let mut failures = Vec::new();
    for page in &docs.pages {
        let name = page
            .path
            .strip_prefix("api-reference")
            .unwrap_or(&page.path)
            .to_string_lossy()
            .replace('/', "__")
            .replace(".md", ".snap");
        let report = lcw_docs::dump::page_report(&docs, &page.path).expect("page found");
        if let Err(e) = assert_snapshot(&name, &report) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn model_and_diagnostics_match_snapshots() {
    let docs = load_fixtures();
    let mut failures = Vec::new();
    if let Err(e) = assert_snapshot("model.snap", &lcw_docs::dump::docs_report(&docs)) {
        failures.push(e);
    }
    let diagnostics: String = docs.diagnostics.iter().map(|d| format!("{d}\n")).collect();
    if let Err(e) = assert_snapshot("diagnostics.txt", &diagnostics) {
        failures.push(e);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn ws(name: &str) -> QualifiedName {
    QualifiedName::new("microsoft.graph.workshop", name)
}

#[test]
fn each_damage_is_reported_with_its_code() {
    let docs = load_fixtures();
    let broken = "api-reference/beta/resources/workshop-broken.md";
    let codes_on = |file: &str| -> Vec<&str> {
        docs.diagnostics
            .iter()
            .filter(|d| d.file == Path::new(file))
            .map(|d| d.code)
            .collect()
    };
    let found = codes_on(broken);
    for code in [
        codes::TABLE_CELL_COUNT,
        codes::ANNOTATION_REPAIRED,
        codes::ANNOTATION_INVALID,
        codes::JSON_BLOCK_INVALID,
        codes::UNKNOWN_TYPE,
        codes::BAD_TYPE_CELL,
        codes::DUPLICATE_PROPERTY,
    ] {
        assert!(
            found.contains(&code),
            "{code} missing on {broken}: {found:?}"
        );
    }
    let overrides: Vec<&str> = codes_on("overrides.toml");
    assert_eq!(
        overrides
            .iter()
            .filter(|c| **c == codes::OVERRIDE_TARGET_MISSING)
            .count(),
        2,
        "{overrides:?}"
    );
    assert!(overrides.contains(&codes::OVERRIDE_NO_EFFECT));
    assert!(
        docs.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    );
    let rendered = docs.diagnostics[0].to_string();
    assert!(
        rendered.contains(": error[LCW") || rendered.contains(": warning[LCW"),
        "{rendered}"
    );
}

#[test]
fn fixture_model_facts() {
    let docs = load_fixtures();
    let beta = &docs.model.versions[&ApiVersion::Beta];
    let widget = &beta.types[&ws("widget")];
    assert_eq!(widget.kind, TypeKind::Entity);
    let names: Vec<&str> = widget
        .properties
        .iter()
        .map(|p| p.wire_name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "builtDateTime",
            "colour",
            "shapes",
            "labelText",
            "weight",
            "parts",
            "tags",
            "owner",
            "gadget",
            "spares"
        ]
    );
    assert!(beta.enums[&ws("shapeKind")].flags);
    let colour = &beta.enums[&ws("colourKind")];
    let after: Vec<&str> = colour
        .members
        .iter()
        .filter(|m| m.after_sentinel)
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(after, ["blue", "violet"]);
    let region = &beta.enums[&ws("regionCode")];
    assert_eq!(
        region.members.iter().filter(|m| m.after_sentinel).count(),
        1
    );
    let gadget = &beta.types[&ws("gadget")];
    assert_eq!(gadget.base, Some(ws("gadgetBase")));
    assert_eq!(beta.types[&ws("gadgetBase")].subtypes, [ws("gadget")]);
    assert!(beta.types[&ws("gadgetBase")].is_abstract);
    let kind = beta.types[&ws("gadgetBase")]
        .properties
        .iter()
        .find(|p| p.wire_name == "kind")
        .expect("kind");
    assert_eq!(kind.ty, TypeRef::Named(ws("gadgetKindName")));
    assert!(beta.types[&QualifiedName::new("microsoft.graph", "organization")].stand_in);
    let list = beta
        .operations
        .iter()
        .filter(|o| o.id == "workshop-widget-list")
        .collect::<Vec<_>>();
    assert_eq!(list.len(), 2);
    let paths: Vec<&str> = list.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/Workshop/sites/{siteId}/widgets",
            "/workshop/site/{siteId}/widgets"
        ]
    );
    assert_eq!(
        list[0].query_options,
        ["$select", "$orderby", "$filter", "$top"]
    );
    assert_eq!(list[0].examples.len(), 2);
    assert!(list[0].examples.iter().all(|e| e.response_is_collection));
    let get = beta
        .operations
        .iter()
        .find(|o| o.id == "workshop-widget-get")
        .expect("get");
    assert_eq!(get.returns, Some(TypeRef::Named(ws("widget"))));
    let v1 = &docs.model.versions[&ApiVersion::V1];
    assert!(
        v1.types[&ws("widget")]
            .properties
            .iter()
            .any(|p| p.wire_name == "label"),
        "the beta-only rename leaves v1.0 alone"
    );
}

#[test]
fn namespace_filter_keeps_what_the_namespace_references() {
    let options = LoadOptions {
        namespace: Some("microsoft.graph.workshop".into()),
        ..LoadOptions::default()
    };
    let docs = load(&data().join("workshop"), &options);
    let beta = &docs.model.versions[&ApiVersion::Beta];
    assert!(
        beta.types
            .keys()
            .all(|n| n.namespace == "microsoft.graph.workshop" || n.namespace == "microsoft.graph")
    );
    assert!(
        beta.types
            .contains_key(&QualifiedName::new("microsoft.graph", "entity")),
        "base of widget"
    );
    assert!(
        beta.types
            .contains_key(&QualifiedName::new("microsoft.graph", "user")),
        "type of widget.owner"
    );
    let options = LoadOptions {
        namespace: Some("microsoft.graph".into()),
        ..LoadOptions::default()
    };
    let docs = load(&data().join("workshop"), &options);
    let beta = &docs.model.versions[&ApiVersion::Beta];
    assert!(beta.types.keys().all(|n| n.namespace == "microsoft.graph"));
    assert!(beta.operations.is_empty());
}
