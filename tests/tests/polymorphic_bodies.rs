//! Polymorphic values built in code carry their `@odata.type`: Graph needs the discriminator of a
//! derived type in a request body. Values read from the wire are written back as read.

use lcw_models::beta::{
    RuleBasedSubjectSet, SubjectSetKind, TimeBasedAttributeTrigger, TriggerAndScopeBasedConditions,
    Workflow, WorkflowExecutionConditions, WorkflowExecutionConditionsKind,
    WorkflowExecutionTriggerKind, WorkflowTriggerTimeBasedAttribute,
};
use lcw_models::{GraphType, Nullable, v1};
use serde_json::{Value, json};

const CONDITIONS: &str = "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions";
const RULE_SCOPE: &str = "#microsoft.graph.identityGovernance.ruleBasedSubjectSet";
const TIME_TRIGGER: &str = "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger";

fn built_conditions() -> WorkflowExecutionConditionsKind {
    let scope = RuleBasedSubjectSet::builder()
        .rule("(department eq 'Sales')")
        .build();
    let trigger = TimeBasedAttributeTrigger::builder()
        .time_based_attribute(WorkflowTriggerTimeBasedAttribute::EmployeeHireDate)
        .offset_in_days(-2)
        .build();
    TriggerAndScopeBasedConditions::builder()
        .scope(SubjectSetKind::RuleBasedSubjectSet(scope))
        .trigger(WorkflowExecutionTriggerKind::from(trigger))
        .build()
        .into()
}

#[test]
fn derived_values_built_in_code_name_their_type_at_every_level() {
    let body = Workflow::builder()
        .display_name("Onboard")
        .execution_conditions(built_conditions())
        .build();
    let written = serde_json::to_value(&body).expect("encodes");
    assert_eq!(
        written,
        json!({
            "displayName": "Onboard",
            "executionConditions": {
                "@odata.type": CONDITIONS,
                "scope": {"@odata.type": RULE_SCOPE, "rule": "(department eq 'Sales')"},
                "trigger": {"@odata.type": TIME_TRIGGER, "timeBasedAttribute": "employeeHireDate", "offsetInDays": -2}
            }
        })
    );
    assert_eq!(TriggerAndScopeBasedConditions::ODATA_TYPE, CONDITIONS);
    // What was written reads back into the same variants.
    let read: Workflow = serde_json::from_value(written).expect("decodes");
    assert!(matches!(
        read.execution_conditions,
        Nullable::Value(WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(_))
    ));
}

#[test]
fn the_discriminator_comes_first_so_streaming_readers_can_dispatch() {
    let text = serde_json::to_string(&built_conditions()).expect("encodes");
    assert!(
        text.starts_with(&format!("{{\"@odata.type\":\"{CONDITIONS}\"")),
        "{text}"
    );
}

#[test]
fn a_type_already_kept_in_additional_properties_is_not_written_twice() {
    // Read from the wire, where the service spelled the type without `#`: kept as read.
    let sent = json!({"@odata.type": "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions", "trigger": null});
    let kind: WorkflowExecutionConditionsKind =
        serde_json::from_value(sent.clone()).expect("decodes");
    assert!(matches!(
        kind,
        WorkflowExecutionConditionsKind::TriggerAndScopeBasedConditions(_)
    ));
    let text = serde_json::to_string(&kind).expect("encodes");
    assert_eq!(text.matches("@odata.type").count(), 1, "{text}");
    assert_eq!(serde_json::from_str::<Value>(&text).expect("json"), sent);

    // Set by hand before the value was wrapped.
    let mut conditions = TriggerAndScopeBasedConditions::default();
    conditions
        .additional_properties
        .insert("@odata.type".into(), json!(CONDITIONS));
    let text =
        serde_json::to_string(&WorkflowExecutionConditionsKind::from(conditions)).expect("encodes");
    assert_eq!(text.matches("@odata.type").count(), 1, "{text}");
}

#[test]
fn base_values_and_unknown_subtypes_are_written_as_they_are() {
    // The base where the base is expected needs no discriminator; an untagged object stays untagged.
    let untagged = json!({"extra": 1});
    let kind: WorkflowExecutionConditionsKind =
        serde_json::from_value(untagged.clone()).expect("decodes");
    assert!(matches!(
        kind,
        WorkflowExecutionConditionsKind::WorkflowExecutionConditions(_)
    ));
    assert_eq!(serde_json::to_value(&kind).expect("encodes"), untagged);
    let base = WorkflowExecutionConditionsKind::from(WorkflowExecutionConditions::default());
    assert_eq!(serde_json::to_value(&base).expect("encodes"), json!({}));

    let future = json!({"@odata.type": "#microsoft.graph.identityGovernance.later", "x": [1]});
    let kind: WorkflowExecutionConditionsKind =
        serde_json::from_value(future.clone()).expect("decodes");
    assert_eq!(serde_json::to_value(&kind).expect("encodes"), future);
}

#[test]
fn a_derived_struct_on_its_own_is_not_tagged() {
    // Where the derived type itself is the declared type, Graph needs no discriminator.
    let trigger = TimeBasedAttributeTrigger::builder()
        .offset_in_days(1)
        .build();
    assert_eq!(
        serde_json::to_value(&trigger).expect("encodes"),
        json!({"offsetInDays": 1})
    );
}

#[test]
fn v1_values_are_tagged_the_same_way() {
    let kind = v1::WorkflowExecutionConditionsKind::from(v1::OnDemandExecutionOnly::default());
    assert_eq!(
        serde_json::to_value(&kind).expect("encodes"),
        json!({"@odata.type": "#microsoft.graph.identityGovernance.onDemandExecutionOnly"})
    );
}
