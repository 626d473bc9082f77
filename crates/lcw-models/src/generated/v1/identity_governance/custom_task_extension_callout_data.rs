// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-customtaskextensioncalloutdata.md by `cargo xtask regenerate`. Do not edit.
/// Payload that a running lifecycle workflow hands to Azure Logic Apps in a custom extension callout request whenever one of its tasks relies on a custom task extension.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomTaskExtensionCalloutData {
    /// User the `workflow` is running for.
    pub subject: crate::Nullable<crate::v1::User>,
    /// Task whose custom extension issues this callout.
    pub task: crate::Nullable<crate::v1::identity_governance::Task>,
    /// The `taskProcessingResult` that follows this run of the `task`.
    pub task_processingresult: crate::Nullable<crate::v1::identity_governance::TaskProcessingResult>,
    /// The `workflow` that contains the task behind the callout.
    pub workflow: crate::Nullable<crate::v1::identity_governance::Workflow>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomTaskExtensionCalloutData {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomTaskExtensionCalloutDataBuilder {
        <CustomTaskExtensionCalloutDataBuilder as Default>::default()
    }
}

/// Builds a [`CustomTaskExtensionCalloutData`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomTaskExtensionCalloutDataBuilder {
    inner: CustomTaskExtensionCalloutData,
}

impl CustomTaskExtensionCalloutDataBuilder {
    /// Sets `subject`.
    ///
    /// User the `workflow` is running for.
    pub fn subject(mut self, value: impl Into<crate::v1::User>) -> Self {
        self.inner.subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subject` to a value, or leaves it out of the body with `None`.
    ///
    /// User the `workflow` is running for.
    pub fn set_subject(mut self, value: Option<crate::v1::User>) -> Self {
        self.inner.subject = value.into();
        self
    }
    /// Sends `subject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// User the `workflow` is running for.
    pub fn null_subject(mut self) -> Self {
        self.inner.subject = crate::Nullable::Null;
        self
    }
    /// Sets `task`.
    ///
    /// Task whose custom extension issues this callout.
    pub fn task(mut self, value: impl Into<crate::v1::identity_governance::Task>) -> Self {
        self.inner.task = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `task` to a value, or leaves it out of the body with `None`.
    ///
    /// Task whose custom extension issues this callout.
    pub fn set_task(mut self, value: Option<crate::v1::identity_governance::Task>) -> Self {
        self.inner.task = value.into();
        self
    }
    /// Sends `task` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Task whose custom extension issues this callout.
    pub fn null_task(mut self) -> Self {
        self.inner.task = crate::Nullable::Null;
        self
    }
    /// Sets `taskProcessingresult`.
    ///
    /// The `taskProcessingResult` that follows this run of the `task`.
    pub fn task_processingresult(
        mut self,
        value: impl Into<crate::v1::identity_governance::TaskProcessingResult>,
    ) -> Self {
        self.inner.task_processingresult = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `taskProcessingresult` to a value, or leaves it out of the body with `None`.
    ///
    /// The `taskProcessingResult` that follows this run of the `task`.
    pub fn set_task_processingresult(
        mut self,
        value: Option<crate::v1::identity_governance::TaskProcessingResult>,
    ) -> Self {
        self.inner.task_processingresult = value.into();
        self
    }
    /// Sends `taskProcessingresult` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The `taskProcessingResult` that follows this run of the `task`.
    pub fn null_task_processingresult(mut self) -> Self {
        self.inner.task_processingresult = crate::Nullable::Null;
        self
    }
    /// Sets `workflow`.
    ///
    /// The `workflow` that contains the task behind the callout.
    pub fn workflow(mut self, value: impl Into<crate::v1::identity_governance::Workflow>) -> Self {
        self.inner.workflow = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflow` to a value, or leaves it out of the body with `None`.
    ///
    /// The `workflow` that contains the task behind the callout.
    pub fn set_workflow(mut self, value: Option<crate::v1::identity_governance::Workflow>) -> Self {
        self.inner.workflow = value.into();
        self
    }
    /// Sends `workflow` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The `workflow` that contains the task behind the callout.
    pub fn null_workflow(mut self) -> Self {
        self.inner.workflow = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "task",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.task"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "taskProcessingresult",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.taskProcessingResult"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflow",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.workflow"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CustomTaskExtensionCalloutData {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "subject", &self.subject)?;
        crate::__private::write_field(map, "task", &self.task)?;
        crate::__private::write_field(map, "taskProcessingresult", &self.task_processingresult)?;
        crate::__private::write_field(map, "workflow", &self.workflow)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "subject" => !self.subject.is_absent(),
            "task" => !self.task.is_absent(),
            "taskProcessingresult" => !self.task_processingresult.is_absent(),
            "workflow" => !self.workflow.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.customTaskExtensionCalloutData` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subject" => crate::__private::field(map, &mut self.subject)?,
            "task" => crate::__private::field(map, &mut self.task)?,
            "taskProcessingresult" => crate::__private::field(map, &mut self.task_processingresult)?,
            "workflow" => crate::__private::field(map, &mut self.workflow)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomTaskExtensionCalloutData {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
