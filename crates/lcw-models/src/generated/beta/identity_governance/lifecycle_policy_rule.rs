// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicyrule.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base of the compliance rules that a lifecyclePolicy checks when it is evaluated. An identity must satisfy every rule of its policy (AND logic), and one policy holds at most 10 rules.
///
/// This abstract type has no instances of its own; you work with one of these derived types:
///
/// - periodicAttestationRule
/// - sponsorPresenceRule
/// - inactivityRule
///
/// The @odata.type property tells the derived types apart. The type is abstract.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyRule {
    /// Key that identifies the rule. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// When true, the rule is switched on and checked whenever its policy is evaluated.
    pub is_enabled: crate::Nullable<bool>,
    /// Which kind of rule this is, such as periodicAttestation or sponsorPresence.
    pub rule_type: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyRule {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyRuleBuilder {
        <LifecyclePolicyRuleBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyRule`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyRuleBuilder {
    inner: LifecyclePolicyRule,
}

impl LifecyclePolicyRuleBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies the rule. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies the rule. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies the rule. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `isEnabled`.
    ///
    /// When true, the rule is switched on and checked whenever its policy is evaluated.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// When true, the rule is switched on and checked whenever its policy is evaluated.
    pub fn set_is_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.is_enabled = value.into();
        self
    }
    /// Sends `isEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When true, the rule is switched on and checked whenever its policy is evaluated.
    pub fn null_is_enabled(mut self) -> Self {
        self.inner.is_enabled = crate::Nullable::Null;
        self
    }
    /// Sets `ruleType`.
    ///
    /// Which kind of rule this is, such as periodicAttestation or sponsorPresence.
    pub fn rule_type(mut self, value: impl Into<String>) -> Self {
        self.inner.rule_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `ruleType` to a value, or leaves it out of the body with `None`.
    ///
    /// Which kind of rule this is, such as periodicAttestation or sponsorPresence.
    pub fn set_rule_type(mut self, value: Option<String>) -> Self {
        self.inner.rule_type = value.into();
        self
    }
    /// Sends `ruleType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Which kind of rule this is, such as periodicAttestation or sponsorPresence.
    pub fn null_rule_type(mut self) -> Self {
        self.inner.rule_type = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicyRule`].
    pub fn build(self) -> LifecyclePolicyRule {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyRule {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyRule";
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
            name: "isEnabled",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "ruleType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyRule {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "isEnabled", &self.is_enabled)?;
        crate::__private::write_field(map, "ruleType", &self.rule_type)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "isEnabled" => !self.is_enabled.is_absent(),
            "ruleType" => !self.rule_type.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyRule {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyRule` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "isEnabled" => crate::__private::field(map, &mut self.is_enabled)?,
            "ruleType" => crate::__private::field(map, &mut self.rule_type)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyRule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.lifecyclePolicyRule` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LifecyclePolicyRuleKind {
    /// A `microsoft.graph.identityGovernance.inactivityRule`.
    InactivityRule(crate::beta::identity_governance::InactivityRule),
    /// A `microsoft.graph.identityGovernance.lifecyclePolicyRule`.
    LifecyclePolicyRule(crate::beta::identity_governance::LifecyclePolicyRule),
    /// A `microsoft.graph.identityGovernance.periodicAttestationRule`.
    PeriodicAttestationRule(crate::beta::identity_governance::PeriodicAttestationRule),
    /// A `microsoft.graph.identityGovernance.sponsorPresenceRule`.
    SponsorPresenceRule(crate::beta::identity_governance::SponsorPresenceRule),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::beta::identity_governance::InactivityRule> for LifecyclePolicyRuleKind {
    fn from(value: crate::beta::identity_governance::InactivityRule) -> Self {
        LifecyclePolicyRuleKind::InactivityRule(value)
    }
}

impl From<crate::beta::identity_governance::LifecyclePolicyRule> for LifecyclePolicyRuleKind {
    fn from(value: crate::beta::identity_governance::LifecyclePolicyRule) -> Self {
        LifecyclePolicyRuleKind::LifecyclePolicyRule(value)
    }
}

impl From<crate::beta::identity_governance::PeriodicAttestationRule> for LifecyclePolicyRuleKind {
    fn from(value: crate::beta::identity_governance::PeriodicAttestationRule) -> Self {
        LifecyclePolicyRuleKind::PeriodicAttestationRule(value)
    }
}

impl From<crate::beta::identity_governance::SponsorPresenceRule> for LifecyclePolicyRuleKind {
    fn from(value: crate::beta::identity_governance::SponsorPresenceRule) -> Self {
        LifecyclePolicyRuleKind::SponsorPresenceRule(value)
    }
}

impl serde::Serialize for LifecyclePolicyRuleKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LifecyclePolicyRuleKind::InactivityRule(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::InactivityRule as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicyRuleKind::LifecyclePolicyRule(value) => serde::Serialize::serialize(value, serializer),
            LifecyclePolicyRuleKind::PeriodicAttestationRule(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::PeriodicAttestationRule as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicyRuleKind::SponsorPresenceRule(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::beta::identity_governance::SponsorPresenceRule as crate::GraphType>::ODATA_TYPE),
            ),
            LifecyclePolicyRuleKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for LifecyclePolicyRuleKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.inactivityRule") => started
                .finish_as(map, Some(<crate::beta::identity_governance::InactivityRule as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicyRuleKind::InactivityRule),
            Some("microsoft.graph.identityGovernance.lifecyclePolicyRule") => started.finish(map).map(LifecyclePolicyRuleKind::LifecyclePolicyRule),
            Some("microsoft.graph.identityGovernance.periodicAttestationRule") => started
                .finish_as(map, Some(<crate::beta::identity_governance::PeriodicAttestationRule as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicyRuleKind::PeriodicAttestationRule),
            Some("microsoft.graph.identityGovernance.sponsorPresenceRule") => started
                .finish_as(map, Some(<crate::beta::identity_governance::SponsorPresenceRule as crate::GraphType>::ODATA_TYPE))
                .map(LifecyclePolicyRuleKind::SponsorPresenceRule),
            None => started.finish(map).map(LifecyclePolicyRuleKind::LifecyclePolicyRule),
            _ => started.finish_unknown(map).map(LifecyclePolicyRuleKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyRuleKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.lifecyclePolicyRule` object")
    }
}
