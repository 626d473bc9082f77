// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-customtaskextensionresponsedata.md by `cargo xtask regenerate`. Do not edit.
/// Data that a customTaskExtension sends back after a callout. The data property of the customExtensionCalloutResponse resource carries this object.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomTaskExtensionResponseData {
    /// Outcome of the operation as the custom task extension reports it. The possible values are: `completed`, `failed`, `unknownFutureValue`.
    pub operation_status: crate::Nullable<crate::v1::identity_governance::CustomTaskExtensionOperationStatus>,
    /// Strings that explain the status; the collection can be empty.
    pub status_reasons: crate::Nullable<Vec<String>>,
    /// Workflow subject that the custom task extension handled.
    pub target_subject: crate::Nullable<crate::v1::identity_governance::WorkflowSubjectKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomTaskExtensionResponseData {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomTaskExtensionResponseDataBuilder {
        <CustomTaskExtensionResponseDataBuilder as Default>::default()
    }
}

/// Builds a [`CustomTaskExtensionResponseData`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomTaskExtensionResponseDataBuilder {
    inner: CustomTaskExtensionResponseData,
}

impl CustomTaskExtensionResponseDataBuilder {
    /// Sets `operationStatus`.
    ///
    /// Outcome of the operation as the custom task extension reports it. The possible values are: `completed`, `failed`, `unknownFutureValue`.
    pub fn operation_status(
        mut self,
        value: impl Into<crate::v1::identity_governance::CustomTaskExtensionOperationStatus>,
    ) -> Self {
        self.inner.operation_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `operationStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// Outcome of the operation as the custom task extension reports it. The possible values are: `completed`, `failed`, `unknownFutureValue`.
    pub fn set_operation_status(
        mut self,
        value: Option<crate::v1::identity_governance::CustomTaskExtensionOperationStatus>,
    ) -> Self {
        self.inner.operation_status = value.into();
        self
    }
    /// Sends `operationStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Outcome of the operation as the custom task extension reports it. The possible values are: `completed`, `failed`, `unknownFutureValue`.
    pub fn null_operation_status(mut self) -> Self {
        self.inner.operation_status = crate::Nullable::Null;
        self
    }
    /// Appends one item to `statusReasons` (creating the collection if needed).
    ///
    /// Strings that explain the status; the collection can be empty.
    pub fn status_reasons(mut self, item: impl Into<String>) -> Self {
        self.inner.status_reasons.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `statusReasons` to a value, or leaves it out of the body with `None`.
    ///
    /// Strings that explain the status; the collection can be empty.
    pub fn set_status_reasons(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.status_reasons = value.into();
        self
    }
    /// Sends `statusReasons` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Strings that explain the status; the collection can be empty.
    pub fn null_status_reasons(mut self) -> Self {
        self.inner.status_reasons = crate::Nullable::Null;
        self
    }
    /// Sets `targetSubject`.
    ///
    /// Workflow subject that the custom task extension handled.
    pub fn target_subject(
        mut self,
        value: impl Into<crate::v1::identity_governance::WorkflowSubjectKind>,
    ) -> Self {
        self.inner.target_subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `targetSubject` to a value, or leaves it out of the body with `None`.
    ///
    /// Workflow subject that the custom task extension handled.
    pub fn set_target_subject(
        mut self,
        value: Option<crate::v1::identity_governance::WorkflowSubjectKind>,
    ) -> Self {
        self.inner.target_subject = value.into();
        self
    }
    /// Sends `targetSubject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Workflow subject that the custom task extension handled.
    pub fn null_target_subject(mut self) -> Self {
        self.inner.target_subject = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomTaskExtensionResponseData`].
    pub fn build(self) -> CustomTaskExtensionResponseData {
        self.inner
    }
}

impl crate::GraphType for CustomTaskExtensionResponseData {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.customTaskExtensionResponseData";
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
            name: "statusReasons",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
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

impl crate::__private::WriteFields for CustomTaskExtensionResponseData {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "operationStatus", &self.operation_status)?;
        crate::__private::write_field(map, "statusReasons", &self.status_reasons)?;
        crate::__private::write_field(map, "targetSubject", &self.target_subject)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "operationStatus" => !self.operation_status.is_absent(),
            "statusReasons" => !self.status_reasons.is_absent(),
            "targetSubject" => !self.target_subject.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomTaskExtensionResponseData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomTaskExtensionResponseData {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.customTaskExtensionResponseData` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationStatus" => crate::__private::field(map, &mut self.operation_status)?,
            "statusReasons" => crate::__private::field(map, &mut self.status_reasons)?,
            "targetSubject" => crate::__private::field(map, &mut self.target_subject)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomTaskExtensionResponseData {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
