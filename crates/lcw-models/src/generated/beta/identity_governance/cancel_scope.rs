// Generated from docs-src/api-reference/beta/resources/identitygovernance-cancelscope.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the scopes passed to the cancelProcessing action to say which processing gets stopped. It has no instances of its own: send a derived type, for example cancelRunsScope.
///
/// Base type of cancelRunsScope.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelScope {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CancelScope {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CancelScopeBuilder {
        <CancelScopeBuilder as Default>::default()
    }
}

/// Builds a [`CancelScope`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CancelScopeBuilder {
    inner: CancelScope,
}

impl CancelScopeBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CancelScope`].
    pub fn build(self) -> CancelScope {
        self.inner
    }
}

impl crate::GraphType for CancelScope {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.cancelScope";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for CancelScope {
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

impl serde::Serialize for CancelScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CancelScope {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.cancelScope` object";
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

impl<'de> serde::Deserialize<'de> for CancelScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.cancelScope` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CancelScopeKind {
    /// A `microsoft.graph.identityGovernance.cancelRunsScope`.
    CancelRunsScope(crate::beta::identity_governance::CancelRunsScope),
    /// A `microsoft.graph.identityGovernance.cancelScope`.
    CancelScope(crate::beta::identity_governance::CancelScope),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::CancelRunsScope> for CancelScopeKind {
    fn from(value: crate::beta::identity_governance::CancelRunsScope) -> Self {
        CancelScopeKind::CancelRunsScope(value)
    }
}

impl From<crate::beta::identity_governance::CancelScope> for CancelScopeKind {
    fn from(value: crate::beta::identity_governance::CancelScope) -> Self {
        CancelScopeKind::CancelScope(value)
    }
}

impl serde::Serialize for CancelScopeKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CancelScopeKind::CancelRunsScope(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::CancelRunsScope as crate::GraphType>::ODATA_TYPE),
            ),
            CancelScopeKind::CancelScope(value) => serde::Serialize::serialize(value, serializer),
            CancelScopeKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for CancelScopeKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.cancelRunsScope") => started
                .finish_as(map, Some(<crate::beta::identity_governance::CancelRunsScope as crate::GraphType>::ODATA_TYPE))
                .map(CancelScopeKind::CancelRunsScope),
            Some("microsoft.graph.identityGovernance.cancelScope") => started.finish(map).map(CancelScopeKind::CancelScope),
            None => started.finish(map).map(CancelScopeKind::CancelScope),
            _ => started.finish_unknown(map).map(CancelScopeKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CancelScopeKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.cancelScope` object")
    }
}
