// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-customtaskextensioncallbackdata.md by `cargo xtask regenerate`. Do not edit.
/// Status reported by the logic app inside a custom extension callout response; it says whether the Logic App run went well, and the processingStatus of the taskProcessingResult is updated from it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomTaskExtensionCallbackData {
    /// Result the Azure Logic App reports for its run: success or failure. Supported values: `completed`, `failed`, `unknownFutureValue`.
    pub operation_status: crate::Nullable<crate::v1::identity_governance::CustomTaskExtensionOperationStatus>,
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
    /// Result the Azure Logic App reports for its run: success or failure. Supported values: `completed`, `failed`, `unknownFutureValue`.
    pub fn operation_status(
        mut self,
        value: impl Into<crate::v1::identity_governance::CustomTaskExtensionOperationStatus>,
    ) -> Self {
        self.inner.operation_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `operationStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// Result the Azure Logic App reports for its run: success or failure. Supported values: `completed`, `failed`, `unknownFutureValue`.
    pub fn set_operation_status(
        mut self,
        value: Option<crate::v1::identity_governance::CustomTaskExtensionOperationStatus>,
    ) -> Self {
        self.inner.operation_status = value.into();
        self
    }
    /// Sends `operationStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Result the Azure Logic App reports for its run: success or failure. Supported values: `completed`, `failed`, `unknownFutureValue`.
    pub fn null_operation_status(mut self) -> Self {
        self.inner.operation_status = crate::Nullable::Null;
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
    ];
}

impl crate::__private::WriteFields for CustomTaskExtensionCallbackData {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "operationStatus", &self.operation_status)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "operationStatus" => !self.operation_status.is_absent(),
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
