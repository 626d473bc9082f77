//! Fixture pages under `tests/data/workshop` (written for these tests, one per format variant)
//! against insta snapshots under `tests/snapshots`: the `dump` text of every page
//! (`fixtures__<version>__<folder>__<page>.snap`), the whole model (`fixtures__model.snap`) and
//! every diagnostic (`fixtures__diagnostics.snap`). After a deliberate change, review the
//! differences with `cargo insta review` (or rerun with `INSTA_UPDATE=always` and read the diff);
//! `INSTA_FORCE_PASS=1` records every differing page at once instead of stopping at the first.

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

#[test]
fn page_dumps_match_snapshots() {
    let docs = load_fixtures();
    assert!(
        docs.pages.len() >= 15,
        "fixtures found: {}",
        docs.pages.len()
    );
    for page in &docs.pages {
        let relative = page
            .path
            .strip_prefix("api-reference")
            .expect("every fixture page lies under api-reference/");
        let name = relative
            .to_string_lossy()
            .replace('/', "__")
            .trim_end_matches(".md")
            .to_owned();
        let report = lcw_docs::dump::page_report(&docs, &page.path).expect("page found");
        insta::assert_snapshot!(name, report);
    }
}

#[test]
fn model_and_diagnostics_match_snapshots() {
    let docs = load_fixtures();
    insta::assert_snapshot!("model", lcw_docs::dump::docs_report(&docs));
    let diagnostics: String = docs.diagnostics.iter().map(|d| format!("{d}\n")).collect();
    insta::assert_snapshot!("diagnostics", diagnostics);
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
