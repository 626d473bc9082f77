// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyreference.md by `cargo xtask regenerate`. Do not edit.
/// A compact pointer to a given version of a lifecycle policy. The effectivePolicy property of a lifecyclePolicySubjectReport holds one.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyReference {
    /// Key of the lifecycle policy pointed to.
    pub id: Option<String>,
    /// Version number of the lifecycle policy pointed to.
    pub version: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyReference {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyReferenceBuilder {
        LifecyclePolicyReferenceBuilder::default()
    }
}

/// Builds a [`LifecyclePolicyReference`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyReferenceBuilder {
    inner: LifecyclePolicyReference,
}

impl LifecyclePolicyReferenceBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.inner.version = Some(value.into());
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
    /// The finished [`LifecyclePolicyReference`].
    pub fn build(self) -> LifecyclePolicyReference {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyReference {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyReference";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "version",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyReference {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.version {
            map.serialize_entry("version", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "version" => self.version.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyReference {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyReference {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => {
                crate::__private::field(
                    map,
                    &mut self.id,
                    "id",
                    &mut self.additional_properties,
                )?
            }
            "version" => {
                crate::__private::field(
                    map,
                    &mut self.version,
                    "version",
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

impl<'de> serde::Deserialize<'de> for LifecyclePolicyReference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.lifecyclePolicyReference` object",
        )
    }
}
