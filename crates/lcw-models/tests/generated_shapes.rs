//! Behaviour of the generated types that users rely on: dispatch by `@odata.type`, flags,
//! collections, explicit nulls, metadata.
#![cfg(feature = "beta")]

use lcw_models::beta::{
    LifecycleTaskCategory, LifecycleTaskCategorySet, Run, TriggerAndScopeBasedConditions, Workflow,
    WorkflowExecutionConditionsKind, WorkflowExecutionTriggerKind,
};
use lcw_models::{Collection, FilterOp, GraphType, PropertyType};
use serde_json::{Value, json};

#[test]
fn polymorphic_properties_dispatch_on_odata_type_and_keep_unknown_subtypes() {
    let sent = json!({
        "displayName": "Onboard",
        "executionConditions": {
            "@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
            "trigger": {
                "@odata.type": "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
                "timeBasedAttribute": "employeeHireDate",
                "offsetInDays": 1
            }
        }
    });
    let workflow: Workflow = serde_json::from_value(sent.clone()).expect("decodes");
    let Some(WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(conditions)) =
        &workflow.execution_conditions
    else {
        panic!("wrong variant: {:?}", workflow.execution_conditions);
    };
    assert!(matches!(
        conditions.trigger,
        Some(WorkflowExecutionTriggerKind::TimeBasedAttributeTrigger(_))
    ));
    assert_eq!(serde_json::to_value(&workflow).expect("encodes"), sent);

    let future = json!({"executionConditions": {"@odata.type": "#microsoft.graph.identityGovernance.somethingNew", "x": 1}});
    let workflow: Workflow = serde_json::from_value(future.clone()).expect("decodes");
    assert!(matches!(
        workflow.execution_conditions,
        Some(WorkflowExecutionConditionsKind::Unknown(_))
    ));
    assert_eq!(serde_json::to_value(&workflow).expect("encodes"), future);
}

/// OData JSON puts control information first; a reader that streams (or a person) relies on it.
#[test]
fn odata_annotations_are_written_before_the_properties() {
    let text = r##"{"displayName":"Onboard","@odata.etag":"W/\"1\"","executionConditions":{"trigger":{"offsetInDays":1,"@odata.type":"microsoft.graph.identityGovernance.timeBasedAttributeTrigger"},"@odata.type":"#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions"},"@odata.type":"#microsoft.graph.identityGovernance.workflow","zeta":1}"##;
    let workflow: Workflow = serde_json::from_str(text).expect("decodes");
    let written = serde_json::to_string(&workflow).expect("encodes");
    assert!(written.starts_with(r##"{"@odata.type":"#microsoft.graph.identityGovernance.workflow","@odata.etag":"W/\"1\"","##), "{written}");
    assert!(
        written.contains(r##""executionConditions":{"@odata.type":"#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions","trigger":{"@odata.type":"microsoft.graph.identityGovernance.timeBasedAttributeTrigger","offsetInDays":1}}"##),
        "nested objects too, each tag kept as read (with or without `#`): {written}"
    );
    assert!(
        written.ends_with(r##""zeta":1}"##),
        "other kept properties come last: {written}"
    );
    let reread: Value = serde_json::from_str(&written).expect("valid JSON");
    assert_eq!(
        reread,
        serde_json::from_str::<Value>(text).expect("valid JSON"),
        "nothing lost"
    );
}

/// A `...Kind` variant says which type it holds; a kept `@odata.type` of another type (read from
/// the wire into a plain struct, then wrapped) must not contradict it.
#[test]
fn a_variant_writes_its_own_type_over_a_stale_one() {
    let stale: TriggerAndScopeBasedConditions = serde_json::from_value(
        json!({"@odata.type": "#microsoft.graph.identityGovernance.somethingElse", "scope": null}),
    )
    .expect("decodes");
    let kind = WorkflowExecutionConditionsKind::from(stale);
    let written = serde_json::to_string(&kind).expect("encodes");
    assert_eq!(
        written,
        r##"{"@odata.type":"#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions","scope":null}"##
    );
    let back: WorkflowExecutionConditionsKind = serde_json::from_str(&written).expect("decodes");
    assert!(matches!(
        back,
        WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(_)
    ));
}

#[test]
fn flags_read_and_write_comma_separated_members() {
    let set: LifecycleTaskCategorySet =
        serde_json::from_value(json!("joiner,leaver,mover2")).expect("decodes");
    assert!(set.contains(&LifecycleTaskCategory::Joiner));
    assert!(set.contains(&LifecycleTaskCategory::Leaver));
    assert_eq!(set.len(), 3, "the unknown member is kept");
    assert_eq!(
        serde_json::to_value(&set).expect("encodes"),
        json!("joiner,leaver,mover2")
    );
    let empty: LifecycleTaskCategorySet = serde_json::from_value(json!("")).expect("decodes");
    assert!(empty.is_empty());
}

#[test]
fn explicit_null_round_trips_and_gives_way_to_a_value_set_later() {
    let sent = json!({"id": "r1", "completedDateTime": null});
    let mut run: Run = serde_json::from_value(sent.clone()).expect("decodes");
    assert!(run.completed_date_time.is_none());
    assert_eq!(serde_json::to_value(&run).expect("encodes"), sent);
    run.completed_date_time = Some("2024-05-01T08:30:00Z".parse().expect("valid"));
    let written = serde_json::to_string(&run).expect("encodes");
    assert_eq!(written.matches("completedDateTime").count(), 1, "{written}");
}

#[test]
fn collection_pages_keep_their_annotations() {
    let sent = json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#runs",
        "@odata.count": 2,
        "@odata.nextLink": "https://graph.microsoft.com/beta/runs?$skiptoken=x",
        "@odata.deltaLink": "kept",
        "value": [{"id": "a"}, {"id": "b", "totalTasksCount": 3}]
    });
    let page: Collection<Run> = serde_json::from_value(sent.clone()).expect("decodes");
    assert_eq!(page.odata_count, Some(2));
    assert_eq!(page.value[1].total_tasks_count, Some(3));
    assert_eq!(serde_json::to_value(&page).expect("encodes"), sent);
    assert!(serde_json::from_value::<Collection<Run>>(json!({"@odata.count": 1})).is_err());
}

#[test]
fn metadata_describes_filters_and_operations() {
    assert_eq!(Run::ODATA_TYPE, "#microsoft.graph.identityGovernance.run");
    let completed = Run::property("completedDateTime").expect("documented");
    assert!(
        completed.orderby
            && completed.allows(FilterOp::Ge)
            && !completed.allows(FilterOp::StartsWith)
    );
    let runs = Run::property("userProcessingResults").expect("documented");
    assert!(runs.is_relationship && runs.is_collection);
    assert!(
        lcw_models::beta::OPERATIONS
            .iter()
            .any(|op| op.method == "GET" && op.path.ends_with("/runs") && op.returns_collection),
        "list runs is in the table"
    );
    let value: Value =
        serde_json::to_value(Run::builder().id("x").total_tasks_count(2).build()).expect("encodes");
    assert_eq!(value, json!({"id": "x", "totalTasksCount": 2}));
}

#[test]
fn metadata_gives_each_property_its_value_type() {
    assert_eq!(
        Run::property("completedDateTime").map(|p| p.ty),
        Some(PropertyType::DateTimeOffset)
    );
    assert_eq!(
        Run::property("totalTasksCount").map(|p| p.ty),
        Some(PropertyType::Int32)
    );
    let results = Run::property("userProcessingResults").expect("documented");
    assert!(results.is_collection);
    assert_eq!(
        results.ty,
        PropertyType::Entity("microsoft.graph.identityGovernance.userProcessingResult")
    );
    let conditions = Workflow::property("executionConditions").expect("documented");
    assert_eq!(
        conditions.ty,
        PropertyType::Complex("microsoft.graph.identityGovernance.workflowExecutionConditions")
    );

    let Some(PropertyType::Enum { members, flags, .. }) =
        Run::property("processingStatus").map(|p| p.ty)
    else {
        panic!("processingStatus is an enum");
    };
    assert!(!flags && members.contains(&"inProgress") && members.contains(&"unknownFutureValue"));
    // The members listed after the sentinel agree with the generated enum.
    let category = Workflow::property("category").expect("documented").ty;
    for member in lcw_models::beta::LifecycleWorkflowCategory::KNOWN {
        assert_eq!(
            category.is_after_sentinel(member.as_str()),
            member.is_after_sentinel(),
            "{member}"
        );
    }
    let task_category = lcw_models::beta::Task::property("category")
        .expect("documented")
        .ty;
    assert!(
        matches!(task_category, PropertyType::Enum { flags: true, .. }),
        "{task_category:?}"
    );
    assert_eq!(PropertyType::Guid.name(), "Edm.Guid");

    // The version's table lists every type with the same metadata.
    let run = lcw_models::TypeInfo::find(
        lcw_models::beta::TYPES,
        "#microsoft.graph.identityGovernance.run",
    )
    .expect("listed");
    assert_eq!(
        (run.properties, run.base),
        (Run::PROPERTIES, Some("microsoft.graph.entity"))
    );
    let derived = lcw_models::TypeInfo::find(
        lcw_models::v1::TYPES,
        "microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
    );
    assert_eq!(
        derived.and_then(|t| t.base),
        Some("microsoft.graph.identityGovernance.workflowExecutionTrigger")
    );
}
