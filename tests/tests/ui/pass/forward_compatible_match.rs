//! A match with a wildcard keeps compiling when members are added, and sees unknown values.
#![deny(warnings)]

use lcw_models::beta::LifecycleWorkflowProcessingStatus as Status;

fn describe(status: &Status) -> &'static str {
    match status {
        Status::Queued => "waiting",
        Status::InProgress => "running",
        Status::Completed | Status::CompletedWithErrors => "done",
        _ => "something else",
    }
}

fn main() {
    assert_eq!(describe(&Status::from("queued")), "waiting");
    let later = Status::from("pausedByOperator");
    assert_eq!(describe(&later), "something else");
    assert_eq!(later.as_str(), "pausedByOperator");
    assert_eq!(later.to_string(), "pausedByOperator");
    assert!(!Status::KNOWN.contains(&later));
    let parsed: Status = "inProgress".parse().unwrap_or(Status::Queued);
    assert_eq!(parsed, Status::InProgress);
}
