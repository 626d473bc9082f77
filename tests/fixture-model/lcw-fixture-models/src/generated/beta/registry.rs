// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// Every type of this version with its properties, in name order.
pub static TYPES: &[crate::TypeInfo] = &[
    crate::TypeInfo {
        name: "microsoft.graph.entity",
        base: None,
        properties: <super::Entity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.user",
        base: Some("microsoft.graph.entity"),
        properties: <super::User as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.onDemandExecutionOnly",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <super::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.run",
        base: Some("microsoft.graph.entity"),
        properties: <super::Run as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <super::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <super::UserProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionConditions",
        base: None,
        properties: <super::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
    },
];

/// Decodes `json` as the type named `qualified` (a collection page when `collection`),
/// encodes it back, and gives the type's properties; `None` for a name this version does
/// not have. Polymorphic bases decode through their `Kind` enum. A test hook, behind the
/// `test-hooks` feature.
#[cfg(feature = "test-hooks")]
#[doc(hidden)]
pub fn __reencode(
    qualified: &str,
    collection: bool,
    json: &str,
) -> Option<
    (Result<serde_json::Value, serde_json::Error>, &'static [crate::PropertyInfo]),
> {
    Some(
        match qualified.trim_start_matches('#') {
            "microsoft.graph.entity" => {
                (
                    crate::__private::reencode::<super::Entity>(collection, json),
                    <super::Entity as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.user" => {
                (
                    crate::__private::reencode::<super::User>(collection, json),
                    <super::User as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.onDemandExecutionOnly" => {
                (
                    crate::__private::reencode::<
                        super::OnDemandExecutionOnly,
                    >(collection, json),
                    <super::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.run" => {
                (
                    crate::__private::reencode::<super::Run>(collection, json),
                    <super::Run as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions" => {
                (
                    crate::__private::reencode::<
                        super::TriggerAndScopeBasedConditions,
                    >(collection, json),
                    <super::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.userProcessingResult" => {
                (
                    crate::__private::reencode::<
                        super::UserProcessingResult,
                    >(collection, json),
                    <super::UserProcessingResult as crate::GraphType>::PROPERTIES,
                )
            }
            "microsoft.graph.identityGovernance.workflowExecutionConditions" => {
                (
                    crate::__private::reencode::<
                        super::WorkflowExecutionConditionsKind,
                    >(collection, json),
                    <super::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
                )
            }
            _ => return None,
        },
    )
}
