//! Builders append to collections and take `Option`s; enums have a strict parse, `AsRef<str>`
//! and an order.
#![deny(warnings)]

use std::collections::BTreeSet;

use lcw_models::beta::{LifecycleWorkflowCategory, Task, Workflow};

fn main() {
    let workflow = Workflow::builder()
        .display_name("Onboard")
        .tasks(Task::builder().display_name("Welcome mail").build())
        .tasks(Task::builder().display_name("Add to groups").build())
        .set_description(None)
        .set_category(Some(LifecycleWorkflowCategory::Joiner))
        .build();
    assert_eq!(workflow.tasks.as_ref().map(Vec::len), Some(2));
    assert!(workflow.description.is_absent());

    let strict = LifecycleWorkflowCategory::try_parse("joiner");
    assert_eq!(strict, Ok(LifecycleWorkflowCategory::Joiner));
    assert!(LifecycleWorkflowCategory::try_parse("later").is_err());
    let lenient = LifecycleWorkflowCategory::from("later");
    assert_eq!(lenient.as_ref(), "later");
    let ordered: BTreeSet<LifecycleWorkflowCategory> =
        [lenient, LifecycleWorkflowCategory::Leaver, LifecycleWorkflowCategory::Joiner].into();
    assert_eq!(ordered.first(), Some(&LifecycleWorkflowCategory::Joiner));
}
