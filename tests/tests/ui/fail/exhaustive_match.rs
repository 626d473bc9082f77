//! Enums are non-exhaustive: a match must have a wildcard arm.

use lcw_models::beta::WorkflowExecutionType;

fn main() {
    let kind = WorkflowExecutionType::from("scheduled");
    let _label = match kind {
        WorkflowExecutionType::Scheduled => "scheduled",
        WorkflowExecutionType::OnDemand => "on demand",
        WorkflowExecutionType::UnknownFutureValue => "newer",
        WorkflowExecutionType::Unknown(_) => "unknown",
    };
}
