//! The request-body rules of the workflow writes are the request body tables of the docs:
//! when a page changes, this fails until the emulator follows.

use std::path::Path;

use super::bodies::{
    TASK_UPDATABLE, WORKFLOW_REQUIRED_ON_CREATE, WORKFLOW_SETTABLE_ON_CREATE, WORKFLOW_UPDATABLE,
};
use lcw_docs::model::{ApiVersion, Operation};
use lcw_docs::{LoadOptions, load};

fn sorted(names: impl IntoIterator<Item = impl Into<String>>) -> Vec<String> {
    let mut names: Vec<String> = names.into_iter().map(Into::into).collect();
    names.sort();
    names
}

#[test]
fn workflow_body_rules_follow_the_request_body_tables() {
    let docs_src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs-src");
    let docs = load(&docs_src, &LoadOptions::default());
    let Some(beta) = docs.model.versions.get(&ApiVersion::Beta) else {
        panic!("no beta model in {}", docs_src.display())
    };
    let operation = |id: &str| -> &Operation {
        match beta.operations.iter().find(|o| o.id == id) {
            Some(op) => op,
            None => panic!("no operation {id}"),
        }
    };
    let update = operation("workflow-update");
    assert_eq!(
        sorted(WORKFLOW_UPDATABLE.iter().copied()),
        sorted(update.request_body.iter().map(|p| p.wire_name.clone()))
    );
    let create = operation("lifecycleworkflowscontainer-post-workflows");
    assert_eq!(
        sorted(WORKFLOW_SETTABLE_ON_CREATE.iter().copied()),
        sorted(create.request_body.iter().map(|p| p.wire_name.clone()))
    );
    let required = create
        .request_body
        .iter()
        .filter(|p| p.required)
        .map(|p| p.wire_name.clone());
    assert_eq!(
        sorted(WORKFLOW_REQUIRED_ON_CREATE.iter().copied()),
        sorted(required)
    );
}

/// The task update accepts what the update page's request body table lists, in each version
/// that documents the operation (and at least one does).
#[test]
fn task_update_rules_follow_the_request_body_table() {
    let docs_src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs-src");
    let docs = load(&docs_src, &LoadOptions::default());
    let pages: Vec<&Operation> = docs
        .model
        .versions
        .values()
        .flat_map(|v| v.operations.iter())
        .filter(|o| o.id == "task-update")
        .collect();
    assert!(
        !pages.is_empty(),
        "no task-update page in {}",
        docs_src.display()
    );
    for update in pages {
        assert_eq!(
            sorted(TASK_UPDATABLE.iter().copied()),
            sorted(update.request_body.iter().map(|p| p.wire_name.clone()))
        );
    }
}
