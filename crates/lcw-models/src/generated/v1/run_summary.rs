// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-runsummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals over the workflow runs of a chosen period. The counts give administrators a quick overview.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunSummary {
    /// How many workflow runs failed.
    pub failed_runs: Option<i32>,
    /// How many tasks of the workflow failed.
    pub failed_tasks: Option<i32>,
    /// How many workflow runs succeeded.
    pub successful_runs: Option<i32>,
    /// How many times the workflow ran in total.
    pub total_runs: Option<i32>,
    /// How many tasks the workflow processed in total.
    pub total_tasks: Option<i32>,
    /// How many users the workflow processed in total.
    pub total_users: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RunSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> RunSummaryBuilder {
        RunSummaryBuilder::default()
    }
}

/// Builds a [`RunSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct RunSummaryBuilder {
    inner: RunSummary,
}

impl RunSummaryBuilder {
    /// Sets `failedRuns`.
    pub fn failed_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_runs = Some(value.into());
        self
    }
    /// Sets `failedTasks`.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = Some(value.into());
        self
    }
    /// Sets `successfulRuns`.
    pub fn successful_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_runs = Some(value.into());
        self
    }
    /// Sets `totalRuns`.
    pub fn total_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_runs = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "failedTasks",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "successfulRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalRuns",
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

impl crate::__private::WriteFields for RunSummary {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.failed_runs {
            map.serialize_entry("failedRuns", value)?;
        }
        if let Some(value) = &self.failed_tasks {
            map.serialize_entry("failedTasks", value)?;
        }
        if let Some(value) = &self.successful_runs {
            map.serialize_entry("successfulRuns", value)?;
        }
        if let Some(value) = &self.total_runs {
            map.serialize_entry("totalRuns", value)?;
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
            "failedRuns" => self.failed_runs.is_some(),
            "failedTasks" => self.failed_tasks.is_some(),
            "successfulRuns" => self.successful_runs.is_some(),
            "totalRuns" => self.total_runs.is_some(),
            "totalTasks" => self.total_tasks.is_some(),
            "totalUsers" => self.total_users.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedRuns" => {
                crate::__private::field(
                    map,
                    &mut self.failed_runs,
                    "failedRuns",
                    &mut self.additional_properties,
                )?
            }
            "failedTasks" => {
                crate::__private::field(
                    map,
                    &mut self.failed_tasks,
                    "failedTasks",
                    &mut self.additional_properties,
                )?
            }
            "successfulRuns" => {
                crate::__private::field(
                    map,
                    &mut self.successful_runs,
                    "successfulRuns",
                    &mut self.additional_properties,
                )?
            }
            "totalRuns" => {
                crate::__private::field(
                    map,
                    &mut self.total_runs,
                    "totalRuns",
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

impl<'de> serde::Deserialize<'de> for RunSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.runSummary` object",
        )
    }
}
