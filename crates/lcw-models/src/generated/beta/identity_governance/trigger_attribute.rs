// Generated from docs-src/api-reference/beta/resources/identitygovernance-triggerattribute.md by `cargo xtask regenerate`. Do not edit.
/// Abstract type naming a user attribute; a change to it activates a workflow through an attributeChangeTrigger.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TriggerAttribute {
    /// Name of the attribute whose change fires an attributeChangeTrigger workflow.
    pub name: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TriggerAttribute {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TriggerAttributeBuilder {
        <TriggerAttributeBuilder as Default>::default()
    }
}

/// Builds a [`TriggerAttribute`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TriggerAttributeBuilder {
    inner: TriggerAttribute,
}

impl TriggerAttributeBuilder {
    /// Sets `name`.
    ///
    /// Name of the attribute whose change fires an attributeChangeTrigger workflow.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.inner.name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `name` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the attribute whose change fires an attributeChangeTrigger workflow.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.inner.name = value.into();
        self
    }
    /// Sends `name` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the attribute whose change fires an attributeChangeTrigger workflow.
    pub fn null_name(mut self) -> Self {
        self.inner.name = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`TriggerAttribute`].
    pub fn build(self) -> TriggerAttribute {
        self.inner
    }
}

impl crate::GraphType for TriggerAttribute {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.triggerAttribute";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "name",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for TriggerAttribute {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "name", &self.name)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "name" => !self.name.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TriggerAttribute {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TriggerAttribute {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.triggerAttribute` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => crate::__private::field(map, &mut self.name)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TriggerAttribute {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
