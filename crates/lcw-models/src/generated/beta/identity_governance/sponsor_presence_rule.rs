// Generated from docs-src/api-reference/beta/resources/identitygovernance-sponsorpresencerule.md by `cargo xtask regenerate`. Do not edit.
/// A compliance rule of a lifecyclePolicy: an identity stays compliant only while it has no fewer sponsors than a set minimum.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SponsorPresenceRule {
    /// Key that identifies the rule. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// When true, the rule is switched on and checked whenever its policy is evaluated. Inherited from lifecyclePolicyRule.
    pub is_enabled: crate::Nullable<bool>,
    /// Which kind of rule this is, such as periodicAttestation or sponsorPresence.
    pub rule_type: crate::Nullable<String>,
    /// Fewest sponsors an identity may have and still satisfy this rule.
    pub minimum_sponsor_count: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SponsorPresenceRule {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> SponsorPresenceRuleBuilder {
        <SponsorPresenceRuleBuilder as Default>::default()
    }
}

/// Builds a [`SponsorPresenceRule`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct SponsorPresenceRuleBuilder {
    inner: SponsorPresenceRule,
}

impl SponsorPresenceRuleBuilder {
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
    /// When true, the rule is switched on and checked whenever its policy is evaluated. Inherited from lifecyclePolicyRule.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `isEnabled` to a value, or leaves it out of the body with `None`.
    ///
    /// When true, the rule is switched on and checked whenever its policy is evaluated. Inherited from lifecyclePolicyRule.
    pub fn set_is_enabled(mut self, value: Option<bool>) -> Self {
        self.inner.is_enabled = value.into();
        self
    }
    /// Sends `isEnabled` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When true, the rule is switched on and checked whenever its policy is evaluated. Inherited from lifecyclePolicyRule.
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
    /// Sets `minimumSponsorCount`.
    ///
    /// Fewest sponsors an identity may have and still satisfy this rule.
    pub fn minimum_sponsor_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.minimum_sponsor_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `minimumSponsorCount` to a value, or leaves it out of the body with `None`.
    ///
    /// Fewest sponsors an identity may have and still satisfy this rule.
    pub fn set_minimum_sponsor_count(mut self, value: Option<i32>) -> Self {
        self.inner.minimum_sponsor_count = value.into();
        self
    }
    /// Sends `minimumSponsorCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Fewest sponsors an identity may have and still satisfy this rule.
    pub fn null_minimum_sponsor_count(mut self) -> Self {
        self.inner.minimum_sponsor_count = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`SponsorPresenceRule`].
    pub fn build(self) -> SponsorPresenceRule {
        self.inner
    }
}

impl crate::GraphType for SponsorPresenceRule {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.sponsorPresenceRule";
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
        crate::PropertyInfo {
            name: "minimumSponsorCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for SponsorPresenceRule {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "isEnabled", &self.is_enabled)?;
        crate::__private::write_field(map, "ruleType", &self.rule_type)?;
        crate::__private::write_field(map, "minimumSponsorCount", &self.minimum_sponsor_count)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "isEnabled" => !self.is_enabled.is_absent(),
            "ruleType" => !self.rule_type.is_absent(),
            "minimumSponsorCount" => !self.minimum_sponsor_count.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for SponsorPresenceRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for SponsorPresenceRule {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.sponsorPresenceRule` object";
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
            "minimumSponsorCount" => crate::__private::field(map, &mut self.minimum_sponsor_count)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for SponsorPresenceRule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
