//! Behaviour of the generated types that users rely on: dispatch by `@odata.type`, flags,
//! collections, explicit nulls, metadata.
#![cfg(feature = "beta")]

use lcw_models::beta::{
    LifecycleTaskCategory, LifecycleTaskCategorySet, Run, TriggerAndScopeBasedConditions, Workflow,
    WorkflowExecutionConditionsKind, WorkflowExecutionTriggerKind,
};
use lcw_models::{Collection, FilterOp, GraphType, Nullable, PropertyType};
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
    let Nullable::Value(WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(
        conditions,
    )) = &workflow.execution_conditions
    else {
        panic!("wrong variant: {:?}", workflow.execution_conditions);
    };
    assert!(matches!(
        conditions.trigger,
        Nullable::Value(WorkflowExecutionTriggerKind::TimeBasedAttributeTrigger(_))
    ));
    assert_eq!(serde_json::to_value(&workflow).expect("encodes"), sent);

    let future = json!({"executionConditions": {"@odata.type": "#microsoft.graph.identityGovernance.somethingNew", "x": 1}});
    let workflow: Workflow = serde_json::from_value(future.clone()).expect("decodes");
    let Nullable::Value(WorkflowExecutionConditionsKind::Unknown(unknown)) =
        &workflow.execution_conditions
    else {
        panic!("wrong variant: {:?}", workflow.execution_conditions);
    };
    assert_eq!(
        unknown.odata_type(),
        Some("#microsoft.graph.identityGovernance.somethingNew")
    );
    assert_eq!(unknown.as_map()["x"], 1);
    assert_eq!(serde_json::to_value(&workflow).expect("encodes"), future);

    // Built from JSON, an object of a known type is its variant, never `Unknown`.
    let known: WorkflowExecutionConditionsKind = serde_json::from_value(
        json!({"@odata.type": "#microsoft.graph.identityGovernance.onDemandExecutionOnly"}),
    )
    .expect("decodes");
    assert!(matches!(
        known,
        WorkflowExecutionConditionsKind::OnDemandExecutionOnly(_)
    ));
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
fn explicit_null_is_typed_and_round_trips() {
    let sent = json!({"id": "r1", "completedDateTime": null});
    let mut run: Run = serde_json::from_value(sent.clone()).expect("decodes");
    assert_eq!(run.completed_date_time, Nullable::Null);
    assert!(run.started_date_time.is_absent());
    assert!(
        run.additional_properties.is_empty(),
        "only what the docs do not describe: {:?}",
        run.additional_properties
    );
    assert_eq!(serde_json::to_value(&run).expect("encodes"), sent);
    run.completed_date_time = Nullable::Value("2024-05-01T08:30:00Z".parse().expect("valid"));
    let written = serde_json::to_string(&run).expect("encodes");
    assert_eq!(
        written,
        r#"{"id":"r1","completedDateTime":"2024-05-01T08:30:00Z"}"#
    );
}

#[test]
fn a_patch_body_clears_a_property_with_a_typed_null() {
    let patch = Workflow::builder()
        .display_name("Onboard")
        .null_description()
        .build();
    assert_eq!(
        serde_json::to_value(&patch).expect("encodes"),
        json!({"displayName": "Onboard", "description": null})
    );
    assert!(patch.additional_properties.is_empty());
    // `set_x(None)` leaves the property out; `set_x(Some(_))` sets it.
    let unchanged = Workflow::builder()
        .set_description(None)
        .set_display_name(Some("x".into()))
        .build();
    assert_eq!(
        serde_json::to_value(&unchanged).expect("encodes"),
        json!({"displayName": "x"})
    );
}

#[test]
fn collection_setters_append_and_set_replaces() {
    let task = |name: &str| lcw_models::beta::Task::builder().display_name(name).build();
    let workflow = Workflow::builder()
        .tasks(task("a"))
        .tasks(task("b"))
        .build();
    let names: Vec<_> = workflow
        .tasks
        .as_ref()
        .map(|t| t.iter().filter_map(|t| t.display_name.as_deref()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["a", "b"]);
    let replaced = Workflow::builder()
        .tasks(task("a"))
        .set_tasks(Some(vec![task("c")]))
        .build();
    assert_eq!(replaced.tasks.as_ref().map(Vec::len), Some(1));
    let cleared = Workflow::builder().tasks(task("a")).set_tasks(None).build();
    assert!(cleared.tasks.is_absent());
}

#[test]
fn enums_parse_strictly_on_request_and_order_as_the_docs_list_them() {
    use lcw_models::GraphEnum;
    use lcw_models::beta::LifecycleWorkflowProcessingStatus as Status;
    assert_eq!(Status::try_parse("inProgress"), Ok(Status::InProgress));
    let err = Status::try_parse("pausedByOperator").expect_err("unknown is refused");
    assert_eq!(err.value(), "pausedByOperator");
    assert_eq!(err.enum_name(), "lifecycleWorkflowProcessingStatus");
    assert!(err.to_string().contains("pausedByOperator"), "{err}");
    // The lenient readings keep it.
    assert!(matches!(
        Status::from("pausedByOperator"),
        Status::Unknown(_)
    ));
    let read: Status = serde_json::from_value(json!("pausedByOperator")).expect("decodes");
    assert_eq!(read.as_ref(), "pausedByOperator");
    // Through the trait, and for flags.
    assert_eq!(
        <Status as GraphEnum>::try_from_wire("queued"),
        Ok(Status::Queued)
    );
    assert!(LifecycleTaskCategorySet::try_parse("joiner,leaver").is_ok());
    assert!(LifecycleTaskCategorySet::try_parse("joiner,mover2").is_err());
    // Docs order, unknown values last.
    let mut sorted = [read, Status::Failed, Status::Queued];
    sorted.sort();
    assert_eq!(sorted[0], Status::Queued);
    assert_eq!(sorted[1], Status::Failed);
    assert!(matches!(sorted[2], Status::Unknown(_)));
    fn wire<S: AsRef<str>>(value: S) -> String {
        value.as_ref().to_owned()
    }
    assert_eq!(wire(Status::CompletedWithErrors), "completedWithErrors");
}

#[test]
fn polymorphic_members_decode_whatever_the_position_of_their_tag() {
    // Graph sends `@odata.type` first; a tag that comes later is found too, and the entries
    // before it are read into the chosen type.
    for sent in [
        json!({"executionConditions": {
            "@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
            "trigger": {"@odata.type": "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger", "offsetInDays": 1, "zeta": null}
        }}),
        json!({"executionConditions": {
            "trigger": {"offsetInDays": 1, "zeta": null, "@odata.type": "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger"},
            "1extra": [1],
            "@odata.type": "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions"
        }}),
    ] {
        let text = sent.to_string();
        for workflow in [
            serde_json::from_str::<Workflow>(&text).expect("decodes from text"),
            serde_json::from_value::<Workflow>(sent.clone()).expect("decodes from a value"),
        ] {
            let Nullable::Value(WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(
                conditions,
            )) = &workflow.execution_conditions
            else {
                panic!("wrong variant: {:?}", workflow.execution_conditions);
            };
            let Nullable::Value(WorkflowExecutionTriggerKind::TimeBasedAttributeTrigger(trigger)) =
                &conditions.trigger
            else {
                panic!("wrong variant: {:?}", conditions.trigger);
            };
            assert_eq!(trigger.offset_in_days, Nullable::Value(1));
            assert_eq!(serde_json::to_value(&workflow).expect("encodes"), sent);
        }
    }
    // Errors inside a polymorphic member are reported.
    let bad = json!({"executionConditions": {"@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions", "trigger": {"@odata.type": "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger", "offsetInDays": "one"}}});
    assert!(serde_json::from_str::<Workflow>(&bad.to_string()).is_err());
    let late = json!({"executionConditions": {"trigger": 5, "@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions"}});
    assert!(serde_json::from_str::<Workflow>(&late.to_string()).is_err());
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

#[test]
fn collections_of_objects_are_read_in_place_and_round_trip() {
    // `tasks` and each task's `arguments` are read element by element into their vectors:
    // explicit nulls, unknown properties, empty arrays and `null` itself come back as read.
    let sent = json!({
        "@odata.type": "#microsoft.graph.identityGovernance.workflow",
        "tasks@odata.context": "https://graph.microsoft.com/beta/$metadata#tasks",
        "tasks": [
            {"id": "t1", "description": null, "category": "joiner,leaver",
             "arguments": [{"name": "cc", "value": "x", "zeta": [1, {"a": null}]}, {"name": "s", "value": null}]},
            {"id": "t2", "arguments": [], "futureFlag": true},
            {"id": "t3", "arguments": null},
            {}
        ],
        "runs": null,
        "versions": []
    });
    for workflow in [
        serde_json::from_str::<Workflow>(&sent.to_string()).expect("decodes from text"),
        serde_json::from_value::<Workflow>(sent.clone()).expect("decodes from a value"),
    ] {
        let tasks = workflow.tasks.as_ref().expect("tasks");
        assert_eq!(tasks.len(), 4);
        assert_eq!(tasks[0].description, Nullable::Null);
        let arguments = tasks[0].arguments.as_ref().expect("arguments");
        assert_eq!(arguments[1].value, Nullable::Null);
        assert_eq!(
            arguments[0].additional_properties["zeta"],
            json!([1, {"a": null}])
        );
        assert_eq!(tasks[1].arguments, Nullable::Value(Vec::new()));
        assert_eq!(tasks[2].arguments, Nullable::Null);
        assert!(tasks[3].arguments.is_absent());
        assert_eq!(workflow.runs, Nullable::Null);
        assert_eq!(serde_json::to_value(&workflow).expect("encodes"), sent);
    }
    // Errors inside an element, and a collection that is not an array, are reported.
    for bad in [
        json!({"tasks": [{"id": "t1"}, {"isEnabled": "yes"}]}),
        json!({"tasks": [{"id": "t1"}, 5]}),
        json!({"tasks": {"id": "t1"}}),
        json!({"tasks": [{"arguments": [{"name": 1}]}]}),
    ] {
        assert!(
            serde_json::from_str::<Workflow>(&bad.to_string()).is_err(),
            "{bad}"
        );
        assert!(
            serde_json::from_value::<Workflow>(bad.clone()).is_err(),
            "{bad}"
        );
    }
    let error = serde_json::from_str::<Workflow>(r#"{"tasks": [5]}"#).expect_err("not an object");
    assert!(
        error
            .to_string()
            .contains("expected a `microsoft.graph.identityGovernance.task` object"),
        "{error}"
    );
}

#[test]
fn a_page_of_workflows_round_trips_with_polymorphic_members_tag_first_or_not() {
    let sent = json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#workflows",
        "value": [
            {"@odata.type": "#microsoft.graph.identityGovernance.workflow", "id": "w1",
             "executionConditions": {"@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
                 "scope": {"@odata.type": "#microsoft.graph.identityGovernance.ruleBasedSubjectSet", "rule": "x"},
                 "trigger": {"@odata.type": "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger", "offsetInDays": -7}}},
            {"id": "w2",
             "executionConditions": {"scope": {"rule": "y", "@odata.type": "#microsoft.graph.identityGovernance.ruleBasedSubjectSet"},
                 "@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions"}},
            {"id": "w3", "executionConditions": {"@odata.type": "#microsoft.graph.identityGovernance.onDemandExecutionOnly"}},
            {"id": "w4", "executionConditions": {"@odata.type": "#microsoft.graph.identityGovernance.later", "x": [1]}}
        ]
    });
    let page: Collection<Workflow> = serde_json::from_str(&sent.to_string()).expect("decodes");
    assert_eq!(page.value.len(), 4);
    assert!(matches!(
        page.value[3].execution_conditions,
        Nullable::Value(WorkflowExecutionConditionsKind::Unknown(_))
    ));
    let written = serde_json::to_value(&page).expect("encodes");
    // Compared as JSON values: the second workflow's members are written tag first.
    assert_eq!(written["value"][0], sent["value"][0]);
    assert_eq!(written["value"][1], sent["value"][1]);
    assert_eq!(written["value"][2], sent["value"][2]);
    assert_eq!(written["value"][3], sent["value"][3]);
    assert_eq!(written, sent);
}
