// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// Every type of this version with its properties, in name order.
pub static TYPES: &[crate::TypeInfo] = &[
    crate::TypeInfo {
        name: "microsoft.graph.Onenote",
        base: None,
        properties: <crate::beta::Onenote2 as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.endpoint",
        base: None,
        properties: <crate::beta::Endpoint as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.entity",
        base: None,
        properties: <crate::beta::Entity as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.onenote",
        base: None,
        properties: <crate::beta::Onenote as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.user",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::User as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.callRecords.endpoint",
        base: None,
        properties: <crate::beta::call_records::Endpoint as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.callRecords.option",
        base: None,
        properties: <crate::beta::call_records::OptionType as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.onDemandExecutionOnly",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <crate::beta::identity_governance::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.run",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::Run as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
        base: Some("microsoft.graph.identityGovernance.workflowExecutionConditions"),
        properties: <crate::beta::identity_governance::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.userProcessingResult",
        base: Some("microsoft.graph.entity"),
        properties: <crate::beta::identity_governance::UserProcessingResult as crate::GraphType>::PROPERTIES,
    },
    crate::TypeInfo {
        name: "microsoft.graph.identityGovernance.workflowExecutionConditions",
        base: None,
        properties: <crate::beta::identity_governance::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
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
) -> Option<(Result<serde_json::Value, serde_json::Error>, &'static [crate::PropertyInfo])> {
    Some(match qualified.trim_start_matches('#') {
        "microsoft.graph.Onenote" => (
            crate::__private::reencode::<crate::beta::Onenote2>(collection, json),
            <crate::beta::Onenote2 as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.endpoint" => (
            crate::__private::reencode::<crate::beta::Endpoint>(collection, json),
            <crate::beta::Endpoint as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.entity" => (
            crate::__private::reencode::<crate::beta::Entity>(collection, json),
            <crate::beta::Entity as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.onenote" => (
            crate::__private::reencode::<crate::beta::Onenote>(collection, json),
            <crate::beta::Onenote as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.user" => (
            crate::__private::reencode::<crate::beta::User>(collection, json),
            <crate::beta::User as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.callRecords.endpoint" => (
            crate::__private::reencode::<crate::beta::call_records::Endpoint>(collection, json),
            <crate::beta::call_records::Endpoint as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.callRecords.option" => (
            crate::__private::reencode::<crate::beta::call_records::OptionType>(collection, json),
            <crate::beta::call_records::OptionType as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.onDemandExecutionOnly" => (
            crate::__private::reencode::<crate::beta::identity_governance::OnDemandExecutionOnly>(collection, json),
            <crate::beta::identity_governance::OnDemandExecutionOnly as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.run" => (
            crate::__private::reencode::<crate::beta::identity_governance::Run>(collection, json),
            <crate::beta::identity_governance::Run as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions" => (
            crate::__private::reencode::<crate::beta::identity_governance::TriggerAndScopeBasedConditions>(collection, json),
            <crate::beta::identity_governance::TriggerAndScopeBasedConditions as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.userProcessingResult" => (
            crate::__private::reencode::<crate::beta::identity_governance::UserProcessingResult>(collection, json),
            <crate::beta::identity_governance::UserProcessingResult as crate::GraphType>::PROPERTIES,
        ),
        "microsoft.graph.identityGovernance.workflowExecutionConditions" => (
            crate::__private::reencode::<crate::beta::identity_governance::WorkflowExecutionConditionsKind>(collection, json),
            <crate::beta::identity_governance::WorkflowExecutionConditions as crate::GraphType>::PROPERTIES,
        ),
        _ => return None,
    })
}
