// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-topworkflowsinsightssummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals for one of the workflows that ran most often in a tenant: which workflow it is, and how its runs and the users it processed turned out (all, successful, failed).
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopWorkflowsInsightsSummary {
    /// Runs of the workflow that failed.
    pub failed_runs: Option<i32>,
    /// Users whose processing by the workflow failed.
    pub failed_users: Option<i32>,
    /// Runs of the workflow that succeeded.
    pub successful_runs: Option<i32>,
    /// Users the workflow processed with success.
    pub successful_users: Option<i32>,
    /// All runs of the workflow.
    pub total_runs: Option<i32>,
    /// All users the workflow processed.
    pub total_users: Option<i32>,
    /// Lifecycle scenario of the workflow. The possible values are: `joiner`, `leaver`, `unknownFutureValue`, `mover`. The `mover` member of this evolvable enum is only returned with the `Prefer: include-unknown-enum-members` request header.
    pub workflow_category: Option<super::LifecycleWorkflowCategory>,
    /// Display name of the workflow.
    pub workflow_display_name: Option<String>,
    /// Identifier of the workflow.
    pub workflow_id: Option<String>,
    /// Version of the workflow these totals belong to.
    pub workflow_version: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TopWorkflowsInsightsSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TopWorkflowsInsightsSummaryBuilder {
        TopWorkflowsInsightsSummaryBuilder::default()
    }
}

/// Builds a [`TopWorkflowsInsightsSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TopWorkflowsInsightsSummaryBuilder {
    inner: TopWorkflowsInsightsSummary,
}

impl TopWorkflowsInsightsSummaryBuilder {
    /// Sets `failedRuns`.
    pub fn failed_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_runs = Some(value.into());
        self
    }
    /// Sets `failedUsers`.
    pub fn failed_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_users = Some(value.into());
        self
    }
    /// Sets `successfulRuns`.
    pub fn successful_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_runs = Some(value.into());
        self
    }
    /// Sets `successfulUsers`.
    pub fn successful_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_users = Some(value.into());
        self
    }
    /// Sets `totalRuns`.
    pub fn total_runs(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_runs = Some(value.into());
        self
    }
    /// Sets `totalUsers`.
    pub fn total_users(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_users = Some(value.into());
        self
    }
    /// Sets `workflowCategory`.
    pub fn workflow_category(
        mut self,
        value: impl Into<super::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.workflow_category = Some(value.into());
        self
    }
    /// Sets `workflowDisplayName`.
    pub fn workflow_display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.workflow_display_name = Some(value.into());
        self
    }
    /// Sets `workflowId`.
    pub fn workflow_id(mut self, value: impl Into<String>) -> Self {
        self.inner.workflow_id = Some(value.into());
        self
    }
    /// Sets `workflowVersion`.
    pub fn workflow_version(mut self, value: impl Into<i32>) -> Self {
        self.inner.workflow_version = Some(value.into());
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
    /// The finished [`TopWorkflowsInsightsSummary`].
    pub fn build(self) -> TopWorkflowsInsightsSummary {
        self.inner
    }
}

impl crate::GraphType for TopWorkflowsInsightsSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.topWorkflowsInsightsSummary";
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
            name: "failedUsers",
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
            name: "successfulUsers",
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
            name: "totalUsers",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "workflowCategory",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleWorkflowCategory",
                members: &[
                    "joiner",
                    "leaver",
                    "unknownFutureValue",
                    "mover",
                    "extensibility",
                ],
                after_sentinel: &["mover", "extensibility"],
                flags: false,
            },
        },
        crate::PropertyInfo {
            name: "workflowDisplayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "workflowId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "workflowVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for TopWorkflowsInsightsSummary {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.failed_runs {
            map.serialize_entry("failedRuns", value)?;
        }
        if let Some(value) = &self.failed_users {
            map.serialize_entry("failedUsers", value)?;
        }
        if let Some(value) = &self.successful_runs {
            map.serialize_entry("successfulRuns", value)?;
        }
        if let Some(value) = &self.successful_users {
            map.serialize_entry("successfulUsers", value)?;
        }
        if let Some(value) = &self.total_runs {
            map.serialize_entry("totalRuns", value)?;
        }
        if let Some(value) = &self.total_users {
            map.serialize_entry("totalUsers", value)?;
        }
        if let Some(value) = &self.workflow_category {
            map.serialize_entry("workflowCategory", value)?;
        }
        if let Some(value) = &self.workflow_display_name {
            map.serialize_entry("workflowDisplayName", value)?;
        }
        if let Some(value) = &self.workflow_id {
            map.serialize_entry("workflowId", value)?;
        }
        if let Some(value) = &self.workflow_version {
            map.serialize_entry("workflowVersion", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedRuns" => self.failed_runs.is_some(),
            "failedUsers" => self.failed_users.is_some(),
            "successfulRuns" => self.successful_runs.is_some(),
            "successfulUsers" => self.successful_users.is_some(),
            "totalRuns" => self.total_runs.is_some(),
            "totalUsers" => self.total_users.is_some(),
            "workflowCategory" => self.workflow_category.is_some(),
            "workflowDisplayName" => self.workflow_display_name.is_some(),
            "workflowId" => self.workflow_id.is_some(),
            "workflowVersion" => self.workflow_version.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TopWorkflowsInsightsSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TopWorkflowsInsightsSummary {
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
            "failedUsers" => {
                crate::__private::field(
                    map,
                    &mut self.failed_users,
                    "failedUsers",
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
            "successfulUsers" => {
                crate::__private::field(
                    map,
                    &mut self.successful_users,
                    "successfulUsers",
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
            "totalUsers" => {
                crate::__private::field(
                    map,
                    &mut self.total_users,
                    "totalUsers",
                    &mut self.additional_properties,
                )?
            }
            "workflowCategory" => {
                crate::__private::field(
                    map,
                    &mut self.workflow_category,
                    "workflowCategory",
                    &mut self.additional_properties,
                )?
            }
            "workflowDisplayName" => {
                crate::__private::field(
                    map,
                    &mut self.workflow_display_name,
                    "workflowDisplayName",
                    &mut self.additional_properties,
                )?
            }
            "workflowId" => {
                crate::__private::field(
                    map,
                    &mut self.workflow_id,
                    "workflowId",
                    &mut self.additional_properties,
                )?
            }
            "workflowVersion" => {
                crate::__private::field(
                    map,
                    &mut self.workflow_version,
                    "workflowVersion",
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

impl<'de> serde::Deserialize<'de> for TopWorkflowsInsightsSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.topWorkflowsInsightsSummary` object",
        )
    }
}
