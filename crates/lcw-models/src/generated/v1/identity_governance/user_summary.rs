// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-usersummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals of the user processing results within a chosen period, giving an administrator a quick view of how many users and tasks succeeded or failed.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserSummary {
    /// Tasks that failed for the users counted in the summary.
    pub failed_tasks: crate::Nullable<i32>,
    /// Users in the summary whose processing failed.
    pub failed_users: crate::Nullable<i32>,
    /// Users in the summary whose processing succeeded.
    pub successful_users: crate::Nullable<i32>,
    /// All tasks run for the users in the summary.
    pub total_tasks: crate::Nullable<i32>,
    /// All users counted in the summary
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
    /// Tasks that failed for the users counted in the summary.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks that failed for the users counted in the summary.
    pub fn set_failed_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks = value.into();
        self
    }
    /// Sends `failedTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks that failed for the users counted in the summary.
    pub fn null_failed_tasks(mut self) -> Self {
        self.inner.failed_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `failedUsers`.
    ///
    /// Users in the summary whose processing failed.
    pub fn failed_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// Users in the summary whose processing failed.
    pub fn set_failed_users(mut self, value: Option<i32>) -> Self {
        self.inner.failed_users = value.into();
        self
    }
    /// Sends `failedUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users in the summary whose processing failed.
    pub fn null_failed_users(mut self) -> Self {
        self.inner.failed_users = crate::Nullable::Null;
        self
    }
    /// Sets `successfulUsers`.
    ///
    /// Users in the summary whose processing succeeded.
    pub fn successful_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// Users in the summary whose processing succeeded.
    pub fn set_successful_users(mut self, value: Option<i32>) -> Self {
        self.inner.successful_users = value.into();
        self
    }
    /// Sends `successfulUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Users in the summary whose processing succeeded.
    pub fn null_successful_users(mut self) -> Self {
        self.inner.successful_users = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasks`.
    ///
    /// All tasks run for the users in the summary.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// All tasks run for the users in the summary.
    pub fn set_total_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks = value.into();
        self
    }
    /// Sends `totalTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All tasks run for the users in the summary.
    pub fn null_total_tasks(mut self) -> Self {
        self.inner.total_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `totalUsers`.
    ///
    /// All users counted in the summary
    pub fn total_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// All users counted in the summary
    pub fn set_total_users(mut self, value: Option<i32>) -> Self {
        self.inner.total_users = value.into();
        self
    }
    /// Sends `totalUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All users counted in the summary
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
