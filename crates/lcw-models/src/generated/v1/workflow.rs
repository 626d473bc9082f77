// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-workflow.md by `cargo xtask regenerate`. Do not edit.
/// A workflow built with Lifecycle Workflows. Once its execution conditions trigger it, the workflow automates part of the lifecycle management process through tasks. Those are either built-in tasks or custom tasks that reach Azure Logic Apps through a custom task extension.
///
/// A tenant holds at most 50 workflows.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workflow {
    /// HR scenario that workflows built from this template serve. The possible values are: `joiner`, `leaver`, `mover`, `unknownFutureValue`. A workflow has exactly one category. Inherited from workflowBase. Required.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `$orderby`
    pub category: Option<super::LifecycleWorkflowCategory>,
    /// Creation time of the `workflow`. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub created_date_time: Option<crate::Timestamp>,
    /// Text describing the `workflow`. Inherited from workflowBase. Optional.
    pub description: Option<String>,
    /// Name of the `workflow` as shown to people. Inherited from workflowBase. Required.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderby`.
    pub display_name: Option<String>,
    /// When the workflow runs, and the rules that pick the subjects it covers. Inherited from workflowBase. Required.
    pub execution_conditions: Option<super::WorkflowExecutionConditionsKind>,
    /// Whether the workflow is turned on. When it is `true`, the workflow can run on demand, and on schedule too if isSchedulingEnabled = `true`. Inherited from workflowBase. Optional. Defaults to `true`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub is_enabled: Option<bool>,
    /// When `true`, the Lifecycle Workflow engine runs the workflow on the schedule set in the tenant settings. It must not be `true` while the workflow is turned off (isEnabled = `false`). Inherited from workflowBase. Optional. Defaults to `false`.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub is_scheduling_enabled: Option<bool>,
    /// When the `workflow` last changed. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub last_modified_date_time: Option<crate::Timestamp>,
    /// Azure AD user who created this workflow object. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub created_by: Option<super::User>,
    /// User that made the latest change to the workflow object. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub last_modified_by: Option<super::User>,
    /// Tasks of the workflow object, with the order in which they run. Inherited from workflowBase. Required.
    pub tasks: Option<Vec<super::Task>>,
    /// When the workflow was deleted.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub deleted_date_time: Option<crate::Timestamp>,
    /// Key that identifies one workflow.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub id: Option<String>,
    /// When the `workflow` should next run according to the schedule interval, provided some users meet the execution conditions.
    ///
    /// Supports `$filter`(`lt`,`gt`) and `$orderby`.
    pub next_schedule_run_date_time: Option<crate::Timestamp>,
    /// Current version number of the workflow; a new workflow starts at 1.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub version: Option<i32>,
    /// Users currently in the scope of the execution conditions of the workflow object.
    pub execution_scope: Option<Vec<super::UserProcessingResult>>,
    /// Runs of the workflow.
    pub runs: Option<Vec<super::Run>>,
    /// Task execution data of the workflow object, aggregated per task.
    pub task_reports: Option<Vec<super::TaskReport>>,
    /// Results of the workflow for each user it ran for.
    pub user_processing_results: Option<Vec<super::UserProcessingResult>>,
    /// Versions of the workflow that exist.
    pub versions: Option<Vec<super::WorkflowVersion>>,
    /// Settings of the workflow, such as its quarantine configuration.
    pub settings: Option<super::WorkflowSetting>,
    /// Why and since when the workflow is quarantined, if it is.
    pub quarantine_details: Option<super::QuarantineDetails>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflow {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowBuilder {
        WorkflowBuilder::default()
    }
}

/// Builds a [`Workflow`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowBuilder {
    inner: Workflow,
}

impl WorkflowBuilder {
    /// Sets `category`.
    pub fn category(
        mut self,
        value: impl Into<super::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = Some(value.into());
        self
    }
    /// Sets `createdDateTime`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = Some(value.into());
        self
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = Some(value.into());
        self
    }
    /// Sets `executionConditions`.
    pub fn execution_conditions(
        mut self,
        value: impl Into<super::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = Some(value.into());
        self
    }
    /// Sets `isEnabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = Some(value.into());
        self
    }
    /// Sets `isSchedulingEnabled`.
    pub fn is_scheduling_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_scheduling_enabled = Some(value.into());
        self
    }
    /// Sets `lastModifiedDateTime`.
    pub fn last_modified_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.last_modified_date_time = Some(value.into());
        self
    }
    /// Sets `createdBy`.
    pub fn created_by(mut self, value: impl Into<super::User>) -> Self {
        self.inner.created_by = Some(value.into());
        self
    }
    /// Sets `lastModifiedBy`.
    pub fn last_modified_by(mut self, value: impl Into<super::User>) -> Self {
        self.inner.last_modified_by = Some(value.into());
        self
    }
    /// Sets `tasks`.
    pub fn tasks(mut self, value: impl Into<Vec<super::Task>>) -> Self {
        self.inner.tasks = Some(value.into());
        self
    }
    /// Sets `deletedDateTime`.
    pub fn deleted_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.deleted_date_time = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `nextScheduleRunDateTime`.
    pub fn next_schedule_run_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.next_schedule_run_date_time = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.inner.version = Some(value.into());
        self
    }
    /// Sets `executionScope`.
    pub fn execution_scope(
        mut self,
        value: impl Into<Vec<super::UserProcessingResult>>,
    ) -> Self {
        self.inner.execution_scope = Some(value.into());
        self
    }
    /// Sets `runs`.
    pub fn runs(mut self, value: impl Into<Vec<super::Run>>) -> Self {
        self.inner.runs = Some(value.into());
        self
    }
    /// Sets `taskReports`.
    pub fn task_reports(mut self, value: impl Into<Vec<super::TaskReport>>) -> Self {
        self.inner.task_reports = Some(value.into());
        self
    }
    /// Sets `userProcessingResults`.
    pub fn user_processing_results(
        mut self,
        value: impl Into<Vec<super::UserProcessingResult>>,
    ) -> Self {
        self.inner.user_processing_results = Some(value.into());
        self
    }
    /// Sets `versions`.
    pub fn versions(mut self, value: impl Into<Vec<super::WorkflowVersion>>) -> Self {
        self.inner.versions = Some(value.into());
        self
    }
    /// Sets `settings`.
    pub fn settings(mut self, value: impl Into<super::WorkflowSetting>) -> Self {
        self.inner.settings = Some(value.into());
        self
    }
    /// Sets `quarantineDetails`.
    pub fn quarantine_details(
        mut self,
        value: impl Into<super::QuarantineDetails>,
    ) -> Self {
        self.inner.quarantine_details = Some(value.into());
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(
        mut self,
        key: impl Into<String>,
        value: serde_json::Value,
    ) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`Workflow`].
    pub fn build(self) -> Workflow {
        self.inner
    }
}

impl crate::GraphType for Workflow {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflow";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleWorkflowCategory",
                members: &[
                    "joiner",
                    "leaver",
                    "unknownFutureValue",
                    "mover",
                    "extensibility",
                ],
                after_sentinel: &["mover", "extensibility"],
                flags: false,
            },
        },
        crate::PropertyInfo {
            name: "createdDateTime",
            filter: &[
                crate::FilterOp::Lt,
                crate::FilterOp::Le,
                crate::FilterOp::Gt,
                crate::FilterOp::Ge,
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
            ],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "executionConditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.workflowExecutionConditions",
            ),
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "isSchedulingEnabled",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "lastModifiedDateTime",
            filter: &[
                crate::FilterOp::Lt,
                crate::FilterOp::Le,
                crate::FilterOp::Gt,
                crate::FilterOp::Ge,
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
            ],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "createdBy",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
        crate::PropertyInfo {
            name: "lastModifiedBy",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
        crate::PropertyInfo {
            name: "tasks",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
        },
        crate::PropertyInfo {
            name: "deletedDateTime",
            filter: &[
                crate::FilterOp::Lt,
                crate::FilterOp::Le,
                crate::FilterOp::Gt,
                crate::FilterOp::Ge,
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
            ],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "id",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "nextScheduleRunDateTime",
            filter: &[crate::FilterOp::Lt, crate::FilterOp::Gt],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "version",
            filter: &[
                crate::FilterOp::Lt,
                crate::FilterOp::Le,
                crate::FilterOp::Gt,
                crate::FilterOp::Ge,
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
            ],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "executionScope",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.userProcessingResult",
            ),
        },
        crate::PropertyInfo {
            name: "runs",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.run"),
        },
        crate::PropertyInfo {
            name: "taskReports",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.taskReport",
            ),
        },
        crate::PropertyInfo {
            name: "userProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.userProcessingResult",
            ),
        },
        crate::PropertyInfo {
            name: "versions",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.workflowVersion",
            ),
        },
        crate::PropertyInfo {
            name: "settings",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.workflowSetting",
            ),
        },
        crate::PropertyInfo {
            name: "quarantineDetails",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.quarantineDetails",
            ),
        },
    ];
}

impl crate::__private::WriteFields for Workflow {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.created_date_time {
            map.serialize_entry("createdDateTime", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.execution_conditions {
            map.serialize_entry("executionConditions", value)?;
        }
        if let Some(value) = &self.is_enabled {
            map.serialize_entry("isEnabled", value)?;
        }
        if let Some(value) = &self.is_scheduling_enabled {
            map.serialize_entry("isSchedulingEnabled", value)?;
        }
        if let Some(value) = &self.last_modified_date_time {
            map.serialize_entry("lastModifiedDateTime", value)?;
        }
        if let Some(value) = &self.created_by {
            map.serialize_entry("createdBy", value)?;
        }
        if let Some(value) = &self.last_modified_by {
            map.serialize_entry("lastModifiedBy", value)?;
        }
        if let Some(value) = &self.tasks {
            map.serialize_entry("tasks", value)?;
        }
        if let Some(value) = &self.deleted_date_time {
            map.serialize_entry("deletedDateTime", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.next_schedule_run_date_time {
            map.serialize_entry("nextScheduleRunDateTime", value)?;
        }
        if let Some(value) = &self.version {
            map.serialize_entry("version", value)?;
        }
        if let Some(value) = &self.execution_scope {
            map.serialize_entry("executionScope", value)?;
        }
        if let Some(value) = &self.runs {
            map.serialize_entry("runs", value)?;
        }
        if let Some(value) = &self.task_reports {
            map.serialize_entry("taskReports", value)?;
        }
        if let Some(value) = &self.user_processing_results {
            map.serialize_entry("userProcessingResults", value)?;
        }
        if let Some(value) = &self.versions {
            map.serialize_entry("versions", value)?;
        }
        if let Some(value) = &self.settings {
            map.serialize_entry("settings", value)?;
        }
        if let Some(value) = &self.quarantine_details {
            map.serialize_entry("quarantineDetails", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "category" => self.category.is_some(),
            "createdDateTime" => self.created_date_time.is_some(),
            "description" => self.description.is_some(),
            "displayName" => self.display_name.is_some(),
            "executionConditions" => self.execution_conditions.is_some(),
            "isEnabled" => self.is_enabled.is_some(),
            "isSchedulingEnabled" => self.is_scheduling_enabled.is_some(),
            "lastModifiedDateTime" => self.last_modified_date_time.is_some(),
            "createdBy" => self.created_by.is_some(),
            "lastModifiedBy" => self.last_modified_by.is_some(),
            "tasks" => self.tasks.is_some(),
            "deletedDateTime" => self.deleted_date_time.is_some(),
            "id" => self.id.is_some(),
            "nextScheduleRunDateTime" => self.next_schedule_run_date_time.is_some(),
            "version" => self.version.is_some(),
            "executionScope" => self.execution_scope.is_some(),
            "runs" => self.runs.is_some(),
            "taskReports" => self.task_reports.is_some(),
            "userProcessingResults" => self.user_processing_results.is_some(),
            "versions" => self.versions.is_some(),
            "settings" => self.settings.is_some(),
            "quarantineDetails" => self.quarantine_details.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Workflow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Workflow {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => {
                crate::__private::field(
                    map,
                    &mut self.category,
                    "category",
                    &mut self.additional_properties,
                )?
            }
            "createdDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.created_date_time,
                    "createdDateTime",
                    &mut self.additional_properties,
                )?
            }
            "description" => {
                crate::__private::field(
                    map,
                    &mut self.description,
                    "description",
                    &mut self.additional_properties,
                )?
            }
            "displayName" => {
                crate::__private::field(
                    map,
                    &mut self.display_name,
                    "displayName",
                    &mut self.additional_properties,
                )?
            }
            "executionConditions" => {
                crate::__private::field(
                    map,
                    &mut self.execution_conditions,
                    "executionConditions",
                    &mut self.additional_properties,
                )?
            }
            "isEnabled" => {
                crate::__private::field(
                    map,
                    &mut self.is_enabled,
                    "isEnabled",
                    &mut self.additional_properties,
                )?
            }
            "isSchedulingEnabled" => {
                crate::__private::field(
                    map,
                    &mut self.is_scheduling_enabled,
                    "isSchedulingEnabled",
                    &mut self.additional_properties,
                )?
            }
            "lastModifiedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.last_modified_date_time,
                    "lastModifiedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "createdBy" => {
                crate::__private::field(
                    map,
                    &mut self.created_by,
                    "createdBy",
                    &mut self.additional_properties,
                )?
            }
            "lastModifiedBy" => {
                crate::__private::field(
                    map,
                    &mut self.last_modified_by,
                    "lastModifiedBy",
                    &mut self.additional_properties,
                )?
            }
            "tasks" => {
                crate::__private::field(
                    map,
                    &mut self.tasks,
                    "tasks",
                    &mut self.additional_properties,
                )?
            }
            "deletedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.deleted_date_time,
                    "deletedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "id" => {
                crate::__private::field(
                    map,
                    &mut self.id,
                    "id",
                    &mut self.additional_properties,
                )?
            }
            "nextScheduleRunDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.next_schedule_run_date_time,
                    "nextScheduleRunDateTime",
                    &mut self.additional_properties,
                )?
            }
            "version" => {
                crate::__private::field(
                    map,
                    &mut self.version,
                    "version",
                    &mut self.additional_properties,
                )?
            }
            "executionScope" => {
                crate::__private::field(
                    map,
                    &mut self.execution_scope,
                    "executionScope",
                    &mut self.additional_properties,
                )?
            }
            "runs" => {
                crate::__private::field(
                    map,
                    &mut self.runs,
                    "runs",
                    &mut self.additional_properties,
                )?
            }
            "taskReports" => {
                crate::__private::field(
                    map,
                    &mut self.task_reports,
                    "taskReports",
                    &mut self.additional_properties,
                )?
            }
            "userProcessingResults" => {
                crate::__private::field(
                    map,
                    &mut self.user_processing_results,
                    "userProcessingResults",
                    &mut self.additional_properties,
                )?
            }
            "versions" => {
                crate::__private::field(
                    map,
                    &mut self.versions,
                    "versions",
                    &mut self.additional_properties,
                )?
            }
            "settings" => {
                crate::__private::field(
                    map,
                    &mut self.settings,
                    "settings",
                    &mut self.additional_properties,
                )?
            }
            "quarantineDetails" => {
                crate::__private::field(
                    map,
                    &mut self.quarantine_details,
                    "quarantineDetails",
                    &mut self.additional_properties,
                )?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(
        &mut self,
    ) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Workflow {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.workflow` object",
        )
    }
}
