// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-customtaskextensioncalloutdata.md by `cargo xtask regenerate`. Do not edit.
/// Payload that a running lifecycle workflow hands to Azure Logic Apps in a custom extension callout request whenever one of its tasks relies on a custom task extension.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomTaskExtensionCalloutData {
    /// User the `workflow` is running for.
    pub subject: Option<super::User>,
    /// Task whose custom extension issues this callout.
    pub task: Option<super::Task>,
    /// The `taskProcessingResult` that follows this run of the `task`.
    pub task_processingresult: Option<super::TaskProcessingResult>,
    /// The `workflow` that contains the task behind the callout.
    pub workflow: Option<super::Workflow>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomTaskExtensionCalloutData {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomTaskExtensionCalloutDataBuilder {
        CustomTaskExtensionCalloutDataBuilder::default()
    }
}

/// Builds a [`CustomTaskExtensionCalloutData`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomTaskExtensionCalloutDataBuilder {
    inner: CustomTaskExtensionCalloutData,
}

impl CustomTaskExtensionCalloutDataBuilder {
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<super::User>) -> Self {
        self.inner.subject = Some(value.into());
        self
    }
    /// Sets `task`.
    pub fn task(mut self, value: impl Into<super::Task>) -> Self {
        self.inner.task = Some(value.into());
        self
    }
    /// Sets `taskProcessingresult`.
    pub fn task_processingresult(
        mut self,
        value: impl Into<super::TaskProcessingResult>,
    ) -> Self {
        self.inner.task_processingresult = Some(value.into());
        self
    }
    /// Sets `workflow`.
    pub fn workflow(mut self, value: impl Into<super::Workflow>) -> Self {
        self.inner.workflow = Some(value.into());
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
    /// The finished [`CustomTaskExtensionCalloutData`].
    pub fn build(self) -> CustomTaskExtensionCalloutData {
        self.inner
    }
}

impl crate::GraphType for CustomTaskExtensionCalloutData {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.customTaskExtensionCalloutData";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
        crate::PropertyInfo {
            name: "task",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
        },
        crate::PropertyInfo {
            name: "taskProcessingresult",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.taskProcessingResult",
            ),
        },
        crate::PropertyInfo {
            name: "workflow",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.workflow",
            ),
        },
    ];
}

impl crate::__private::WriteFields for CustomTaskExtensionCalloutData {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.subject {
            map.serialize_entry("subject", value)?;
        }
        if let Some(value) = &self.task {
            map.serialize_entry("task", value)?;
        }
        if let Some(value) = &self.task_processingresult {
            map.serialize_entry("taskProcessingresult", value)?;
        }
        if let Some(value) = &self.workflow {
            map.serialize_entry("workflow", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "subject" => self.subject.is_some(),
            "task" => self.task.is_some(),
            "taskProcessingresult" => self.task_processingresult.is_some(),
            "workflow" => self.workflow.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomTaskExtensionCalloutData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomTaskExtensionCalloutData {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subject" => {
                crate::__private::field(
                    map,
                    &mut self.subject,
                    "subject",
                    &mut self.additional_properties,
                )?
            }
            "task" => {
                crate::__private::field(
                    map,
                    &mut self.task,
                    "task",
                    &mut self.additional_properties,
                )?
            }
            "taskProcessingresult" => {
                crate::__private::field(
                    map,
                    &mut self.task_processingresult,
                    "taskProcessingresult",
                    &mut self.additional_properties,
                )?
            }
            "workflow" => {
                crate::__private::field(
                    map,
                    &mut self.workflow,
                    "workflow",
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

impl<'de> serde::Deserialize<'de> for CustomTaskExtensionCalloutData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.customTaskExtensionCalloutData` object",
        )
    }
}
