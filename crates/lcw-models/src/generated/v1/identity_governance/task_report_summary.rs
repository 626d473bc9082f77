// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-taskreportsummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals of the task processing results within a chosen period, so that an administrator sees at a glance how many tasks succeeded, failed, were left unprocessed, and ran overall.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskReportSummary {
    /// Tasks of the report that failed.
    pub failed_tasks: crate::Nullable<i32>,
    /// Tasks of the report that succeeded.
    pub successful_tasks: crate::Nullable<i32>,
    /// All tasks covered by the report.
    pub total_tasks: crate::Nullable<i32>,
    /// Tasks of the report that were not processed.
    pub unprocessed_tasks: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskReportSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskReportSummaryBuilder {
        <TaskReportSummaryBuilder as Default>::default()
    }
}

/// Builds a [`TaskReportSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskReportSummaryBuilder {
    inner: TaskReportSummary,
}

impl TaskReportSummaryBuilder {
    /// Sets `failedTasks`.
    ///
    /// Tasks of the report that failed.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks of the report that failed.
    pub fn set_failed_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks = value.into();
        self
    }
    /// Sends `failedTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks of the report that failed.
    pub fn null_failed_tasks(mut self) -> Self {
        self.inner.failed_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `successfulTasks`.
    ///
    /// Tasks of the report that succeeded.
    pub fn successful_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks of the report that succeeded.
    pub fn set_successful_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.successful_tasks = value.into();
        self
    }
    /// Sends `successfulTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks of the report that succeeded.
    pub fn null_successful_tasks(mut self) -> Self {
        self.inner.successful_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasks`.
    ///
    /// All tasks covered by the report.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// All tasks covered by the report.
    pub fn set_total_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks = value.into();
        self
    }
    /// Sends `totalTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All tasks covered by the report.
    pub fn null_total_tasks(mut self) -> Self {
        self.inner.total_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `unprocessedTasks`.
    ///
    /// Tasks of the report that were not processed.
    pub fn unprocessed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.unprocessed_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `unprocessedTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks of the report that were not processed.
    pub fn set_unprocessed_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.unprocessed_tasks = value.into();
        self
    }
    /// Sends `unprocessedTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks of the report that were not processed.
    pub fn null_unprocessed_tasks(mut self) -> Self {
        self.inner.unprocessed_tasks = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TaskReportSummary`].
    pub fn build(self) -> TaskReportSummary {
        self.inner
    }
}

impl crate::GraphType for TaskReportSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.taskReportSummary";
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
            name: "successfulTasks",
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
            name: "unprocessedTasks",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for TaskReportSummary {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "failedTasks", &self.failed_tasks)?;
        crate::__private::write_field(map, "successfulTasks", &self.successful_tasks)?;
        crate::__private::write_field(map, "totalTasks", &self.total_tasks)?;
        crate::__private::write_field(map, "unprocessedTasks", &self.unprocessed_tasks)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedTasks" => !self.failed_tasks.is_absent(),
            "successfulTasks" => !self.successful_tasks.is_absent(),
            "totalTasks" => !self.total_tasks.is_absent(),
            "unprocessedTasks" => !self.unprocessed_tasks.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TaskReportSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TaskReportSummary {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.taskReportSummary` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedTasks" => crate::__private::field(map, &mut self.failed_tasks)?,
            "successfulTasks" => crate::__private::field(map, &mut self.successful_tasks)?,
            "totalTasks" => crate::__private::field(map, &mut self.total_tasks)?,
            "unprocessedTasks" => crate::__private::field(map, &mut self.unprocessed_tasks)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TaskReportSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
