// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// Every operation the `beta` docs describe, one row per request line, sorted by path then method.
pub static OPERATIONS: &[crate::OperationInfo] = &[
    crate::OperationInfo {
        id: "workflow-list-runs",
        title: "List runs",
        method: "GET",
        path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs",
        query_options: &["$select", "$filter"],
        expandable: &[],
        returns: Some("microsoft.graph.identityGovernance.run"),
        returns_collection: true,
        success_status: 200,
        body: &[],
    },
];
