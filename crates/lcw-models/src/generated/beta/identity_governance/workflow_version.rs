// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflowversion.md by `cargo xtask regenerate`. Do not edit.
/// One version of a lifecycle workflow. A new version is made whenever the workflow configuration changes beyond its basic properties. Older versions stay readable, and reports record which version ran.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowVersion {
    /// HR scenario that workflows built from this template serve. The possible values are: `joiner`, `leaver`, `mover`, `unknownFutureValue`. A workflow has exactly one category. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `$orderby`
    pub category: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    /// When this version of the `workflow` was made. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub created_date_time: crate::Nullable<crate::Timestamp>,
    /// Text describing the `workflowversion`. Inherited from workflowBase.
    pub description: crate::Nullable<String>,
    /// Name of the `workflowversion` as shown to people. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderby`.
    pub display_name: crate::Nullable<String>,
    /// When the workflow runs, and the rules that pick the subjects it covers. Inherited from workflowBase.
    pub execution_conditions: crate::Nullable<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    /// Whether the workflow is turned on. When it is `true`, the workflow can run on demand, and on schedule too if isSchedulingEnabled is `true`. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub is_enabled: crate::Nullable<bool>,
    /// When `true`, the Lifecycle Workflow engine runs the workflow on the schedule set in the tenant settings. It must not be `true` while the workflow is turned off (isEnabled is `false`). Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub is_scheduling_enabled: crate::Nullable<bool>,
    /// When the `workflow` last changed. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub last_modified_date_time: crate::Nullable<crate::Timestamp>,
    /// User that created the workflow. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub created_by: crate::Nullable<crate::beta::User>,
    /// User that made the latest change to the workflow.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub last_modified_by: crate::Nullable<crate::beta::User>,
    /// Tasks of the workflow. Inherited from workflowBase.
    pub tasks: crate::Nullable<Vec<crate::beta::identity_governance::Task>>,
    /// Version number of the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub version_number: crate::Nullable<i32>,
    /// Settings of the workflow version, such as its quarantine configuration.
    pub settings: crate::Nullable<crate::beta::identity_governance::WorkflowSetting>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowVersion {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowVersionBuilder {
        <WorkflowVersionBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowVersion`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowVersionBuilder {
    inner: WorkflowVersion,
}

impl WorkflowVersionBuilder {
    /// Sets `category`.
    ///
    /// HR scenario that workflows built from this template serve. The possible values are: `joiner`, `leaver`, `mover`, `unknownFutureValue`. A workflow has exactly one category. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `$orderby`
    pub fn category(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `category` to a value, or leaves it out of the body with `None`.
    ///
    /// HR scenario that workflows built from this template serve. The possible values are: `joiner`, `leaver`, `mover`, `unknownFutureValue`. A workflow has exactly one category. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `$orderby`
    pub fn set_category(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = value.into();
        self
    }
    /// Sends `category` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// HR scenario that workflows built from this template serve. The possible values are: `joiner`, `leaver`, `mover`, `unknownFutureValue`. A workflow has exactly one category. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`,`ne`) and `$orderby`
    pub fn null_category(mut self) -> Self {
        self.inner.category = crate::Nullable::Null;
        self
    }
    /// Sets `createdDateTime`.
    ///
    /// When this version of the `workflow` was made. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When this version of the `workflow` was made. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_created_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.created_date_time = value.into();
        self
    }
    /// Sends `createdDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When this version of the `workflow` was made. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_created_date_time(mut self) -> Self {
        self.inner.created_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Text describing the `workflowversion`. Inherited from workflowBase.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Text describing the `workflowversion`. Inherited from workflowBase.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Text describing the `workflowversion`. Inherited from workflowBase.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the `workflowversion` as shown to people. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderby`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the `workflowversion` as shown to people. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderby`.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the `workflowversion` as shown to people. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderby`.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `executionConditions`.
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers. Inherited from workflowBase.
    pub fn execution_conditions(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `executionConditions` to a value, or leaves it out of the body with `None`.
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers. Inherited from workflowBase.
    pub fn set_execution_conditions(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = value.into();
        self
    }
    /// Sends `executionConditions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the workflow runs, and the rules that pick the subjects it covers. Inherited from workflowBase.
    pub fn null_execution_conditions(mut self) -> Self {
        self.inner.execution_conditions = crate::Nullable::Null;
        self
    }
    /// Sets `isEnabled`.
    ///
    /// Whether the workflow is turned on. When it is `true`, the workflow can run on demand, and on schedule too if isSchedulingEnabled is `true`. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the workflow is turned on. When it is `true`, the workflow can run on demand, and on schedule too if isSchedulingEnabled is `true`. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn set_is_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.is_enabled = value.into();
        self
    }
    /// Sends `isEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the workflow is turned on. When it is `true`, the workflow can run on demand, and on schedule too if isSchedulingEnabled is `true`. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn null_is_enabled(mut self) -> Self {
        self.inner.is_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `isSchedulingEnabled`.
    ///
    /// When `true`, the Lifecycle Workflow engine runs the workflow on the schedule set in the tenant settings. It must not be `true` while the workflow is turned off (isEnabled is `false`). Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn is_scheduling_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_scheduling_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isSchedulingEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// When `true`, the Lifecycle Workflow engine runs the workflow on the schedule set in the tenant settings. It must not be `true` while the workflow is turned off (isEnabled is `false`). Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn set_is_scheduling_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.is_scheduling_enabled = value.into();
        self
    }
    /// Sends `isSchedulingEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When `true`, the Lifecycle Workflow engine runs the workflow on the schedule set in the tenant settings. It must not be `true` while the workflow is turned off (isEnabled is `false`). Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `orderBy`.
    pub fn null_is_scheduling_enabled(mut self) -> Self {
        self.inner.is_scheduling_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `lastModifiedDateTime`.
    ///
    /// When the `workflow` last changed. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn last_modified_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_modified_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastModifiedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the `workflow` last changed. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_last_modified_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_modified_date_time = value.into();
        self
    }
    /// Sends `lastModifiedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the `workflow` last changed. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_last_modified_date_time(mut self) -> Self {
        self.inner.last_modified_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `createdBy`.
    ///
    /// User that created the workflow. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn created_by(mut self, value: impl Into<crate::beta::User>) -> Self {
        self.inner.created_by = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `createdBy` to a value, or leaves it out of the body with `None`.
    ///
    /// User that created the workflow. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn set_created_by(mut self, value: Option<crate::beta::User>) -> Self {
        self.inner.created_by = value.into();
        self
    }
    /// Sends `createdBy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// User that created the workflow. Inherited from workflowBase.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn null_created_by(mut self) -> Self {
        self.inner.created_by = crate::Nullable::Null;
        self
    }
    /// Sets `lastModifiedBy`.
    ///
    /// User that made the latest change to the workflow.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn last_modified_by(mut self, value: impl Into<crate::beta::User>) -> Self {
        self.inner.last_modified_by = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastModifiedBy` to a value, or leaves it out of the body with `None`.
    ///
    /// User that made the latest change to the workflow.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn set_last_modified_by(mut self, value: Option<crate::beta::User>) -> Self {
        self.inner.last_modified_by = value.into();
        self
    }
    /// Sends `lastModifiedBy` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// User that made the latest change to the workflow.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$expand`.
    pub fn null_last_modified_by(mut self) -> Self {
        self.inner.last_modified_by = crate::Nullable::Null;
        self
    }
    /// Appends one item to `tasks` (creating the collection if needed).
    ///
    /// Tasks of the workflow. Inherited from workflowBase.
    pub fn tasks(mut self, item: impl Into<crate::beta::identity_governance::Task>) -> Self {
        self.inner.tasks.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `tasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks of the workflow. Inherited from workflowBase.
    pub fn set_tasks(mut self, value: Option<Vec<crate::beta::identity_governance::Task>>) -> Self {
        self.inner.tasks = value.into();
        self
    }
    /// Sends `tasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks of the workflow. Inherited from workflowBase.
    pub fn null_tasks(mut self) -> Self {
        self.inner.tasks = crate::Nullable::Null;
        self
    }
    /// Sets `versionNumber`.
    ///
    /// Version number of the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn version_number(mut self, value: impl Into<i32>) -> Self {
        self.inner.version_number = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `versionNumber` to a value, or leaves it out of the body with `None`.
    ///
    /// Version number of the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn set_version_number(mut self, value: Option<i32>) -> Self {
        self.inner.version_number = value.into();
        self
    }
    /// Sends `versionNumber` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Version number of the workflow.
    ///
    /// Supports `$filter`(`lt`, `le`, `gt`, `ge`, `eq`, `ne`) and `$orderby`.
    pub fn null_version_number(mut self) -> Self {
        self.inner.version_number = crate::Nullable::Null;
        self
    }
    /// Sets `settings`.
    ///
    /// Settings of the workflow version, such as its quarantine configuration.
    pub fn settings(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowSetting>,
    ) -> Self {
        self.inner.settings = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `settings` to a value, or leaves it out of the body with `None`.
    ///
    /// Settings of the workflow version, such as its quarantine configuration.
    pub fn set_settings(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowSetting>,
    ) -> Self {
        self.inner.settings = value.into();
        self
    }
    /// Sends `settings` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Settings of the workflow version, such as its quarantine configuration.
    pub fn null_settings(mut self) -> Self {
        self.inner.settings = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowVersion`].
    pub fn build(self) -> WorkflowVersion {
        self.inner
    }
}

impl crate::GraphType for WorkflowVersion {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowVersion";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleWorkflowCategory",
                members: &["joiner", "leaver", "unknownFutureValue", "mover", "extensibility"],
                after_sentinel: &["mover", "extensibility"],
                flags: false,
            },
            read_only: false,
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "executionConditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowExecutionConditions"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "isSchedulingEnabled",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "createdBy",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastModifiedBy",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "tasks",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "versionNumber",
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "settings",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowSetting"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for WorkflowVersion {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "category", &self.category)?;
        crate::__private::write_field(map, "createdDateTime", &self.created_date_time)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "executionConditions", &self.execution_conditions)?;
        crate::__private::write_field(map, "isEnabled", &self.is_enabled)?;
        crate::__private::write_field(map, "isSchedulingEnabled", &self.is_scheduling_enabled)?;
        crate::__private::write_field(map, "lastModifiedDateTime", &self.last_modified_date_time)?;
        crate::__private::write_field(map, "createdBy", &self.created_by)?;
        crate::__private::write_field(map, "lastModifiedBy", &self.last_modified_by)?;
        crate::__private::write_field(map, "tasks", &self.tasks)?;
        crate::__private::write_field(map, "versionNumber", &self.version_number)?;
        crate::__private::write_field(map, "settings", &self.settings)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "category" => !self.category.is_absent(),
            "createdDateTime" => !self.created_date_time.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "executionConditions" => !self.execution_conditions.is_absent(),
            "isEnabled" => !self.is_enabled.is_absent(),
            "isSchedulingEnabled" => !self.is_scheduling_enabled.is_absent(),
            "lastModifiedDateTime" => !self.last_modified_date_time.is_absent(),
            "createdBy" => !self.created_by.is_absent(),
            "lastModifiedBy" => !self.last_modified_by.is_absent(),
            "tasks" => !self.tasks.is_absent(),
            "versionNumber" => !self.version_number.is_absent(),
            "settings" => !self.settings.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkflowVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowVersion {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowVersion` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => crate::__private::field(map, &mut self.category)?,
            "createdDateTime" => crate::__private::field(map, &mut self.created_date_time)?,
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "executionConditions" => crate::__private::field(map, &mut self.execution_conditions)?,
            "isEnabled" => crate::__private::field(map, &mut self.is_enabled)?,
            "isSchedulingEnabled" => crate::__private::field(map, &mut self.is_scheduling_enabled)?,
            "lastModifiedDateTime" => crate::__private::field(map, &mut self.last_modified_date_time)?,
            "createdBy" => crate::__private::field(map, &mut self.created_by)?,
            "lastModifiedBy" => crate::__private::field(map, &mut self.last_modified_by)?,
            "tasks" => crate::__private::object_list(map, &mut self.tasks)?,
            "versionNumber" => crate::__private::field(map, &mut self.version_number)?,
            "settings" => crate::__private::field(map, &mut self.settings)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
