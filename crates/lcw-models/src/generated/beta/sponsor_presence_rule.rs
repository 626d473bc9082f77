// Generated from docs-src/api-reference/beta/resources/identitygovernance-sponsorpresencerule.md by `cargo xtask regenerate`. Do not edit.
/// A compliance rule of a lifecyclePolicy: an identity stays compliant only while it has no fewer sponsors than a set minimum.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SponsorPresenceRule {
    /// Key that identifies the rule. Inherited from entity.
    pub id: Option<String>,
    /// When true, the rule is switched on and checked whenever its policy is evaluated. Inherited from lifecyclePolicyRule.
    pub is_enabled: Option<bool>,
    /// Which kind of rule this is, such as periodicAttestation or sponsorPresence.
    pub rule_type: Option<String>,
    /// Fewest sponsors an identity may have and still satisfy this rule.
    pub minimum_sponsor_count: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SponsorPresenceRule {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> SponsorPresenceRuleBuilder {
        SponsorPresenceRuleBuilder::default()
    }
}

/// Builds a [`SponsorPresenceRule`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct SponsorPresenceRuleBuilder {
    inner: SponsorPresenceRule,
}

impl SponsorPresenceRuleBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `isEnabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.inner.is_enabled = Some(value.into());
        self
    }
    /// Sets `ruleType`.
    pub fn rule_type(mut self, value: impl Into<String>) -> Self {
        self.inner.rule_type = Some(value.into());
        self
    }
    /// Sets `minimumSponsorCount`.
    pub fn minimum_sponsor_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.minimum_sponsor_count = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "isEnabled",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "ruleType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "minimumSponsorCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for SponsorPresenceRule {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.is_enabled {
            map.serialize_entry("isEnabled", value)?;
        }
        if let Some(value) = &self.rule_type {
            map.serialize_entry("ruleType", value)?;
        }
        if let Some(value) = &self.minimum_sponsor_count {
            map.serialize_entry("minimumSponsorCount", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "isEnabled" => self.is_enabled.is_some(),
            "ruleType" => self.rule_type.is_some(),
            "minimumSponsorCount" => self.minimum_sponsor_count.is_some(),
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
            "isEnabled" => {
                crate::__private::field(
                    map,
                    &mut self.is_enabled,
                    "isEnabled",
                    &mut self.additional_properties,
                )?
            }
            "ruleType" => {
                crate::__private::field(
                    map,
                    &mut self.rule_type,
                    "ruleType",
                    &mut self.additional_properties,
                )?
            }
            "minimumSponsorCount" => {
                crate::__private::field(
                    map,
                    &mut self.minimum_sponsor_count,
                    "minimumSponsorCount",
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

impl<'de> serde::Deserialize<'de> for SponsorPresenceRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.sponsorPresenceRule` object",
        )
    }
}
