// Generated from docs-src/api-reference/beta/resources/identitygovernance-customtaskextensioncallbackdata.md by `cargo xtask regenerate`. Do not edit.
/// The status that the logic app reports back in a customExtensionCalloutResponse. It is placed in the data property of that response when the customTaskExtension receives a callback.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomTaskExtensionCallbackData {
    /// Outcome reported by the Azure Logic App, saying whether its run succeeded. Supported values: `completed`, `failed`, `unknownFutureValue`.
    pub operation_status: crate::Nullable<crate::beta::identity_governance::CustomTaskExtensionOperationStatus>,
    /// Subject of the workflow that was processed and handed to the callback.
    pub target_subject: crate::Nullable<crate::beta::identity_governance::WorkflowSubjectKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomTaskExtensionCallbackData {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomTaskExtensionCallbackDataBuilder {
        <CustomTaskExtensionCallbackDataBuilder as Default>::default()
    }
}

/// Builds a [`CustomTaskExtensionCallbackData`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomTaskExtensionCallbackDataBuilder {
    inner: CustomTaskExtensionCallbackData,
}

impl CustomTaskExtensionCallbackDataBuilder {
    /// Sets `operationStatus`.
    ///
    /// Outcome reported by the Azure Logic App, saying whether its run succeeded. Supported values: `completed`, `failed`, `unknownFutureValue`.
    pub fn operation_status(
        mut self,
        value: impl Into<crate::beta::identity_governance::CustomTaskExtensionOperationStatus>,
    ) -> Self {
        self.inner.operation_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `operationStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// Outcome reported by the Azure Logic App, saying whether its run succeeded. Supported values: `completed`, `failed`, `unknownFutureValue`.
    pub fn set_operation_status(
        mut self,
        value: Option<crate::beta::identity_governance::CustomTaskExtensionOperationStatus>,
    ) -> Self {
        self.inner.operation_status = value.into();
        self
    }
    /// Sends `operationStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Outcome reported by the Azure Logic App, saying whether its run succeeded. Supported values: `completed`, `failed`, `unknownFutureValue`.
    pub fn null_operation_status(mut self) -> Self {
        self.inner.operation_status = crate::Nullable::Null;
        self
    }
    /// Sets `targetSubject`.
    ///
    /// Subject of the workflow that was processed and handed to the callback.
    pub fn target_subject(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowSubjectKind>,
    ) -> Self {
        self.inner.target_subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `targetSubject` to a value, or leaves it out of the body with `None`.
    ///
    /// Subject of the workflow that was processed and handed to the callback.
    pub fn set_target_subject(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowSubjectKind>,
    ) -> Self {
        self.inner.target_subject = value.into();
        self
    }
    /// Sends `targetSubject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Subject of the workflow that was processed and handed to the callback.
    pub fn null_target_subject(mut self) -> Self {
        self.inner.target_subject = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomTaskExtensionCallbackData`].
    pub fn build(self) -> CustomTaskExtensionCallbackData {
        self.inner
    }
}

impl crate::GraphType for CustomTaskExtensionCallbackData {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.customTaskExtensionCallbackData";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "operationStatus",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.customTaskExtensionOperationStatus",
                members: &["completed", "failed", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "targetSubject",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowSubject"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CustomTaskExtensionCallbackData {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "operationStatus", &self.operation_status)?;
        crate::__private::write_field(map, "targetSubject", &self.target_subject)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "operationStatus" => !self.operation_status.is_absent(),
            "targetSubject" => !self.target_subject.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomTaskExtensionCallbackData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomTaskExtensionCallbackData {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.customTaskExtensionCallbackData` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationStatus" => crate::__private::field(map, &mut self.operation_status)?,
            "targetSubject" => crate::__private::field(map, &mut self.target_subject)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomTaskExtensionCallbackData {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
