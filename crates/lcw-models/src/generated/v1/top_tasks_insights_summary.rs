// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-toptasksinsightssummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals for one of the tasks that ran most often in a tenant: its runs (all, successful, failed) and the users it processed.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopTasksInsightsSummary {
    /// Runs of the task that failed.
    pub failed_tasks: Option<i32>,
    /// Users the task processed without success.
    pub failed_users: Option<i32>,
    /// Runs of the task that succeeded.
    pub successful_tasks: Option<i32>,
    /// Users the task processed with success.
    pub successful_users: Option<i32>,
    /// Display name of the task.
    pub task_definition_display_name: Option<String>,
    /// Identifier of the task definition.
    pub task_definition_id: Option<String>,
    /// All runs of the task.
    pub total_tasks: Option<i32>,
    /// All users the task processed.
    pub total_users: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TopTasksInsightsSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TopTasksInsightsSummaryBuilder {
        TopTasksInsightsSummaryBuilder::default()
    }
}

/// Builds a [`TopTasksInsightsSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TopTasksInsightsSummaryBuilder {
    inner: TopTasksInsightsSummary,
}

impl TopTasksInsightsSummaryBuilder {
    /// Sets `failedTasks`.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = Some(value.into());
        self
    }
    /// Sets `failedUsers`.
    pub fn failed_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users = Some(value.into());
        self
    }
    /// Sets `successfulTasks`.
    pub fn successful_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_tasks = Some(value.into());
        self
    }
    /// Sets `successfulUsers`.
    pub fn successful_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users = Some(value.into());
        self
    }
    /// Sets `taskDefinitionDisplayName`.
    pub fn task_definition_display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.task_definition_display_name = Some(value.into());
        self
    }
    /// Sets `taskDefinitionId`.
    pub fn task_definition_id(mut self, value: impl Into<String>) -> Self {
        self.inner.task_definition_id = Some(value.into());
        self
    }
    /// Sets `totalTasks`.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = Some(value.into());
        self
    }
    /// Sets `totalUsers`.
    pub fn total_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "failedUsers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "successfulTasks",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "successfulUsers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "taskDefinitionDisplayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "taskDefinitionId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "totalTasks",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalUsers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for TopTasksInsightsSummary {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.failed_tasks {
            map.serialize_entry("failedTasks", value)?;
        }
        if let Some(value) = &self.failed_users {
            map.serialize_entry("failedUsers", value)?;
        }
        if let Some(value) = &self.successful_tasks {
            map.serialize_entry("successfulTasks", value)?;
        }
        if let Some(value) = &self.successful_users {
            map.serialize_entry("successfulUsers", value)?;
        }
        if let Some(value) = &self.task_definition_display_name {
            map.serialize_entry("taskDefinitionDisplayName", value)?;
        }
        if let Some(value) = &self.task_definition_id {
            map.serialize_entry("taskDefinitionId", value)?;
        }
        if let Some(value) = &self.total_tasks {
            map.serialize_entry("totalTasks", value)?;
        }
        if let Some(value) = &self.total_users {
            map.serialize_entry("totalUsers", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedTasks" => self.failed_tasks.is_some(),
            "failedUsers" => self.failed_users.is_some(),
            "successfulTasks" => self.successful_tasks.is_some(),
            "successfulUsers" => self.successful_users.is_some(),
            "taskDefinitionDisplayName" => self.task_definition_display_name.is_some(),
            "taskDefinitionId" => self.task_definition_id.is_some(),
            "totalTasks" => self.total_tasks.is_some(),
            "totalUsers" => self.total_users.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedTasks" => {
                crate::__private::field(
                    map,
                    &mut self.failed_tasks,
                    "failedTasks",
                    &mut self.additional_properties,
                )?
            }
            "failedUsers" => {
                crate::__private::field(
                    map,
                    &mut self.failed_users,
                    "failedUsers",
                    &mut self.additional_properties,
                )?
            }
            "successfulTasks" => {
                crate::__private::field(
                    map,
                    &mut self.successful_tasks,
                    "successfulTasks",
                    &mut self.additional_properties,
                )?
            }
            "successfulUsers" => {
                crate::__private::field(
                    map,
                    &mut self.successful_users,
                    "successfulUsers",
                    &mut self.additional_properties,
                )?
            }
            "taskDefinitionDisplayName" => {
                crate::__private::field(
                    map,
                    &mut self.task_definition_display_name,
                    "taskDefinitionDisplayName",
                    &mut self.additional_properties,
                )?
            }
            "taskDefinitionId" => {
                crate::__private::field(
                    map,
                    &mut self.task_definition_id,
                    "taskDefinitionId",
                    &mut self.additional_properties,
                )?
            }
            "totalTasks" => {
                crate::__private::field(
                    map,
                    &mut self.total_tasks,
                    "totalTasks",
                    &mut self.additional_properties,
                )?
            }
            "totalUsers" => {
                crate::__private::field(
                    map,
                    &mut self.total_users,
                    "totalUsers",
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

impl<'de> serde::Deserialize<'de> for TopTasksInsightsSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.topTasksInsightsSummary` object",
        )
    }
}
