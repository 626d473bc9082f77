// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-runsummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals over the workflow runs of a chosen period. The counts give administrators a quick overview.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunSummary {
    /// How many workflow runs failed.
    pub failed_runs: crate::Nullable<i32>,
    /// How many tasks of the workflow failed.
    pub failed_tasks: crate::Nullable<i32>,
    /// How many workflow runs succeeded.
    pub successful_runs: crate::Nullable<i32>,
    /// How many times the workflow ran in total.
    pub total_runs: crate::Nullable<i32>,
    /// How many tasks the workflow processed in total.
    pub total_tasks: crate::Nullable<i32>,
    /// How many users the workflow processed in total.
    pub total_users: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RunSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> RunSummaryBuilder {
        <RunSummaryBuilder as Default>::default()
    }
}

/// Builds a [`RunSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct RunSummaryBuilder {
    inner: RunSummary,
}

impl RunSummaryBuilder {
    /// Sets `failedRuns`.
    ///
    /// How many workflow runs failed.
    pub fn failed_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// How many workflow runs failed.
    pub fn set_failed_runs(mut self, value: Option<i32>) -> Self {
        self.inner.failed_runs = value.into();
        self
    }
    /// Sends `failedRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many workflow runs failed.
    pub fn null_failed_runs(mut self) -> Self {
        self.inner.failed_runs = crate::Nullable::Null;
        self
    }
    /// Sets `failedTasks`.
    ///
    /// How many tasks of the workflow failed.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks of the workflow failed.
    pub fn set_failed_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks = value.into();
        self
    }
    /// Sends `failedTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks of the workflow failed.
    pub fn null_failed_tasks(mut self) -> Self {
        self.inner.failed_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `successfulRuns`.
    ///
    /// How many workflow runs succeeded.
    pub fn successful_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// How many workflow runs succeeded.
    pub fn set_successful_runs(mut self, value: Option<i32>) -> Self {
        self.inner.successful_runs = value.into();
        self
    }
    /// Sends `successfulRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many workflow runs succeeded.
    pub fn null_successful_runs(mut self) -> Self {
        self.inner.successful_runs = crate::Nullable::Null;
        self
    }
    /// Sets `totalRuns`.
    ///
    /// How many times the workflow ran in total.
    pub fn total_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// How many times the workflow ran in total.
    pub fn set_total_runs(mut self, value: Option<i32>) -> Self {
        self.inner.total_runs = value.into();
        self
    }
    /// Sends `totalRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many times the workflow ran in total.
    pub fn null_total_runs(mut self) -> Self {
        self.inner.total_runs = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasks`.
    ///
    /// How many tasks the workflow processed in total.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// How many tasks the workflow processed in total.
    pub fn set_total_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks = value.into();
        self
    }
    /// Sends `totalTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many tasks the workflow processed in total.
    pub fn null_total_tasks(mut self) -> Self {
        self.inner.total_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `totalUsers`.
    ///
    /// How many users the workflow processed in total.
    pub fn total_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalUsers` to a value, or leaves it out of the body with `None`.
    ///
    /// How many users the workflow processed in total.
    pub fn set_total_users(mut self, value: Option<i32>) -> Self {
        self.inner.total_users = value.into();
        self
    }
    /// Sends `totalUsers` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How many users the workflow processed in total.
    pub fn null_total_users(mut self) -> Self {
        self.inner.total_users = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`RunSummary`].
    pub fn build(self) -> RunSummary {
        self.inner
    }
}

impl crate::GraphType for RunSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.runSummary";
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
            name: "successfulRuns",
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

impl crate::__private::WriteFields for RunSummary {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "failedRuns", &self.failed_runs)?;
        crate::__private::write_field(map, "failedTasks", &self.failed_tasks)?;
        crate::__private::write_field(map, "successfulRuns", &self.successful_runs)?;
        crate::__private::write_field(map, "totalRuns", &self.total_runs)?;
        crate::__private::write_field(map, "totalTasks", &self.total_tasks)?;
        crate::__private::write_field(map, "totalUsers", &self.total_users)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedRuns" => !self.failed_runs.is_absent(),
            "failedTasks" => !self.failed_tasks.is_absent(),
            "successfulRuns" => !self.successful_runs.is_absent(),
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

impl serde::Serialize for RunSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for RunSummary {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.runSummary` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedRuns" => crate::__private::field(map, &mut self.failed_runs)?,
            "failedTasks" => crate::__private::field(map, &mut self.failed_tasks)?,
            "successfulRuns" => crate::__private::field(map, &mut self.successful_runs)?,
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

impl<'de> serde::Deserialize<'de> for RunSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
