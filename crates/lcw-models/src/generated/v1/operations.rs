// Generated from docs-src/api-reference/v1.0/api by `cargo xtask regenerate`. Do not edit.
/// Every operation the `v1.0` docs describe, one row per request line, sorted by path then method.
pub static OPERATIONS: &[crate::OperationInfo] = &[
    crate::OperationInfo {
        id: "run-get",
        method: "GET",
        path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}",
        query_options: &["$select"],
        returns: Some("microsoft.graph.identityGovernance.run"),
        returns_collection: false,
        success_status: 200u16,
    },
];
