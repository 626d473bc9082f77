//! The codegen test model's output (the crates `lcw-fixture-enums` and `lcw-fixture-models` in
//! tests/fixture-model, each in the folder of its name, kept fresh by lcw-codegen's tests)
//! compiles against the real runtime and behaves: every emitted shape, not only the ones the
//! docs happen to use.

use lcw_fixture_models::beta::{
    LifecycleTaskCategory, LifecycleWorkflowProcessingStatus, OnDemandExecutionOnly, Run,
    TriggerAndScopeBasedConditions, UserProcessingResult, WorkflowExecutionConditionsKind,
};
use lcw_fixture_models::{GraphType, Nullable, PropertyType, TypeInfo};
use serde_json::json;

#[test]
fn every_shape_of_the_test_model_round_trips() {
    let sent = json!({
        "id": "r1",
        "completedDateTime": "2024-05-01T08:30:00.1234567Z",
        "processingStatus": "canceling",
        "iOSVersion": "17",
        "type": "kept",
        "category": "joiner,mover",
        "conditions": {"@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions", "scope": "all"},
        "subject": {"id": "u1", "displayName": "Ada", "mail": "ada@example.com"},
        "duration": "P7D",
        "ratio": "NaN",
        "tenantId": "3A1B5C2D-0000-4000-8000-00000000ABCD",
        "sizeInBytes": "9007199254740993",
        "userProcessingResults": [{"id": "p1", "previous": {"id": "p0"}, "run": null}],
        "ratioNull": null,
        "unknownProperty": [1, 2]
    });
    let run: Run = serde_json::from_value(sent.clone()).expect("decodes");
    assert_eq!(
        run.processing_status,
        Some(LifecycleWorkflowProcessingStatus::Canceling)
    );
    assert!(
        run.processing_status
            .as_ref()
            .is_some_and(LifecycleWorkflowProcessingStatus::is_after_sentinel)
    );
    assert!(
        run.category
            .as_ref()
            .is_some_and(|c| c.contains(&LifecycleTaskCategory::Joiner) && c.len() == 2)
    );
    assert!(matches!(
        run.conditions,
        Nullable::Value(WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(_))
    ));
    let previous = run
        .user_processing_results
        .as_ref()
        .and_then(|r| r[0].previous.as_deref())
        .and_then(|p| p.id.as_deref());
    assert_eq!(previous, Some("p0"), "the cycle is broken by a Box");
    assert_eq!(
        run.additional_properties.keys().collect::<Vec<_>>(),
        ["ratioNull", "unknownProperty"],
        "only what the model does not describe"
    );
    assert!(
        run.user_processing_results
            .as_ref()
            .is_some_and(|r| r[0].run.is_null())
    );
    assert_eq!(serde_json::to_value(&run).expect("encodes"), sent);
}

#[test]
fn built_values_carry_their_discriminator_and_metadata() {
    let conditions = WorkflowExecutionConditionsKind::from(
        TriggerAndScopeBasedConditions::builder()
            .scope("all")
            .build(),
    );
    let run = Run::builder().conditions(conditions).type_("x").build();
    assert_eq!(
        serde_json::to_value(&run).expect("encodes"),
        json!({"type": "x", "conditions": {"@odata.type": TriggerAndScopeBasedConditions::ODATA_TYPE, "scope": "all"}})
    );
    let bare = WorkflowExecutionConditionsKind::from(OnDemandExecutionOnly::default());
    assert_eq!(
        serde_json::to_value(&bare).expect("encodes"),
        json!({"@odata.type": OnDemandExecutionOnly::ODATA_TYPE})
    );

    let status = Run::property("processingStatus").map(|p| p.ty);
    assert!(
        matches!(
            status,
            Some(PropertyType::Enum {
                after_sentinel: ["canceling"],
                flags: false,
                ..
            })
        ),
        "{status:?}"
    );
    let results = Run::property("userProcessingResults").expect("listed");
    assert!(results.is_relationship && results.is_collection);
    let listed = TypeInfo::find(
        lcw_fixture_models::beta::TYPES,
        "microsoft.graph.identityGovernance.userProcessingResult",
    );
    assert_eq!(
        listed.map(|t| t.properties),
        Some(UserProcessingResult::PROPERTIES)
    );
    assert!(
        lcw_fixture_models::v1::TYPES.is_empty(),
        "the test model has no v1 types"
    );
}
