//! Which property rules apply to the type an operation returns, from the generated
//! `GraphType::PROPERTIES` of each version, and which enum members come after the sentinel.

use lcw_models::{beta, v1};

use crate::odata::schema::TypeSchema;
use crate::routes::table::ApiVersion;

/// The schema of a qualified type name (`microsoft.graph.identityGovernance.run`) in a version.
pub fn schema_for(version: ApiVersion, qualified_name: &str) -> Option<TypeSchema> {
    let all: &[TypeSchema] = match version {
        ApiVersion::Beta => &BETA,
        ApiVersion::V1 => &V1,
    };
    all.iter().find(|s| s.qualified_name.eq_ignore_ascii_case(qualified_name.trim_start_matches('#'))).copied()
}

macro_rules! schemas {
    ($module:ident: $($ty:ident),* $(,)?) => {
        [$(TypeSchema {
            qualified_name: const_trim(<$module::$ty as lcw_models::GraphType>::ODATA_TYPE),
            properties: <$module::$ty as lcw_models::GraphType>::PROPERTIES,
        }),*]
    };
}

const fn const_trim(odata_type: &'static str) -> &'static str {
    match odata_type.as_bytes() {
        [b'#', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(s) => s,
            Err(_) => odata_type,
        },
        _ => odata_type,
    }
}

static BETA: [TypeSchema; 12] = schemas!(beta: Run, UserProcessingResult, TaskProcessingResult, TaskReport, Task,
    Workflow, WorkflowVersion, RunSummary, UserSummary, TaskReportSummary, User, TaskDefinition);
static V1: [TypeSchema; 12] = schemas!(v1: Run, UserProcessingResult, TaskProcessingResult, TaskReport, Task,
    Workflow, WorkflowVersion, RunSummary, UserSummary, TaskReportSummary, User, TaskDefinition);

/// Enum members documented after `unknownFutureValue`, as the generated enums know them.
pub struct DocumentedFutureMembers;

impl crate::data::enums::FutureMembers for DocumentedFutureMembers {
    fn is_after_sentinel(&self, property: &str, value: &str) -> bool {
        match property {
            "processingStatus" => beta::LifecycleWorkflowProcessingStatus::from(value).is_after_sentinel(),
            "workflowExecutionType" => beta::WorkflowExecutionType::from(value).is_after_sentinel(),
            "category" => {
                beta::LifecycleWorkflowCategory::from(value).is_after_sentinel() || beta::LifecycleTaskCategory::from(value).is_after_sentinel()
            }
            "timeBasedAttribute" => beta::WorkflowTriggerTimeBasedAttribute::from(value).is_after_sentinel(),
            _ => false,
        }
    }
}
