// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-workflowbase.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base holding the settings of a custom lifecycle workflow. Two concrete types build on it:
///
/// - workflow
/// - workflowVersion
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowBase {
    /// Lifecycle scenario the workflow belongs to. The possible values are: `joiner`, `leaver`, `mover`, `unknownFutureValue`.
    pub category: Option<super::LifecycleWorkflowCategory>,
    /// Moment the workflow came into being.
    pub created_date_time: Option<crate::Timestamp>,
    /// Free text saying what the workflow is meant to do.
    pub description: Option<String>,
    /// Human-readable label of the workflow.
    pub display_name: Option<String>,
    /// Rules deciding when the workflow fires and which users it covers.
    pub execution_conditions: Option<super::WorkflowExecutionConditionsKind>,
    /// Whether the workflow is switched on. A `true` value lets it run on demand, and also on its schedule when isSchedulingEnabled is `true`.
    pub is_enabled: Option<bool>,
    /// When `true`, the Lifecycle Workflow engine starts the workflow according to the schedule in the tenant settings. Must stay `false` while the workflow is switched off (isEnabled is `false`).
    pub is_scheduling_enabled: Option<bool>,
    /// Moment of the most recent change to the workflow.
    pub last_modified_date_time: Option<crate::Timestamp>,
    /// User who set up the workflow.
    pub created_by: Option<super::User>,
    /// Microsoft Entra identity behind the latest change to the workflow.
    pub last_modified_by: Option<super::User>,
    /// Tasks the workflow carries out.
    pub tasks: Option<Vec<super::Task>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowBase {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowBaseBuilder {
        WorkflowBaseBuilder::default()
    }
}

/// Builds a [`WorkflowBase`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowBaseBuilder {
    inner: WorkflowBase,
}

impl WorkflowBaseBuilder {
    /// Sets `category`.
    pub fn category(
        mut self,
        value: impl Into<super::LifecycleWorkflowCategory>,
    ) -> Self {
        self.inner.category = Some(value.into());
        self
    }
    /// Sets `createdDateTime`.
    pub fn created_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.created_date_time = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = Some(value.into());
        self
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = Some(value.into());
        self
    }
    /// Sets `executionConditions`.
    pub fn execution_conditions(
        mut self,
        value: impl Into<super::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.execution_conditions = Some(value.into());
        self
    }
    /// Sets `isEnabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = Some(value.into());
        self
    }
    /// Sets `isSchedulingEnabled`.
    pub fn is_scheduling_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_scheduling_enabled = Some(value.into());
        self
    }
    /// Sets `lastModifiedDateTime`.
    pub fn last_modified_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.last_modified_date_time = Some(value.into());
        self
    }
    /// Sets `createdBy`.
    pub fn created_by(mut self, value: impl Into<super::User>) -> Self {
        self.inner.created_by = Some(value.into());
        self
    }
    /// Sets `lastModifiedBy`.
    pub fn last_modified_by(mut self, value: impl Into<super::User>) -> Self {
        self.inner.last_modified_by = Some(value.into());
        self
    }
    /// Sets `tasks`.
    pub fn tasks(mut self, value: impl Into<Vec<super::Task>>) -> Self {
        self.inner.tasks = Some(value.into());
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
    /// The finished [`WorkflowBase`].
    pub fn build(self) -> WorkflowBase {
        self.inner
    }
}

impl crate::GraphType for WorkflowBase {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowBase";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "category",
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
            name: "createdDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "executionConditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.workflowExecutionConditions",
            ),
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "isSchedulingEnabled",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "lastModifiedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "createdBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
        crate::PropertyInfo {
            name: "lastModifiedBy",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
        crate::PropertyInfo {
            name: "tasks",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
        },
    ];
}

impl crate::__private::WriteFields for WorkflowBase {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.created_date_time {
            map.serialize_entry("createdDateTime", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.execution_conditions {
            map.serialize_entry("executionConditions", value)?;
        }
        if let Some(value) = &self.is_enabled {
            map.serialize_entry("isEnabled", value)?;
        }
        if let Some(value) = &self.is_scheduling_enabled {
            map.serialize_entry("isSchedulingEnabled", value)?;
        }
        if let Some(value) = &self.last_modified_date_time {
            map.serialize_entry("lastModifiedDateTime", value)?;
        }
        if let Some(value) = &self.created_by {
            map.serialize_entry("createdBy", value)?;
        }
        if let Some(value) = &self.last_modified_by {
            map.serialize_entry("lastModifiedBy", value)?;
        }
        if let Some(value) = &self.tasks {
            map.serialize_entry("tasks", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "category" => self.category.is_some(),
            "createdDateTime" => self.created_date_time.is_some(),
            "description" => self.description.is_some(),
            "displayName" => self.display_name.is_some(),
            "executionConditions" => self.execution_conditions.is_some(),
            "isEnabled" => self.is_enabled.is_some(),
            "isSchedulingEnabled" => self.is_scheduling_enabled.is_some(),
            "lastModifiedDateTime" => self.last_modified_date_time.is_some(),
            "createdBy" => self.created_by.is_some(),
            "lastModifiedBy" => self.last_modified_by.is_some(),
            "tasks" => self.tasks.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkflowBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowBase {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => {
                crate::__private::field(
                    map,
                    &mut self.category,
                    "category",
                    &mut self.additional_properties,
                )?
            }
            "createdDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.created_date_time,
                    "createdDateTime",
                    &mut self.additional_properties,
                )?
            }
            "description" => {
                crate::__private::field(
                    map,
                    &mut self.description,
                    "description",
                    &mut self.additional_properties,
                )?
            }
            "displayName" => {
                crate::__private::field(
                    map,
                    &mut self.display_name,
                    "displayName",
                    &mut self.additional_properties,
                )?
            }
            "executionConditions" => {
                crate::__private::field(
                    map,
                    &mut self.execution_conditions,
                    "executionConditions",
                    &mut self.additional_properties,
                )?
            }
            "isEnabled" => {
                crate::__private::field(
                    map,
                    &mut self.is_enabled,
                    "isEnabled",
                    &mut self.additional_properties,
                )?
            }
            "isSchedulingEnabled" => {
                crate::__private::field(
                    map,
                    &mut self.is_scheduling_enabled,
                    "isSchedulingEnabled",
                    &mut self.additional_properties,
                )?
            }
            "lastModifiedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.last_modified_date_time,
                    "lastModifiedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "createdBy" => {
                crate::__private::field(
                    map,
                    &mut self.created_by,
                    "createdBy",
                    &mut self.additional_properties,
                )?
            }
            "lastModifiedBy" => {
                crate::__private::field(
                    map,
                    &mut self.last_modified_by,
                    "lastModifiedBy",
                    &mut self.additional_properties,
                )?
            }
            "tasks" => {
                crate::__private::field(
                    map,
                    &mut self.tasks,
                    "tasks",
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

impl<'de> serde::Deserialize<'de> for WorkflowBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.workflowBase` object",
        )
    }
}
