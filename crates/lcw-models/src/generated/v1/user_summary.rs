// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-usersummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals of the user processing results within a chosen period, giving an administrator a quick view of how many users and tasks succeeded or failed.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserSummary {
    /// Tasks that failed for the users counted in the summary.
    pub failed_tasks: Option<i32>,
    /// Users in the summary whose processing failed.
    pub failed_users: Option<i32>,
    /// Users in the summary whose processing succeeded.
    pub successful_users: Option<i32>,
    /// All tasks run for the users in the summary.
    pub total_tasks: Option<i32>,
    /// All users counted in the summary
    pub total_users: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> UserSummaryBuilder {
        UserSummaryBuilder::default()
    }
}

/// Builds a [`UserSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct UserSummaryBuilder {
    inner: UserSummary,
}

impl UserSummaryBuilder {
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
    /// Sets `successfulUsers`.
    pub fn successful_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users = Some(value.into());
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
    /// The finished [`UserSummary`].
    pub fn build(self) -> UserSummary {
        self.inner
    }
}

impl crate::GraphType for UserSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.userSummary";
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
            name: "successfulUsers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
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

impl crate::__private::WriteFields for UserSummary {
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
        if let Some(value) = &self.successful_users {
            map.serialize_entry("successfulUsers", value)?;
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
            "successfulUsers" => self.successful_users.is_some(),
            "totalTasks" => self.total_tasks.is_some(),
            "totalUsers" => self.total_users.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for UserSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for UserSummary {
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
            "successfulUsers" => {
                crate::__private::field(
                    map,
                    &mut self.successful_users,
                    "successfulUsers",
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

impl<'de> serde::Deserialize<'de> for UserSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.userSummary` object",
        )
    }
}
