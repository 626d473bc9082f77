// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyreference.md by `cargo xtask regenerate`. Do not edit.
/// A compact pointer to a given version of a lifecycle policy. The effectivePolicy property of a lifecyclePolicySubjectReport holds one.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyReference {
    /// Key of the lifecycle policy pointed to.
    pub id: crate::Nullable<String>,
    /// Version number of the lifecycle policy pointed to.
    pub version: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyReference {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyReferenceBuilder {
        <LifecyclePolicyReferenceBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyReference`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyReferenceBuilder {
    inner: LifecyclePolicyReference,
}

impl LifecyclePolicyReferenceBuilder {
    /// Sets `id`.
    ///
    /// Key of the lifecycle policy pointed to.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the lifecycle policy pointed to.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the lifecycle policy pointed to.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `version`.
    ///
    /// Version number of the lifecycle policy pointed to.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.inner.version = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `version` to a value, or leaves it out of the body with `None`.
    ///
    /// Version number of the lifecycle policy pointed to.
    pub fn set_version(mut self, value: Option<i32>) -> Self {
        self.inner.version = value.into();
        self
    }
    /// Sends `version` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Version number of the lifecycle policy pointed to.
    pub fn null_version(mut self) -> Self {
        self.inner.version = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "version",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyReference {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "version", &self.version)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "version" => !self.version.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyReference` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "version" => crate::__private::field(map, &mut self.version)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyReference {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
