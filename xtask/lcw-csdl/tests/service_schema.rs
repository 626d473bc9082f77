//! The reader over the real v1.0 service schema (`../shared/graph-metadata` in CI). It is not
//! part of the repository: these tests are ignored by `cargo test` and run by
//! `cargo xtask upstream-check --docs DIR`, and fail, never skip, without it.

use std::path::Path;

use lcw_docs::diag::Diagnostics;
use lcw_docs::model::{QualifiedName, TypeRef};

fn v1() -> lcw_csdl::Schema {
    let path = lcw_docs::paths::metadata_dir().join("v1.0-cleanMetadata.xml");
    let xml = std::fs::read_to_string(&path).expect("readable");
    let mut diags = Diagnostics::default();
    let schema = lcw_csdl::read(&xml, Path::new("v1.0-cleanMetadata.xml"), &mut diags);
    let found = diags.into_sorted();
    assert!(found.is_empty(), "{found:#?}");
    schema
}

fn ig(name: &str) -> QualifiedName {
    QualifiedName::new("microsoft.graph.identityGovernance", name)
}

#[test]
#[ignore = "needs the service metadata: cargo xtask upstream-check --docs DIR"]
fn the_whole_v1_schema_is_read() {
    let s = v1();
    let m = &s.model;
    eprintln!(
        "{} types, {} enums, {} bound operations, {} roots, {} addresses",
        m.types.len(),
        m.enums.len(),
        m.operations.len(),
        s.roots.len(),
        s.addresses.len()
    );
    // The metadata's README counts 3,823 entity, complex and enum types.
    assert_eq!(m.types.len() + m.enums.len(), 3823);
    let ig_types = m
        .types
        .keys()
        .filter(|q| q.namespace == ig("x").namespace)
        .count();
    let ig_enums = m
        .enums
        .keys()
        .filter(|q| q.namespace == ig("x").namespace)
        .count();
    assert_eq!((ig_types, ig_enums), (51, 12));
    let workflow = &m.types[&ig("workflow")];
    assert_eq!(workflow.base, Some(ig("workflowBase")));
    assert_eq!(workflow.key.as_deref(), Some("id"), "inherited from entity");
    assert!(
        workflow
            .properties
            .iter()
            .any(|p| p.wire_name == "runs" && p.is_relationship)
    );
    assert_eq!(
        s.addresses[&ig("workflow")],
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}"
    );
    let callout = &m.types[&ig("customTaskExtensionCalloutData")];
    assert!(
        callout
            .properties
            .iter()
            .any(|p| p.wire_name == "taskProcessingresult")
    );
    let activate = m
        .operations
        .iter()
        .find(|o| o.id == "microsoft.graph.identityGovernance.activate")
        .expect("activate");
    assert_eq!(
        activate.path,
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activate"
    );
    assert!(matches!(
        &activate.request_body[0].ty,
        TypeRef::Collection(_)
    ));
}

/// What CI runs as `cargo xtask schema-check`: docs-src against the real schema differs by
/// exactly the accepted list, in both directions.
#[test]
#[ignore = "needs the service metadata: cargo xtask upstream-check --docs DIR"]
fn docs_src_differs_from_the_schema_exactly_by_the_accepted_differences() {
    use lcw_doclint::schema::{DEFAULT_NAMESPACE, SchemaCheckOptions, schema_check};
    let dir = lcw_docs::paths::metadata_dir();
    let options = SchemaCheckOptions {
        docs: lcw_docs::paths::docs_src(),
        metadata: dir.join("v1.0-cleanMetadata.xml"),
        type_mappings: Some(dir.join("type-mappings")),
        namespace: DEFAULT_NAMESPACE.into(),
        differences: None,
    };
    let report = schema_check(&options).expect("runs");
    let unlisted: Vec<String> = report.unlisted().map(ToString::to_string).collect();
    assert!(
        unlisted.is_empty(),
        "not in schema-differences.toml:\n{}",
        unlisted.join("\n")
    );
    assert!(
        report.stale.is_empty(),
        "listed but gone: {:#?}",
        report.stale
    );
    assert!(report.diagnostics.is_empty(), "{:#?}", report.diagnostics);
    assert_eq!(report.schema_definitions, 63, "51 types and 12 enums");
    assert!(!report.failed());
    // The overrides that cite the schema are confirmed by it.
    let contradicted: Vec<String> = report
        .overrides
        .iter()
        .filter(|o| o.verdict == lcw_doclint::schema::verdicts::Verdict::Contradicted)
        .map(ToString::to_string)
        .collect();
    assert!(contradicted.is_empty(), "{contradicted:#?}");
}
