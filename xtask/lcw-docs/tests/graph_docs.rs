//! The reader over the real upstream pages (the Graph docs sample, `../shared/graph-docs` in
//! CI). The sample is not part of the repository: these tests are ignored by `cargo test` and
//! run by `cargo xtask upstream-check --docs DIR`, which names it in `LCW_UPSTREAM_DOCS`; run
//! that way they fail, never skip, without it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use lcw_docs::model::{ApiVersion, QualifiedName, TypeKind, TypeRef, VersionModel};
use lcw_docs::page::PageKind;
use lcw_docs::{Docs, LoadOptions, load};

use lcw_docs::paths::{docs_src, upstream_docs};

fn graph_docs() -> PathBuf {
    upstream_docs()
}

fn load_upstream() -> Docs {
    let options = LoadOptions {
        overrides: Some(docs_src().join("overrides.toml")),
        ..LoadOptions::default()
    };
    load(&graph_docs(), &options)
}

fn ig(name: &str) -> QualifiedName {
    QualifiedName::new("microsoft.graph.identityGovernance", name)
}

fn version(docs: &Docs, version: ApiVersion) -> &VersionModel {
    docs.model.versions.get(&version).expect("version present")
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn every_page_loads_and_every_resource_page_yields_its_type() {
    let docs = load_upstream();
    let on_disk = lcw_docs::load::page_paths(&graph_docs());
    assert_eq!(docs.pages.len(), on_disk.len(), "every page is parsed");
    assert!(docs.pages.len() >= 75);
    for page in docs.pages.iter().filter(|p| p.kind == PageKind::Resource) {
        let name = lcw_docs::build::page_type_name(page)
            .unwrap_or_else(|| panic!("{} names a type", page.path.display()));
        let model = version(&docs, page.version);
        assert!(
            model.types.contains_key(&name),
            "{} yields {name}",
            page.path.display()
        );
    }
    for d in &docs.diagnostics {
        assert!(d.span.line >= 1 && d.span.col >= 1, "{d}");
        assert!(!d.file.is_absolute(), "{d}");
    }
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn run_has_its_properties_and_relationships() {
    let docs = load_upstream();
    for v in ApiVersion::ALL {
        let run = &version(&docs, v).types[&ig("run")];
        let properties = run.properties.iter().filter(|p| !p.is_relationship).count();
        let relationships = run.properties.iter().filter(|p| p.is_relationship).count();
        // 13 and 3 documented, plus activatedOnScope and reprocessedRuns from overrides.toml.
        assert_eq!(
            (properties, relationships),
            (14, 4),
            "run in {}",
            v.segment()
        );
        assert_eq!(run.kind, TypeKind::Entity);
        assert_eq!(
            run.base,
            Some(QualifiedName::new("microsoft.graph", "entity"))
        );
        let total = run
            .properties
            .iter()
            .find(|p| p.wire_name == "totalTasksCount")
            .expect("wire name from overrides");
        assert_eq!(total.documented_name.as_deref(), Some("totalTasksCounts"));
        let status = run
            .properties
            .iter()
            .find(|p| p.wire_name == "processingStatus")
            .expect("processingStatus");
        assert_eq!(
            status.ty,
            TypeRef::Named(ig("lifecycleWorkflowProcessingStatus"))
        );
        assert_eq!(status.filter.len(), 2);
        assert!(status.orderby);
    }
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn enums_have_their_members_and_sentinels() {
    let docs = load_upstream();
    let beta = version(&docs, ApiVersion::Beta);
    let status = &beta.enums[&ig("lifecycleWorkflowProcessingStatus")];
    let members: Vec<&str> = status.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        members,
        [
            "queued",
            "inProgress",
            "completed",
            "completedWithErrors",
            "canceled",
            "failed",
            "unknownFutureValue",
            "canceling",
            "quarantined"
        ]
    );
    let after: Vec<bool> = status.members.iter().map(|m| m.after_sentinel).collect();
    assert_eq!(
        after,
        [false, false, false, false, false, false, false, true, true]
    );
    let category = &beta.enums[&ig("lifecycleWorkflowCategory")];
    let mover = category
        .members
        .iter()
        .find(|m| m.name == "mover")
        .expect("mover added by overrides");
    assert!(mover.after_sentinel);
    assert!(
        beta.enums[&ig("lifecycleTaskCategory")].flags,
        "multi-valued prose makes a flags enum"
    );
    assert!(beta.enums.contains_key(&ig("membershipChangeType")));
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn operations_are_normalised() {
    let docs = load_upstream();
    let beta = version(&docs, ApiVersion::Beta);
    let list_runs = beta
        .operations
        .iter()
        .find(|o| o.id == "workflow-list-runs")
        .expect("workflow-list-runs");
    assert_eq!(
        list_runs.path,
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs"
    );
    assert_eq!(list_runs.query_options, ["$select", "$orderby", "$filter"]);
    assert_eq!(
        list_runs.returns,
        Some(TypeRef::Collection(Box::new(TypeRef::Named(ig("run")))))
    );
    assert_eq!(list_runs.success_status, 200);
    assert_eq!(list_runs.examples.len(), 2);
    let update = beta
        .operations
        .iter()
        .find(|o| o.id == "workflow-update")
        .expect("workflow-update");
    assert_eq!((update.returns.clone(), update.success_status), (None, 204));
    let summary = beta
        .operations
        .iter()
        .find(|o| o.id == "run-summary")
        .expect("run-summary");
    assert!(
        summary
            .path
            .ends_with("/runs/summary(startDateTime={startDateTime},endDateTime={endDateTime})"),
        "{}",
        summary.path
    );
    assert_eq!(
        summary.path_params,
        ["workflowId", "startDateTime", "endDateTime"]
    );
    for op in &beta.operations {
        assert!(
            !op.path.contains("{{") && !op.path.ends_with('/'),
            "{}",
            op.path
        );
    }
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn every_reference_resolves_inside_the_model() {
    let docs = load_upstream();
    for (v, model) in &docs.model.versions {
        for ty in model.types.values() {
            for name in lcw_docs::build::type_references(ty) {
                assert!(
                    model.types.contains_key(name) || model.enums.contains_key(name),
                    "{} {name} in {}",
                    v.segment(),
                    ty.name
                );
            }
        }
    }
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn diagnostic_counts_by_code() {
    let docs = load_upstream();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &docs.diagnostics {
        *counts.entry(d.code).or_default() += 1;
    }
    for d in &docs.diagnostics {
        println!("{d}");
    }
    println!("{counts:?}");
    // The sample is partial: an entry for a type or operation whose page it lacks cannot find
    // its target there. Anything else an entry misses is a real miss.
    let missing: Vec<&str> = docs
        .diagnostics
        .iter()
        .filter(|d| d.code == lcw_docs::codes::OVERRIDE_TARGET_MISSING)
        .filter(|d| {
            let missing = d
                .missing_target
                .as_ref()
                .expect("a missing-target diagnostic says what is missing");
            !missing.target.absent_from(&docs.model, &missing.versions)
        })
        .map(|d| d.message.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "every override finds its target: {missing:?}"
    );
    assert!(!counts.contains_key(lcw_docs::codes::OVERRIDES_INVALID));
}
