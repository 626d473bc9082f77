// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyenforcementaction.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the actions that a lifecycle policy runs against an identity once it fails to comply. Set it as the enforcementAction of a lifecyclePolicy.
///
/// This abstract type has no instances of its own; you work with one of these derived types:
///
/// - deleteOnlyEnforcementAction
/// - disableOnlyEnforcementAction
/// - disableThenDeleteEnforcementAction
///
/// The @odata.type property tells the derived types apart. The type is abstract.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyEnforcementAction {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyEnforcementAction {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyEnforcementActionBuilder {
        <LifecyclePolicyEnforcementActionBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyEnforcementAction`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyEnforcementActionBuilder {
    inner: LifecyclePolicyEnforcementAction,
}

impl LifecyclePolicyEnforcementActionBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicyEnforcementAction`].
    pub fn build(self) -> LifecyclePolicyEnforcementAction {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyEnforcementAction {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for LifecyclePolicyEnforcementAction {
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

impl serde::Serialize for LifecyclePolicyEnforcementAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyEnforcementAction {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction` object";
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

impl<'de> serde::Deserialize<'de> for LifecyclePolicyEnforcementAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LifecyclePolicyEnforcementActionKind {
    /// A `microsoft.graph.identityGovernance.deleteOnlyEnforcementAction`.
    DeleteOnlyEnforcementAction(crate::beta::identity_governance::DeleteOnlyEnforcementAction),
    /// A `microsoft.graph.identityGovernance.disableOnlyEnforcementAction`.
    DisableOnlyEnforcementAction(crate::beta::identity_governance::DisableOnlyEnforcementAction),
    /// A `microsoft.graph.identityGovernance.disableThenDeleteEnforcementAction`.
    DisableThenDeleteEnforcementAction(crate::beta::identity_governance::DisableThenDeleteEnforcementAction),
    /// A `microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction`.
    LifecyclePolicyEnforcementAction(crate::beta::identity_governance::LifecyclePolicyEnforcementAction),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::DeleteOnlyEnforcementAction> for LifecyclePolicyEnforcementActionKind {
    fn from(value: crate::beta::identity_governance::DeleteOnlyEnforcementAction) -> Self {
        LifecyclePolicyEnforcementActionKind::DeleteOnlyEnforcementAction(value)
    }
}

impl From<crate::beta::identity_governance::DisableOnlyEnforcementAction> for LifecyclePolicyEnforcementActionKind {
    fn from(value: crate::beta::identity_governance::DisableOnlyEnforcementAction) -> Self {
        LifecyclePolicyEnforcementActionKind::DisableOnlyEnforcementAction(value)
    }
}

impl From<crate::beta::identity_governance::DisableThenDeleteEnforcementAction> for LifecyclePolicyEnforcementActionKind {
    fn from(value: crate::beta::identity_governance::DisableThenDeleteEnforcementAction) -> Self {
        LifecyclePolicyEnforcementActionKind::DisableThenDeleteEnforcementAction(value)
    }
}

impl From<crate::beta::identity_governance::LifecyclePolicyEnforcementAction> for LifecyclePolicyEnforcementActionKind {
    fn from(value: crate::beta::identity_governance::LifecyclePolicyEnforcementAction) -> Self {
        LifecyclePolicyEnforcementActionKind::LifecyclePolicyEnforcementAction(value)
    }
}

impl serde::Serialize for LifecyclePolicyEnforcementActionKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LifecyclePolicyEnforcementActionKind::DeleteOnlyEnforcementAction(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::DeleteOnlyEnforcementAction as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicyEnforcementActionKind::DisableOnlyEnforcementAction(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::DisableOnlyEnforcementAction as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicyEnforcementActionKind::DisableThenDeleteEnforcementAction(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::DisableThenDeleteEnforcementAction as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicyEnforcementActionKind::LifecyclePolicyEnforcementAction(value) => serde::Serialize::serialize(value, serializer),
            LifecyclePolicyEnforcementActionKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for LifecyclePolicyEnforcementActionKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.deleteOnlyEnforcementAction") => started
                .finish_as(map, Some(<crate::beta::identity_governance::DeleteOnlyEnforcementAction as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicyEnforcementActionKind::DeleteOnlyEnforcementAction),
            Some("microsoft.graph.identityGovernance.disableOnlyEnforcementAction") => started
                .finish_as(map, Some(<crate::beta::identity_governance::DisableOnlyEnforcementAction as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicyEnforcementActionKind::DisableOnlyEnforcementAction),
            Some("microsoft.graph.identityGovernance.disableThenDeleteEnforcementAction") => started
                .finish_as(map, Some(<crate::beta::identity_governance::DisableThenDeleteEnforcementAction as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicyEnforcementActionKind::DisableThenDeleteEnforcementAction),
            Some("microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction") => started.finish(map).map(LifecyclePolicyEnforcementActionKind::LifecyclePolicyEnforcementAction),
            None => started.finish(map).map(LifecyclePolicyEnforcementActionKind::LifecyclePolicyEnforcementAction),
            _ => started.finish_unknown(map).map(LifecyclePolicyEnforcementActionKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyEnforcementActionKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.lifecyclePolicyEnforcementAction` object")
    }
}
