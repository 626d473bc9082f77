// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflowsinsightsbycategory.md by `cargo xtask regenerate`. Do not edit.
/// Workflow run totals of a tenant (all, successful, failed), split by category: Joiner, Mover and Leaver. Totals per workflow are in topWorkflowsInsightsSummary.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowsInsightsByCategory {
    /// Runs of "Joiner" workflows in the tenant that failed.
    pub failed_joiner_runs: Option<i32>,
    /// Runs of "Leaver" workflows in the tenant that failed.
    pub failed_leaver_runs: Option<i32>,
    /// Runs of "Mover" workflows in the tenant that failed.
    pub failed_mover_runs: Option<i32>,
    /// Runs of "Joiner" workflows in the tenant that succeeded.
    pub successful_joiner_runs: Option<i32>,
    /// Runs of "Leaver" workflows in the tenant that succeeded.
    pub successful_leaver_runs: Option<i32>,
    /// Runs of "Mover" workflows in the tenant that succeeded.
    pub successful_mover_runs: Option<i32>,
    /// All runs of "Joiner" workflows in the tenant.
    pub total_joiner_runs: Option<i32>,
    /// All runs of "Leaver" workflows in the tenant.
    pub total_leaver_runs: Option<i32>,
    /// All runs of "Mover" workflows in the tenant.
    pub total_mover_runs: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowsInsightsByCategory {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowsInsightsByCategoryBuilder {
        WorkflowsInsightsByCategoryBuilder::default()
    }
}

/// Builds a [`WorkflowsInsightsByCategory`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowsInsightsByCategoryBuilder {
    inner: WorkflowsInsightsByCategory,
}

impl WorkflowsInsightsByCategoryBuilder {
    /// Sets `failedJoinerRuns`.
    pub fn failed_joiner_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_joiner_runs = Some(value.into());
        self
    }
    /// Sets `failedLeaverRuns`.
    pub fn failed_leaver_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_leaver_runs = Some(value.into());
        self
    }
    /// Sets `failedMoverRuns`.
    pub fn failed_mover_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_mover_runs = Some(value.into());
        self
    }
    /// Sets `successfulJoinerRuns`.
    pub fn successful_joiner_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_joiner_runs = Some(value.into());
        self
    }
    /// Sets `successfulLeaverRuns`.
    pub fn successful_leaver_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_leaver_runs = Some(value.into());
        self
    }
    /// Sets `successfulMoverRuns`.
    pub fn successful_mover_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_mover_runs = Some(value.into());
        self
    }
    /// Sets `totalJoinerRuns`.
    pub fn total_joiner_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_joiner_runs = Some(value.into());
        self
    }
    /// Sets `totalLeaverRuns`.
    pub fn total_leaver_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_leaver_runs = Some(value.into());
        self
    }
    /// Sets `totalMoverRuns`.
    pub fn total_mover_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_mover_runs = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "failedLeaverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "failedMoverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "successfulJoinerRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "successfulLeaverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "successfulMoverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalJoinerRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalLeaverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalMoverRuns",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for WorkflowsInsightsByCategory {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.failed_joiner_runs {
            map.serialize_entry("failedJoinerRuns", value)?;
        }
        if let Some(value) = &self.failed_leaver_runs {
            map.serialize_entry("failedLeaverRuns", value)?;
        }
        if let Some(value) = &self.failed_mover_runs {
            map.serialize_entry("failedMoverRuns", value)?;
        }
        if let Some(value) = &self.successful_joiner_runs {
            map.serialize_entry("successfulJoinerRuns", value)?;
        }
        if let Some(value) = &self.successful_leaver_runs {
            map.serialize_entry("successfulLeaverRuns", value)?;
        }
        if let Some(value) = &self.successful_mover_runs {
            map.serialize_entry("successfulMoverRuns", value)?;
        }
        if let Some(value) = &self.total_joiner_runs {
            map.serialize_entry("totalJoinerRuns", value)?;
        }
        if let Some(value) = &self.total_leaver_runs {
            map.serialize_entry("totalLeaverRuns", value)?;
        }
        if let Some(value) = &self.total_mover_runs {
            map.serialize_entry("totalMoverRuns", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedJoinerRuns" => self.failed_joiner_runs.is_some(),
            "failedLeaverRuns" => self.failed_leaver_runs.is_some(),
            "failedMoverRuns" => self.failed_mover_runs.is_some(),
            "successfulJoinerRuns" => self.successful_joiner_runs.is_some(),
            "successfulLeaverRuns" => self.successful_leaver_runs.is_some(),
            "successfulMoverRuns" => self.successful_mover_runs.is_some(),
            "totalJoinerRuns" => self.total_joiner_runs.is_some(),
            "totalLeaverRuns" => self.total_leaver_runs.is_some(),
            "totalMoverRuns" => self.total_mover_runs.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedJoinerRuns" => {
                crate::__private::field(
                    map,
                    &mut self.failed_joiner_runs,
                    "failedJoinerRuns",
                    &mut self.additional_properties,
                )?
            }
            "failedLeaverRuns" => {
                crate::__private::field(
                    map,
                    &mut self.failed_leaver_runs,
                    "failedLeaverRuns",
                    &mut self.additional_properties,
                )?
            }
            "failedMoverRuns" => {
                crate::__private::field(
                    map,
                    &mut self.failed_mover_runs,
                    "failedMoverRuns",
                    &mut self.additional_properties,
                )?
            }
            "successfulJoinerRuns" => {
                crate::__private::field(
                    map,
                    &mut self.successful_joiner_runs,
                    "successfulJoinerRuns",
                    &mut self.additional_properties,
                )?
            }
            "successfulLeaverRuns" => {
                crate::__private::field(
                    map,
                    &mut self.successful_leaver_runs,
                    "successfulLeaverRuns",
                    &mut self.additional_properties,
                )?
            }
            "successfulMoverRuns" => {
                crate::__private::field(
                    map,
                    &mut self.successful_mover_runs,
                    "successfulMoverRuns",
                    &mut self.additional_properties,
                )?
            }
            "totalJoinerRuns" => {
                crate::__private::field(
                    map,
                    &mut self.total_joiner_runs,
                    "totalJoinerRuns",
                    &mut self.additional_properties,
                )?
            }
            "totalLeaverRuns" => {
                crate::__private::field(
                    map,
                    &mut self.total_leaver_runs,
                    "totalLeaverRuns",
                    &mut self.additional_properties,
                )?
            }
            "totalMoverRuns" => {
                crate::__private::field(
                    map,
                    &mut self.total_mover_runs,
                    "totalMoverRuns",
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

impl<'de> serde::Deserialize<'de> for WorkflowsInsightsByCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.workflowsInsightsByCategory` object",
        )
    }
}
