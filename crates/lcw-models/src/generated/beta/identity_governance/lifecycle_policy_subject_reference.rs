// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicysubjectreference.md by `cargo xtask regenerate`. Do not edit.
/// Abstract type that names a subject appearing in lifecycle policy reports; the subject property of a lifecyclePolicySubjectReport holds one. Its derived types are lifecyclePolicyUserSubjectReference and lifecyclePolicyAgentIdentitySubjectReference.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicySubjectReference {
    /// Key of the subject.
    pub id: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicySubjectReference {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicySubjectReferenceBuilder {
        <LifecyclePolicySubjectReferenceBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicySubjectReference`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicySubjectReferenceBuilder {
    inner: LifecyclePolicySubjectReference,
}

impl LifecyclePolicySubjectReferenceBuilder {
    /// Sets `id`.
    ///
    /// Key of the subject.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the subject.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the subject.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicySubjectReference`].
    pub fn build(self) -> LifecyclePolicySubjectReference {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicySubjectReference {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicySubjectReference";
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
    ];
}

impl crate::__private::WriteFields for LifecyclePolicySubjectReference {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicySubjectReference {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicySubjectReference {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicySubjectReference` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicySubjectReference {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.lifecyclePolicySubjectReference` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LifecyclePolicySubjectReferenceKind {
    /// A `microsoft.graph.identityGovernance.lifecyclePolicyAgentIdentitySubjectReference`.
    LifecyclePolicyAgentIdentitySubjectReference(crate::beta::identity_governance::LifecyclePolicyAgentIdentitySubjectReference),
    /// A `microsoft.graph.identityGovernance.lifecyclePolicySubjectReference`.
    LifecyclePolicySubjectReference(crate::beta::identity_governance::LifecyclePolicySubjectReference),
    /// A `microsoft.graph.identityGovernance.lifecyclePolicyUserSubjectReference`.
    LifecyclePolicyUserSubjectReference(crate::beta::identity_governance::LifecyclePolicyUserSubjectReference),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::LifecyclePolicyAgentIdentitySubjectReference> for LifecyclePolicySubjectReferenceKind {
    fn from(value: crate::beta::identity_governance::LifecyclePolicyAgentIdentitySubjectReference) -> Self {
        LifecyclePolicySubjectReferenceKind::LifecyclePolicyAgentIdentitySubjectReference(value)
    }
}

impl From<crate::beta::identity_governance::LifecyclePolicySubjectReference> for LifecyclePolicySubjectReferenceKind {
    fn from(value: crate::beta::identity_governance::LifecyclePolicySubjectReference) -> Self {
        LifecyclePolicySubjectReferenceKind::LifecyclePolicySubjectReference(value)
    }
}

impl From<crate::beta::identity_governance::LifecyclePolicyUserSubjectReference> for LifecyclePolicySubjectReferenceKind {
    fn from(value: crate::beta::identity_governance::LifecyclePolicyUserSubjectReference) -> Self {
        LifecyclePolicySubjectReferenceKind::LifecyclePolicyUserSubjectReference(value)
    }
}

impl serde::Serialize for LifecyclePolicySubjectReferenceKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LifecyclePolicySubjectReferenceKind::LifecyclePolicyAgentIdentitySubjectReference(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::LifecyclePolicyAgentIdentitySubjectReference as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicySubjectReferenceKind::LifecyclePolicySubjectReference(value) => serde::Serialize::serialize(value, serializer),
            LifecyclePolicySubjectReferenceKind::LifecyclePolicyUserSubjectReference(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::LifecyclePolicyUserSubjectReference as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicySubjectReferenceKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for LifecyclePolicySubjectReferenceKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.lifecyclePolicyAgentIdentitySubjectReference") => started
                .finish_as(map, Some(<crate::beta::identity_governance::LifecyclePolicyAgentIdentitySubjectReference as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicySubjectReferenceKind::LifecyclePolicyAgentIdentitySubjectReference),
            Some("microsoft.graph.identityGovernance.lifecyclePolicySubjectReference") => started.finish(map).map(LifecyclePolicySubjectReferenceKind::LifecyclePolicySubjectReference),
            Some("microsoft.graph.identityGovernance.lifecyclePolicyUserSubjectReference") => started
                .finish_as(map, Some(<crate::beta::identity_governance::LifecyclePolicyUserSubjectReference as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicySubjectReferenceKind::LifecyclePolicyUserSubjectReference),
            None => started.finish(map).map(LifecyclePolicySubjectReferenceKind::LifecyclePolicySubjectReference),
            _ => started.finish_unknown(map).map(LifecyclePolicySubjectReferenceKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicySubjectReferenceKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.lifecyclePolicySubjectReference` object")
    }
}
