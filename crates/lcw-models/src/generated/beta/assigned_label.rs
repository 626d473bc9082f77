// Generated from docs-src/api-reference/beta/resources/assignedlabel.md by `cargo xtask regenerate`. Do not edit.
/// A sensitivity label put on a Microsoft 365 group.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssignedLabel {
    /// Name of the label.
    pub display_name: crate::Nullable<String>,
    /// Identifier of the label.
    pub label_id: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AssignedLabel {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AssignedLabelBuilder {
        <AssignedLabelBuilder as Default>::default()
    }
}

/// Builds a [`AssignedLabel`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AssignedLabelBuilder {
    inner: AssignedLabel,
}

impl AssignedLabelBuilder {
    /// Sets `displayName`.
    ///
    /// Name of the label.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the label.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the label.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Sets `labelId`.
    ///
    /// Identifier of the label.
    pub fn label_id(mut self, value: impl Into<String>) -> Self {
        self.inner.label_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `labelId` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the label.
    pub fn set_label_id(mut self, value: Option<String>) -> Self {
        self.inner.label_id = value.into();
        self
    }
    /// Sends `labelId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the label.
    pub fn null_label_id(mut self) -> Self {
        self.inner.label_id = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`AssignedLabel`].
    pub fn build(self) -> AssignedLabel {
        self.inner
    }
}

impl crate::GraphType for AssignedLabel {
    const ODATA_TYPE: &'static str = "#microsoft.graph.assignedLabel";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "displayName",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "labelId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for AssignedLabel {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "labelId", &self.label_id)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "displayName" => !self.display_name.is_absent(),
            "labelId" => !self.label_id.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for AssignedLabel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AssignedLabel {
    const EXPECTING: &'static str = "a `microsoft.graph.assignedLabel` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "labelId" => crate::__private::field(map, &mut self.label_id)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for AssignedLabel {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
