// Generated from docs-src/api-reference/beta/resources/identitygovernance-activationscope.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the scopes that limit an activation of a lifecycle workflow to part of a run. Derived types such as activateProcessingResultScope add the properties.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActivationScope {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ActivationScope {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ActivationScopeBuilder {
        <ActivationScopeBuilder as Default>::default()
    }
}

/// Builds a [`ActivationScope`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ActivationScopeBuilder {
    inner: ActivationScope,
}

impl ActivationScopeBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`ActivationScope`].
    pub fn build(self) -> ActivationScope {
        self.inner
    }
}

impl crate::GraphType for ActivationScope {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.activationScope";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for ActivationScope {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let _ = map;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        let _ = key;
        false
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for ActivationScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for ActivationScope {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.activationScope` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        let _ = (key, map);
        Ok(false)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for ActivationScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.activationScope` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ActivationScopeKind {
    /// A `microsoft.graph.identityGovernance.activateProcessingResultScope`.
    ActivateProcessingResultScope(crate::beta::identity_governance::ActivateProcessingResultScope),
    /// A `microsoft.graph.identityGovernance.activationScope`.
    ActivationScope(crate::beta::identity_governance::ActivationScope),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::ActivateProcessingResultScope> for ActivationScopeKind {
    fn from(value: crate::beta::identity_governance::ActivateProcessingResultScope) -> Self {
        ActivationScopeKind::ActivateProcessingResultScope(value)
    }
}

impl From<crate::beta::identity_governance::ActivationScope> for ActivationScopeKind {
    fn from(value: crate::beta::identity_governance::ActivationScope) -> Self {
        ActivationScopeKind::ActivationScope(value)
    }
}

impl serde::Serialize for ActivationScopeKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ActivationScopeKind::ActivateProcessingResultScope(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::ActivateProcessingResultScope as crate::GraphType>::ODATA_TYPE),
            ),
            ActivationScopeKind::ActivationScope(value) => serde::Serialize::serialize(value, serializer),
            ActivationScopeKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for ActivationScopeKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.activateProcessingResultScope") => started
                .finish_as(map, Some(<crate::beta::identity_governance::ActivateProcessingResultScope as crate::GraphType>::ODATA_TYPE))
                .map(ActivationScopeKind::ActivateProcessingResultScope),
            Some("microsoft.graph.identityGovernance.activationScope") => started.finish(map).map(ActivationScopeKind::ActivationScope),
            None => started.finish(map).map(ActivationScopeKind::ActivationScope),
            _ => started.finish_unknown(map).map(ActivationScopeKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ActivationScopeKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.activationScope` object")
    }
}
