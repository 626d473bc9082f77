// Generated from docs-src/api-reference/beta/resources/identitygovernance-usersummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals over the users that a Lifecycle Workflows workflow processed: counts of failed, successful, and all tasks and users.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserSummary {
    /// How many tasks failed for users the workflow processed.
    pub failed_tasks: crate::Nullable<i32>,
    /// How many processed users failed.
    pub failed_users: crate::Nullable<i32>,
    /// How many processed users succeeded.
    pub successful_users: crate::Nullable<i32>,
    /// How many tasks ran for users the workflow processed.
    pub total_tasks: crate::Nullable<i32>,
    /// How many users the workflow processed.
    pub total_users: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> UserSummaryBuilder {
        <UserSummaryBuilder as Default>::default()
    }
}

/// Builds a [`UserSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct UserSummaryBuilder {
    inner: UserSummary,
}

impl UserSummaryBuilder {
    /// Sets `failedTasks`.
    ///
    /// How many tasks failed for users the workflow processed.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks failed for users the workflow processed.
    pub fn set_failed_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks = value.into();
        self
    }
    /// Sends `failedTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks failed for users the workflow processed.
    pub fn null_failed_tasks(mut self) -> Self {
        self.inner.failed_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `failedUsers`.
    ///
    /// How many processed users failed.
    pub fn failed_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// How many processed users failed.
    pub fn set_failed_users(mut self, value: Option<i32>) -> Self {
        self.inner.failed_users = value.into();
        self
    }
    /// Sends `failedUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many processed users failed.
    pub fn null_failed_users(mut self) -> Self {
        self.inner.failed_users = crate::Nullable::Null;
        self
    }
    /// Sets `successfulUsers`.
    ///
    /// How many processed users succeeded.
    pub fn successful_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// How many processed users succeeded.
    pub fn set_successful_users(mut self, value: Option<i32>) -> Self {
        self.inner.successful_users = value.into();
        self
    }
    /// Sends `successfulUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many processed users succeeded.
    pub fn null_successful_users(mut self) -> Self {
        self.inner.successful_users = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasks`.
    ///
    /// How many tasks ran for users the workflow processed.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks ran for users the workflow processed.
    pub fn set_total_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks = value.into();
        self
    }
    /// Sends `totalTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks ran for users the workflow processed.
    pub fn null_total_tasks(mut self) -> Self {
        self.inner.total_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `totalUsers`.
    ///
    /// How many users the workflow processed.
    pub fn total_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users the workflow processed.
    pub fn set_total_users(mut self, value: Option<i32>) -> Self {
        self.inner.total_users = value.into();
        self
    }
    /// Sends `totalUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users the workflow processed.
    pub fn null_total_users(mut self) -> Self {
        self.inner.total_users = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            name: "successfulUsers",
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

impl crate::__private::WriteFields for UserSummary {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "failedTasks", &self.failed_tasks)?;
        crate::__private::write_field(map, "failedUsers", &self.failed_users)?;
        crate::__private::write_field(map, "successfulUsers", &self.successful_users)?;
        crate::__private::write_field(map, "totalTasks", &self.total_tasks)?;
        crate::__private::write_field(map, "totalUsers", &self.total_users)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedTasks" => !self.failed_tasks.is_absent(),
            "failedUsers" => !self.failed_users.is_absent(),
            "successfulUsers" => !self.successful_users.is_absent(),
            "totalTasks" => !self.total_tasks.is_absent(),
            "totalUsers" => !self.total_users.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.userSummary` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedTasks" => crate::__private::field(map, &mut self.failed_tasks)?,
            "failedUsers" => crate::__private::field(map, &mut self.failed_users)?,
            "successfulUsers" => crate::__private::field(map, &mut self.successful_users)?,
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

impl<'de> serde::Deserialize<'de> for UserSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
