// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-toptasksinsightssummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals for one of the tasks that ran most often in a tenant: its runs (all, successful, failed) and the users it processed.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopTasksInsightsSummary {
    /// Runs of the task that failed.
    pub failed_tasks: crate::Nullable<i32>,
    /// Users the task processed without success.
    pub failed_users: crate::Nullable<i32>,
    /// Runs of the task that succeeded.
    pub successful_tasks: crate::Nullable<i32>,
    /// Users the task processed with success.
    pub successful_users: crate::Nullable<i32>,
    /// Display name of the task.
    pub task_definition_display_name: crate::Nullable<String>,
    /// Identifier of the task definition.
    pub task_definition_id: crate::Nullable<String>,
    /// All runs of the task.
    pub total_tasks: crate::Nullable<i32>,
    /// All users the task processed.
    pub total_users: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TopTasksInsightsSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TopTasksInsightsSummaryBuilder {
        <TopTasksInsightsSummaryBuilder as Default>::default()
    }
}

/// Builds a [`TopTasksInsightsSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TopTasksInsightsSummaryBuilder {
    inner: TopTasksInsightsSummary,
}

impl TopTasksInsightsSummaryBuilder {
    /// Sets `failedTasks`.
    ///
    /// Runs of the task that failed.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of the task that failed.
    pub fn set_failed_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks = value.into();
        self
    }
    /// Sends `failedTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of the task that failed.
    pub fn null_failed_tasks(mut self) -> Self {
        self.inner.failed_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `failedUsers`.
    ///
    /// Users the task processed without success.
    pub fn failed_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// Users the task processed without success.
    pub fn set_failed_users(mut self, value: Option<i32>) -> Self {
        self.inner.failed_users = value.into();
        self
    }
    /// Sends `failedUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users the task processed without success.
    pub fn null_failed_users(mut self) -> Self {
        self.inner.failed_users = crate::Nullable::Null;
        self
    }
    /// Sets `successfulTasks`.
    ///
    /// Runs of the task that succeeded.
    pub fn successful_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of the task that succeeded.
    pub fn set_successful_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.successful_tasks = value.into();
        self
    }
    /// Sends `successfulTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of the task that succeeded.
    pub fn null_successful_tasks(mut self) -> Self {
        self.inner.successful_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `successfulUsers`.
    ///
    /// Users the task processed with success.
    pub fn successful_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// Users the task processed with success.
    pub fn set_successful_users(mut self, value: Option<i32>) -> Self {
        self.inner.successful_users = value.into();
        self
    }
    /// Sends `successfulUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users the task processed with success.
    pub fn null_successful_users(mut self) -> Self {
        self.inner.successful_users = crate::Nullable::Null;
        self
    }
    /// Sets `taskDefinitionDisplayName`.
    ///
    /// Display name of the task.
    pub fn task_definition_display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.task_definition_display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `taskDefinitionDisplayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Display name of the task.
    pub fn set_task_definition_display_name(mut self, value: Option<String>) -> Self {
        self.inner.task_definition_display_name = value.into();
        self
    }
    /// Sends `taskDefinitionDisplayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Display name of the task.
    pub fn null_task_definition_display_name(mut self) -> Self {
        self.inner.task_definition_display_name = crate::Nullable::Null;
        self
    }
    /// Sets `taskDefinitionId`.
    ///
    /// Identifier of the task definition.
    pub fn task_definition_id(mut self, value: impl Into<String>) -> Self {
        self.inner.task_definition_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `taskDefinitionId` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the task definition.
    pub fn set_task_definition_id(mut self, value: Option<String>) -> Self {
        self.inner.task_definition_id = value.into();
        self
    }
    /// Sends `taskDefinitionId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the task definition.
    pub fn null_task_definition_id(mut self) -> Self {
        self.inner.task_definition_id = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasks`.
    ///
    /// All runs of the task.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// All runs of the task.
    pub fn set_total_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks = value.into();
        self
    }
    /// Sends `totalTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All runs of the task.
    pub fn null_total_tasks(mut self) -> Self {
        self.inner.total_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `totalUsers`.
    ///
    /// All users the task processed.
    pub fn total_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// All users the task processed.
    pub fn set_total_users(mut self, value: Option<i32>) -> Self {
        self.inner.total_users = value.into();
        self
    }
    /// Sends `totalUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All users the task processed.
    pub fn null_total_users(mut self) -> Self {
        self.inner.total_users = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TopTasksInsightsSummary`].
    pub fn build(self) -> TopTasksInsightsSummary {
        self.inner
    }
}

impl crate::GraphType for TopTasksInsightsSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.topTasksInsightsSummary";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
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
            name: "taskDefinitionDisplayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "taskDefinitionId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
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

impl crate::__private::WriteFields for TopTasksInsightsSummary {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "failedTasks", &self.failed_tasks)?;
        crate::__private::write_field(map, "failedUsers", &self.failed_users)?;
        crate::__private::write_field(map, "successfulTasks", &self.successful_tasks)?;
        crate::__private::write_field(map, "successfulUsers", &self.successful_users)?;
        crate::__private::write_field(map, "taskDefinitionDisplayName", &self.task_definition_display_name)?;
        crate::__private::write_field(map, "taskDefinitionId", &self.task_definition_id)?;
        crate::__private::write_field(map, "totalTasks", &self.total_tasks)?;
        crate::__private::write_field(map, "totalUsers", &self.total_users)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedTasks" => !self.failed_tasks.is_absent(),
            "failedUsers" => !self.failed_users.is_absent(),
            "successfulTasks" => !self.successful_tasks.is_absent(),
            "successfulUsers" => !self.successful_users.is_absent(),
            "taskDefinitionDisplayName" => !self.task_definition_display_name.is_absent(),
            "taskDefinitionId" => !self.task_definition_id.is_absent(),
            "totalTasks" => !self.total_tasks.is_absent(),
            "totalUsers" => !self.total_users.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TopTasksInsightsSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TopTasksInsightsSummary {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.topTasksInsightsSummary` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedTasks" => crate::__private::field(map, &mut self.failed_tasks)?,
            "failedUsers" => crate::__private::field(map, &mut self.failed_users)?,
            "successfulTasks" => crate::__private::field(map, &mut self.successful_tasks)?,
            "successfulUsers" => crate::__private::field(map, &mut self.successful_users)?,
            "taskDefinitionDisplayName" => crate::__private::field(map, &mut self.task_definition_display_name)?,
            "taskDefinitionId" => crate::__private::field(map, &mut self.task_definition_id)?,
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

impl<'de> serde::Deserialize<'de> for TopTasksInsightsSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
