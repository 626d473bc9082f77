//! Which property rules apply to the type an operation returns.

use crate::interim;
use crate::odata::schema::TypeSchema;

/// The schema of a qualified type name (`microsoft.graph.identityGovernance.run`).
pub fn schema_for(qualified_name: &str) -> Option<TypeSchema> {
    let all = [
        &interim::RUN,
        &interim::USER_PROCESSING_RESULT,
        &interim::TASK_PROCESSING_RESULT,
        &interim::TASK_REPORT,
        &interim::TASK,
        &interim::WORKFLOW,
        &interim::WORKFLOW_VERSION,
        &interim::RUN_SUMMARY,
        &interim::USER_SUMMARY,
        &interim::TASK_REPORT_SUMMARY,
        &interim::USER,
    ];
    all.into_iter().find(|s| s.qualified_name.eq_ignore_ascii_case(qualified_name)).copied()
}

/// Enum members documented after `unknownFutureValue`, per property. The docs list none for
/// the lifecycle workflows enums today; the generated enums' `is_after_sentinel` feeds this
/// once they exist.
pub struct DocumentedFutureMembers;

impl crate::data::enums::FutureMembers for DocumentedFutureMembers {
    fn is_after_sentinel(&self, _property: &str, _value: &str) -> bool {
        false
    }
}
