// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-topworkflowsinsightssummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals for one of the workflows that ran most often in a tenant: which workflow it is, and how its runs and the users it processed turned out (all, successful, failed).
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopWorkflowsInsightsSummary {
    /// Runs of the workflow that failed.
    pub failed_runs: crate::Nullable<i32>,
    /// Users whose processing by the workflow failed.
    pub failed_users: crate::Nullable<i32>,
    /// Runs of the workflow that succeeded.
    pub successful_runs: crate::Nullable<i32>,
    /// Users the workflow processed with success.
    pub successful_users: crate::Nullable<i32>,
    /// All runs of the workflow.
    pub total_runs: crate::Nullable<i32>,
    /// All users the workflow processed.
    pub total_users: crate::Nullable<i32>,
    /// Lifecycle scenario of the workflow. The possible values are: `joiner`, `leaver`, `unknownFutureValue`, `mover`. The `mover` member of this evolvable enum is only returned with the `Prefer: include-unknown-enum-members` request header.
    pub workflow_category: crate::Nullable<crate::v1::identity_governance::LifecycleWorkflowCategory>,
    /// Display name of the workflow.
    pub workflow_display_name: crate::Nullable<String>,
    /// Identifier of the workflow.
    pub workflow_id: crate::Nullable<String>,
    /// Version of the workflow these totals belong to.
    pub workflow_version: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TopWorkflowsInsightsSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TopWorkflowsInsightsSummaryBuilder {
        <TopWorkflowsInsightsSummaryBuilder as Default>::default()
    }
}

/// Builds a [`TopWorkflowsInsightsSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TopWorkflowsInsightsSummaryBuilder {
    inner: TopWorkflowsInsightsSummary,
}

impl TopWorkflowsInsightsSummaryBuilder {
    /// Sets `failedRuns`.
    ///
    /// Runs of the workflow that failed.
    pub fn failed_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of the workflow that failed.
    pub fn set_failed_runs(mut self, value: Option<i32>) -> Self {
        self.inner.failed_runs = value.into();
        self
    }
    /// Sends `failedRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of the workflow that failed.
    pub fn null_failed_runs(mut self) -> Self {
        self.inner.failed_runs = crate::Nullable::Null;
        self
    }
    /// Sets `failedUsers`.
    ///
    /// Users whose processing by the workflow failed.
    pub fn failed_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// Users whose processing by the workflow failed.
    pub fn set_failed_users(mut self, value: Option<i32>) -> Self {
        self.inner.failed_users = value.into();
        self
    }
    /// Sends `failedUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users whose processing by the workflow failed.
    pub fn null_failed_users(mut self) -> Self {
        self.inner.failed_users = crate::Nullable::Null;
        self
    }
    /// Sets `successfulRuns`.
    ///
    /// Runs of the workflow that succeeded.
    pub fn successful_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of the workflow that succeeded.
    pub fn set_successful_runs(mut self, value: Option<i32>) -> Self {
        self.inner.successful_runs = value.into();
        self
    }
    /// Sends `successfulRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of the workflow that succeeded.
    pub fn null_successful_runs(mut self) -> Self {
        self.inner.successful_runs = crate::Nullable::Null;
        self
    }
    /// Sets `successfulUsers`.
    ///
    /// Users the workflow processed with success.
    pub fn successful_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// Users the workflow processed with success.
    pub fn set_successful_users(mut self, value: Option<i32>) -> Self {
        self.inner.successful_users = value.into();
        self
    }
    /// Sends `successfulUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users the workflow processed with success.
    pub fn null_successful_users(mut self) -> Self {
        self.inner.successful_users = crate::Nullable::Null;
        self
    }
    /// Sets `totalRuns`.
    ///
    /// All runs of the workflow.
    pub fn total_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// All runs of the workflow.
    pub fn set_total_runs(mut self, value: Option<i32>) -> Self {
        self.inner.total_runs = value.into();
        self
    }
    /// Sends `totalRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All runs of the workflow.
    pub fn null_total_runs(mut self) -> Self {
        self.inner.total_runs = crate::Nullable::Null;
        self
    }
    /// Sets `totalUsers`.
    ///
    /// All users the workflow processed.
    pub fn total_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// All users the workflow processed.
    pub fn set_total_users(mut self, value: Option<i32>) -> Self {
        self.inner.total_users = value.into();
        self
    }
    /// Sends `totalUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All users the workflow processed.
    pub fn null_total_users(mut self) -> Self {
        self.inner.total_users = crate::Nullable::Null;
        self
    }
    /// Sets `workflowCategory`.
    ///
    /// Lifecycle scenario of the workflow. The possible values are: `joiner`, `leaver`, `unknownFutureValue`, `mover`. The `mover` member of this evolvable enum is only returned with the `Prefer: include-unknown-enum-members` request header.
    pub fn workflow_category(
        mut self,
        value: impl Into<crate::v1::identity_governance::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.workflow_category = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowCategory` to a value, or leaves it out of the body with `None`.
    ///
    /// Lifecycle scenario of the workflow. The possible values are: `joiner`, `leaver`, `unknownFutureValue`, `mover`. The `mover` member of this evolvable enum is only returned with the `Prefer: include-unknown-enum-members` request header.
    pub fn set_workflow_category(
        mut self,
        value: Option<crate::v1::identity_governance::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.workflow_category = value.into();
        self
    }
    /// Sends `workflowCategory` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Lifecycle scenario of the workflow. The possible values are: `joiner`, `leaver`, `unknownFutureValue`, `mover`. The `mover` member of this evolvable enum is only returned with the `Prefer: include-unknown-enum-members` request header.
    pub fn null_workflow_category(mut self) -> Self {
        self.inner.workflow_category = crate::Nullable::Null;
        self
    }
    /// Sets `workflowDisplayName`.
    ///
    /// Display name of the workflow.
    pub fn workflow_display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.workflow_display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowDisplayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Display name of the workflow.
    pub fn set_workflow_display_name(mut self, value: Option<String>) -> Self {
        self.inner.workflow_display_name = value.into();
        self
    }
    /// Sends `workflowDisplayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Display name of the workflow.
    pub fn null_workflow_display_name(mut self) -> Self {
        self.inner.workflow_display_name = crate::Nullable::Null;
        self
    }
    /// Sets `workflowId`.
    ///
    /// Identifier of the workflow.
    pub fn workflow_id(mut self, value: impl Into<String>) -> Self {
        self.inner.workflow_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowId` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the workflow.
    pub fn set_workflow_id(mut self, value: Option<String>) -> Self {
        self.inner.workflow_id = value.into();
        self
    }
    /// Sends `workflowId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the workflow.
    pub fn null_workflow_id(mut self) -> Self {
        self.inner.workflow_id = crate::Nullable::Null;
        self
    }
    /// Sets `workflowVersion`.
    ///
    /// Version of the workflow these totals belong to.
    pub fn workflow_version(mut self, value: impl Into<i32>) -> Self {
        self.inner.workflow_version = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowVersion` to a value, or leaves it out of the body with `None`.
    ///
    /// Version of the workflow these totals belong to.
    pub fn set_workflow_version(mut self, value: Option<i32>) -> Self {
        self.inner.workflow_version = value.into();
        self
    }
    /// Sends `workflowVersion` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Version of the workflow these totals belong to.
    pub fn null_workflow_version(mut self) -> Self {
        self.inner.workflow_version = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TopWorkflowsInsightsSummary`].
    pub fn build(self) -> TopWorkflowsInsightsSummary {
        self.inner
    }
}

impl crate::GraphType for TopWorkflowsInsightsSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.topWorkflowsInsightsSummary";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "failedRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "failedUsers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "successfulRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "successfulUsers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalUsers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflowCategory",
            filter: &[],
            orderby: false,
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
            name: "workflowDisplayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflowId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflowVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for TopWorkflowsInsightsSummary {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "failedRuns", &self.failed_runs)?;
        crate::__private::write_field(map, "failedUsers", &self.failed_users)?;
        crate::__private::write_field(map, "successfulRuns", &self.successful_runs)?;
        crate::__private::write_field(map, "successfulUsers", &self.successful_users)?;
        crate::__private::write_field(map, "totalRuns", &self.total_runs)?;
        crate::__private::write_field(map, "totalUsers", &self.total_users)?;
        crate::__private::write_field(map, "workflowCategory", &self.workflow_category)?;
        crate::__private::write_field(map, "workflowDisplayName", &self.workflow_display_name)?;
        crate::__private::write_field(map, "workflowId", &self.workflow_id)?;
        crate::__private::write_field(map, "workflowVersion", &self.workflow_version)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedRuns" => !self.failed_runs.is_absent(),
            "failedUsers" => !self.failed_users.is_absent(),
            "successfulRuns" => !self.successful_runs.is_absent(),
            "successfulUsers" => !self.successful_users.is_absent(),
            "totalRuns" => !self.total_runs.is_absent(),
            "totalUsers" => !self.total_users.is_absent(),
            "workflowCategory" => !self.workflow_category.is_absent(),
            "workflowDisplayName" => !self.workflow_display_name.is_absent(),
            "workflowId" => !self.workflow_id.is_absent(),
            "workflowVersion" => !self.workflow_version.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TopWorkflowsInsightsSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TopWorkflowsInsightsSummary {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.topWorkflowsInsightsSummary` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedRuns" => crate::__private::field(map, &mut self.failed_runs)?,
            "failedUsers" => crate::__private::field(map, &mut self.failed_users)?,
            "successfulRuns" => crate::__private::field(map, &mut self.successful_runs)?,
            "successfulUsers" => crate::__private::field(map, &mut self.successful_users)?,
            "totalRuns" => crate::__private::field(map, &mut self.total_runs)?,
            "totalUsers" => crate::__private::field(map, &mut self.total_users)?,
            "workflowCategory" => crate::__private::field(map, &mut self.workflow_category)?,
            "workflowDisplayName" => crate::__private::field(map, &mut self.workflow_display_name)?,
            "workflowId" => crate::__private::field(map, &mut self.workflow_id)?,
            "workflowVersion" => crate::__private::field(map, &mut self.workflow_version)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TopWorkflowsInsightsSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
