//! Unknown enum values, unknown properties and explicit nulls come back unchanged.
#![deny(warnings)]

use lcw_models::Nullable;
use lcw_models::beta::{LifecycleWorkflowProcessingStatus, Run};
use serde_json::{Value, json};

fn main() {
    let sent = json!({
        "@odata.type": "#microsoft.graph.identityGovernance.run",
        "id": "run-1",
        "processingStatus": "pausedByOperator",
        "completedDateTime": null,
        "startedDateTime": "2024-05-01T08:30:00.1234567Z",
        "totalTasksCount": 3,
        "futureProperty": {"nested": [1, 2, 3]}
    });
    let run: Run = serde_json::from_value(sent.clone()).expect("decodes");
    assert_eq!(run.id.as_deref(), Some("run-1"));
    assert_eq!(run.total_tasks_count, Nullable::Value(3));
    assert!(matches!(
        run.processing_status,
        Nullable::Value(LifecycleWorkflowProcessingStatus::Unknown(_))
    ));
    // An explicit null is typed; `additional_properties` holds only what the docs do not describe.
    assert!(run.completed_date_time.is_null());
    assert!(run.scheduled_date_time.is_absent());
    assert!(run.additional_properties.contains_key("futureProperty"));
    assert!(!run.additional_properties.contains_key("completedDateTime"));
    let back: Value = serde_json::to_value(&run).expect("encodes");
    assert_eq!(back, sent);

    // Construction from another crate: Default plus field assignment, or the builder.
    let mut by_hand = Run::default();
    by_hand.id = "run-2".to_owned().into();
    by_hand.completed_date_time = Nullable::Null;
    let built = Run::builder().id("run-2").null_completed_date_time().build();
    assert_eq!(by_hand, built);
    assert_eq!(
        serde_json::to_value(&built).expect("encodes"),
        json!({"id": "run-2", "completedDateTime": null})
    );
}
