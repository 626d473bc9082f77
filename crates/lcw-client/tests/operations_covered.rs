//! Every row of the `OPERATIONS` tables has exactly one generated marker type (and so one
//! method): the generator skipping or doubling an operation fails here, naming it.
//!
//! Rows are compared by method and path (and id): a `const` referring into a `static` table
//! does not promise the same address.

use lcw_models::OperationInfo;

fn same(a: &OperationInfo, b: &OperationInfo) -> bool {
    a.method == b.method && a.path == b.path && a.id == b.id
}

fn check(version: &str, table: &'static [OperationInfo], all: &[&'static OperationInfo]) {
    let mut problems = Vec::new();
    for row in table {
        let markers = all.iter().filter(|info| same(info, row)).count();
        if markers != 1 {
            problems.push(format!(
                "{version}: `{}` ({} {}) has {markers} marker type(s) in ops::ALL, not one",
                row.id, row.method, row.path
            ));
        }
    }
    for info in all {
        if !table.iter().any(|row| same(info, row)) {
            problems.push(format!(
                "{version}: ops::ALL names `{}` ({} {}), which is not a row of OPERATIONS",
                info.id, info.method, info.path
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(all.len(), table.len(), "{version}: one marker per row");
}

#[cfg(feature = "beta")]
#[test]
fn every_beta_operation_has_one_method() {
    check(
        "beta",
        lcw_models::beta::OPERATIONS,
        lcw_client::beta::ops::ALL,
    );
}

#[cfg(feature = "v1")]
#[test]
fn every_v1_operation_has_one_method() {
    check("v1.0", lcw_models::v1::OPERATIONS, lcw_client::v1::ops::ALL);
}

#[cfg(feature = "beta")]
#[test]
fn markers_point_at_their_rows() {
    use lcw_client::Operation;
    use lcw_client::beta::ops;
    assert_eq!(ops::WorkflowRunsList::INFO.id, "workflow-list-runs");
    assert_eq!(ops::WorkflowRunsList::VERSION, "beta");
    assert_eq!(ops::WorkflowGet::INFO.method, "GET");
    assert_eq!(ops::WorkflowActivate::INFO.id, "workflow-activate");
    assert_eq!(ops::WorkflowRunsSummary::INFO.id, "run-summary");
}
