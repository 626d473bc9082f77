// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-workflowsinsightssummary.md by `cargo xtask regenerate`. Do not edit.
/// Tenant-wide totals over all lifecycle workflow runs: how many runs, users and tasks were processed, and how many of each succeeded or failed. Totals per task and per workflow are in topTasksInsightsSummary and topWorkflowsInsightsSummary.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowsInsightsSummary {
    /// Workflow runs in the tenant that failed.
    pub failed_runs: crate::Nullable<i32>,
    /// Tasks in the tenant that failed.
    pub failed_tasks: crate::Nullable<i32>,
    /// Users whose processing by workflows of the tenant failed.
    pub failed_users: crate::Nullable<i32>,
    /// Workflow runs in the tenant that succeeded.
    pub successful_runs: crate::Nullable<i32>,
    /// Tasks in the tenant that succeeded.
    pub successful_tasks: crate::Nullable<i32>,
    /// Users whose processing by workflows of the tenant succeeded.
    pub successful_users: crate::Nullable<i32>,
    /// All workflow runs in the tenant.
    pub total_runs: crate::Nullable<i32>,
    /// All tasks run by workflows of the tenant.
    pub total_tasks: crate::Nullable<i32>,
    /// All users processed by workflows of the tenant.
    pub total_users: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowsInsightsSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowsInsightsSummaryBuilder {
        <WorkflowsInsightsSummaryBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowsInsightsSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowsInsightsSummaryBuilder {
    inner: WorkflowsInsightsSummary,
}

impl WorkflowsInsightsSummaryBuilder {
    /// Sets `failedRuns`.
    ///
    /// Workflow runs in the tenant that failed.
    pub fn failed_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Workflow runs in the tenant that failed.
    pub fn set_failed_runs(mut self, value: Option<i32>) -> Self {
        self.inner.failed_runs = value.into();
        self
    }
    /// Sends `failedRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Workflow runs in the tenant that failed.
    pub fn null_failed_runs(mut self) -> Self {
        self.inner.failed_runs = crate::Nullable::Null;
        self
    }
    /// Sets `failedTasks`.
    ///
    /// Tasks in the tenant that failed.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks in the tenant that failed.
    pub fn set_failed_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks = value.into();
        self
    }
    /// Sends `failedTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks in the tenant that failed.
    pub fn null_failed_tasks(mut self) -> Self {
        self.inner.failed_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `failedUsers`.
    ///
    /// Users whose processing by workflows of the tenant failed.
    pub fn failed_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// Users whose processing by workflows of the tenant failed.
    pub fn set_failed_users(mut self, value: Option<i32>) -> Self {
        self.inner.failed_users = value.into();
        self
    }
    /// Sends `failedUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users whose processing by workflows of the tenant failed.
    pub fn null_failed_users(mut self) -> Self {
        self.inner.failed_users = crate::Nullable::Null;
        self
    }
    /// Sets `successfulRuns`.
    ///
    /// Workflow runs in the tenant that succeeded.
    pub fn successful_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Workflow runs in the tenant that succeeded.
    pub fn set_successful_runs(mut self, value: Option<i32>) -> Self {
        self.inner.successful_runs = value.into();
        self
    }
    /// Sends `successfulRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Workflow runs in the tenant that succeeded.
    pub fn null_successful_runs(mut self) -> Self {
        self.inner.successful_runs = crate::Nullable::Null;
        self
    }
    /// Sets `successfulTasks`.
    ///
    /// Tasks in the tenant that succeeded.
    pub fn successful_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks in the tenant that succeeded.
    pub fn set_successful_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.successful_tasks = value.into();
        self
    }
    /// Sends `successfulTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks in the tenant that succeeded.
    pub fn null_successful_tasks(mut self) -> Self {
        self.inner.successful_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `successfulUsers`.
    ///
    /// Users whose processing by workflows of the tenant succeeded.
    pub fn successful_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// Users whose processing by workflows of the tenant succeeded.
    pub fn set_successful_users(mut self, value: Option<i32>) -> Self {
        self.inner.successful_users = value.into();
        self
    }
    /// Sends `successfulUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users whose processing by workflows of the tenant succeeded.
    pub fn null_successful_users(mut self) -> Self {
        self.inner.successful_users = crate::Nullable::Null;
        self
    }
    /// Sets `totalRuns`.
    ///
    /// All workflow runs in the tenant.
    pub fn total_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// All workflow runs in the tenant.
    pub fn set_total_runs(mut self, value: Option<i32>) -> Self {
        self.inner.total_runs = value.into();
        self
    }
    /// Sends `totalRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All workflow runs in the tenant.
    pub fn null_total_runs(mut self) -> Self {
        self.inner.total_runs = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasks`.
    ///
    /// All tasks run by workflows of the tenant.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// All tasks run by workflows of the tenant.
    pub fn set_total_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks = value.into();
        self
    }
    /// Sends `totalTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All tasks run by workflows of the tenant.
    pub fn null_total_tasks(mut self) -> Self {
        self.inner.total_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `totalUsers`.
    ///
    /// All users processed by workflows of the tenant.
    pub fn total_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// All users processed by workflows of the tenant.
    pub fn set_total_users(mut self, value: Option<i32>) -> Self {
        self.inner.total_users = value.into();
        self
    }
    /// Sends `totalUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All users processed by workflows of the tenant.
    pub fn null_total_users(mut self) -> Self {
        self.inner.total_users = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowsInsightsSummary`].
    pub fn build(self) -> WorkflowsInsightsSummary {
        self.inner
    }
}

impl crate::GraphType for WorkflowsInsightsSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowsInsightsSummary";
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
            name: "failedTasks",
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
            name: "successfulTasks",
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
            name: "totalTasks",
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
    ];
}

impl crate::__private::WriteFields for WorkflowsInsightsSummary {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "failedRuns", &self.failed_runs)?;
        crate::__private::write_field(map, "failedTasks", &self.failed_tasks)?;
        crate::__private::write_field(map, "failedUsers", &self.failed_users)?;
        crate::__private::write_field(map, "successfulRuns", &self.successful_runs)?;
        crate::__private::write_field(map, "successfulTasks", &self.successful_tasks)?;
        crate::__private::write_field(map, "successfulUsers", &self.successful_users)?;
        crate::__private::write_field(map, "totalRuns", &self.total_runs)?;
        crate::__private::write_field(map, "totalTasks", &self.total_tasks)?;
        crate::__private::write_field(map, "totalUsers", &self.total_users)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedRuns" => !self.failed_runs.is_absent(),
            "failedTasks" => !self.failed_tasks.is_absent(),
            "failedUsers" => !self.failed_users.is_absent(),
            "successfulRuns" => !self.successful_runs.is_absent(),
            "successfulTasks" => !self.successful_tasks.is_absent(),
            "successfulUsers" => !self.successful_users.is_absent(),
            "totalRuns" => !self.total_runs.is_absent(),
            "totalTasks" => !self.total_tasks.is_absent(),
            "totalUsers" => !self.total_users.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkflowsInsightsSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowsInsightsSummary {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowsInsightsSummary` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedRuns" => crate::__private::field(map, &mut self.failed_runs)?,
            "failedTasks" => crate::__private::field(map, &mut self.failed_tasks)?,
            "failedUsers" => crate::__private::field(map, &mut self.failed_users)?,
            "successfulRuns" => crate::__private::field(map, &mut self.successful_runs)?,
            "successfulTasks" => crate::__private::field(map, &mut self.successful_tasks)?,
            "successfulUsers" => crate::__private::field(map, &mut self.successful_users)?,
            "totalRuns" => crate::__private::field(map, &mut self.total_runs)?,
            "totalTasks" => crate::__private::field(map, &mut self.total_tasks)?,
            "totalUsers" => crate::__private::field(map, &mut self.total_users)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowsInsightsSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
