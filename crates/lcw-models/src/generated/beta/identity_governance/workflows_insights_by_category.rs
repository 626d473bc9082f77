// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflowsinsightsbycategory.md by `cargo xtask regenerate`. Do not edit.
/// Workflow run totals of a tenant (all, successful, failed), split by category: Joiner, Mover and Leaver. Totals per workflow are in topWorkflowsInsightsSummary.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowsInsightsByCategory {
    /// Runs of "Joiner" workflows in the tenant that failed.
    pub failed_joiner_runs: crate::Nullable<i32>,
    /// Runs of "Leaver" workflows in the tenant that failed.
    pub failed_leaver_runs: crate::Nullable<i32>,
    /// Runs of "Mover" workflows in the tenant that failed.
    pub failed_mover_runs: crate::Nullable<i32>,
    /// Runs of "Joiner" workflows in the tenant that succeeded.
    pub successful_joiner_runs: crate::Nullable<i32>,
    /// Runs of "Leaver" workflows in the tenant that succeeded.
    pub successful_leaver_runs: crate::Nullable<i32>,
    /// Runs of "Mover" workflows in the tenant that succeeded.
    pub successful_mover_runs: crate::Nullable<i32>,
    /// All runs of "Joiner" workflows in the tenant.
    pub total_joiner_runs: crate::Nullable<i32>,
    /// All runs of "Leaver" workflows in the tenant.
    pub total_leaver_runs: crate::Nullable<i32>,
    /// All runs of "Mover" workflows in the tenant.
    pub total_mover_runs: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowsInsightsByCategory {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowsInsightsByCategoryBuilder {
        <WorkflowsInsightsByCategoryBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowsInsightsByCategory`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowsInsightsByCategoryBuilder {
    inner: WorkflowsInsightsByCategory,
}

impl WorkflowsInsightsByCategoryBuilder {
    /// Sets `failedJoinerRuns`.
    ///
    /// Runs of "Joiner" workflows in the tenant that failed.
    pub fn failed_joiner_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_joiner_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedJoinerRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of "Joiner" workflows in the tenant that failed.
    pub fn set_failed_joiner_runs(mut self, value: Option<i32>) -> Self {
        self.inner.failed_joiner_runs = value.into();
        self
    }
    /// Sends `failedJoinerRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of "Joiner" workflows in the tenant that failed.
    pub fn null_failed_joiner_runs(mut self) -> Self {
        self.inner.failed_joiner_runs = crate::Nullable::Null;
        self
    }
    /// Sets `failedLeaverRuns`.
    ///
    /// Runs of "Leaver" workflows in the tenant that failed.
    pub fn failed_leaver_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_leaver_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedLeaverRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of "Leaver" workflows in the tenant that failed.
    pub fn set_failed_leaver_runs(mut self, value: Option<i32>) -> Self {
        self.inner.failed_leaver_runs = value.into();
        self
    }
    /// Sends `failedLeaverRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of "Leaver" workflows in the tenant that failed.
    pub fn null_failed_leaver_runs(mut self) -> Self {
        self.inner.failed_leaver_runs = crate::Nullable::Null;
        self
    }
    /// Sets `failedMoverRuns`.
    ///
    /// Runs of "Mover" workflows in the tenant that failed.
    pub fn failed_mover_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_mover_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedMoverRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of "Mover" workflows in the tenant that failed.
    pub fn set_failed_mover_runs(mut self, value: Option<i32>) -> Self {
        self.inner.failed_mover_runs = value.into();
        self
    }
    /// Sends `failedMoverRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of "Mover" workflows in the tenant that failed.
    pub fn null_failed_mover_runs(mut self) -> Self {
        self.inner.failed_mover_runs = crate::Nullable::Null;
        self
    }
    /// Sets `successfulJoinerRuns`.
    ///
    /// Runs of "Joiner" workflows in the tenant that succeeded.
    pub fn successful_joiner_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_joiner_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulJoinerRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of "Joiner" workflows in the tenant that succeeded.
    pub fn set_successful_joiner_runs(mut self, value: Option<i32>) -> Self {
        self.inner.successful_joiner_runs = value.into();
        self
    }
    /// Sends `successfulJoinerRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of "Joiner" workflows in the tenant that succeeded.
    pub fn null_successful_joiner_runs(mut self) -> Self {
        self.inner.successful_joiner_runs = crate::Nullable::Null;
        self
    }
    /// Sets `successfulLeaverRuns`.
    ///
    /// Runs of "Leaver" workflows in the tenant that succeeded.
    pub fn successful_leaver_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_leaver_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulLeaverRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of "Leaver" workflows in the tenant that succeeded.
    pub fn set_successful_leaver_runs(mut self, value: Option<i32>) -> Self {
        self.inner.successful_leaver_runs = value.into();
        self
    }
    /// Sends `successfulLeaverRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of "Leaver" workflows in the tenant that succeeded.
    pub fn null_successful_leaver_runs(mut self) -> Self {
        self.inner.successful_leaver_runs = crate::Nullable::Null;
        self
    }
    /// Sets `successfulMoverRuns`.
    ///
    /// Runs of "Mover" workflows in the tenant that succeeded.
    pub fn successful_mover_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_mover_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulMoverRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs of "Mover" workflows in the tenant that succeeded.
    pub fn set_successful_mover_runs(mut self, value: Option<i32>) -> Self {
        self.inner.successful_mover_runs = value.into();
        self
    }
    /// Sends `successfulMoverRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs of "Mover" workflows in the tenant that succeeded.
    pub fn null_successful_mover_runs(mut self) -> Self {
        self.inner.successful_mover_runs = crate::Nullable::Null;
        self
    }
    /// Sets `totalJoinerRuns`.
    ///
    /// All runs of "Joiner" workflows in the tenant.
    pub fn total_joiner_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_joiner_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalJoinerRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// All runs of "Joiner" workflows in the tenant.
    pub fn set_total_joiner_runs(mut self, value: Option<i32>) -> Self {
        self.inner.total_joiner_runs = value.into();
        self
    }
    /// Sends `totalJoinerRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All runs of "Joiner" workflows in the tenant.
    pub fn null_total_joiner_runs(mut self) -> Self {
        self.inner.total_joiner_runs = crate::Nullable::Null;
        self
    }
    /// Sets `totalLeaverRuns`.
    ///
    /// All runs of "Leaver" workflows in the tenant.
    pub fn total_leaver_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_leaver_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalLeaverRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// All runs of "Leaver" workflows in the tenant.
    pub fn set_total_leaver_runs(mut self, value: Option<i32>) -> Self {
        self.inner.total_leaver_runs = value.into();
        self
    }
    /// Sends `totalLeaverRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All runs of "Leaver" workflows in the tenant.
    pub fn null_total_leaver_runs(mut self) -> Self {
        self.inner.total_leaver_runs = crate::Nullable::Null;
        self
    }
    /// Sets `totalMoverRuns`.
    ///
    /// All runs of "Mover" workflows in the tenant.
    pub fn total_mover_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_mover_runs = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalMoverRuns` to a value, or leaves it out of the body with `None`.
    ///
    /// All runs of "Mover" workflows in the tenant.
    pub fn set_total_mover_runs(mut self, value: Option<i32>) -> Self {
        self.inner.total_mover_runs = value.into();
        self
    }
    /// Sends `totalMoverRuns` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All runs of "Mover" workflows in the tenant.
    pub fn null_total_mover_runs(mut self) -> Self {
        self.inner.total_mover_runs = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowsInsightsByCategory`].
    pub fn build(self) -> WorkflowsInsightsByCategory {
        self.inner
    }
}

impl crate::GraphType for WorkflowsInsightsByCategory {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowsInsightsByCategory";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "failedJoinerRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "failedLeaverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "failedMoverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "successfulJoinerRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "successfulLeaverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "successfulMoverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalJoinerRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalLeaverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalMoverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for WorkflowsInsightsByCategory {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "failedJoinerRuns", &self.failed_joiner_runs)?;
        crate::__private::write_field(map, "failedLeaverRuns", &self.failed_leaver_runs)?;
        crate::__private::write_field(map, "failedMoverRuns", &self.failed_mover_runs)?;
        crate::__private::write_field(map, "successfulJoinerRuns", &self.successful_joiner_runs)?;
        crate::__private::write_field(map, "successfulLeaverRuns", &self.successful_leaver_runs)?;
        crate::__private::write_field(map, "successfulMoverRuns", &self.successful_mover_runs)?;
        crate::__private::write_field(map, "totalJoinerRuns", &self.total_joiner_runs)?;
        crate::__private::write_field(map, "totalLeaverRuns", &self.total_leaver_runs)?;
        crate::__private::write_field(map, "totalMoverRuns", &self.total_mover_runs)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedJoinerRuns" => !self.failed_joiner_runs.is_absent(),
            "failedLeaverRuns" => !self.failed_leaver_runs.is_absent(),
            "failedMoverRuns" => !self.failed_mover_runs.is_absent(),
            "successfulJoinerRuns" => !self.successful_joiner_runs.is_absent(),
            "successfulLeaverRuns" => !self.successful_leaver_runs.is_absent(),
            "successfulMoverRuns" => !self.successful_mover_runs.is_absent(),
            "totalJoinerRuns" => !self.total_joiner_runs.is_absent(),
            "totalLeaverRuns" => !self.total_leaver_runs.is_absent(),
            "totalMoverRuns" => !self.total_mover_runs.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkflowsInsightsByCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowsInsightsByCategory {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowsInsightsByCategory` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedJoinerRuns" => crate::__private::field(map, &mut self.failed_joiner_runs)?,
            "failedLeaverRuns" => crate::__private::field(map, &mut self.failed_leaver_runs)?,
            "failedMoverRuns" => crate::__private::field(map, &mut self.failed_mover_runs)?,
            "successfulJoinerRuns" => crate::__private::field(map, &mut self.successful_joiner_runs)?,
            "successfulLeaverRuns" => crate::__private::field(map, &mut self.successful_leaver_runs)?,
            "successfulMoverRuns" => crate::__private::field(map, &mut self.successful_mover_runs)?,
            "totalJoinerRuns" => crate::__private::field(map, &mut self.total_joiner_runs)?,
            "totalLeaverRuns" => crate::__private::field(map, &mut self.total_leaver_runs)?,
            "totalMoverRuns" => crate::__private::field(map, &mut self.total_mover_runs)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowsInsightsByCategory {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
