// Generated from docs-src/api-reference/beta/resources/identitygovernance-periodicattestationrule.md by `cargo xtask regenerate`. Do not edit.
/// A compliance rule of a lifecyclePolicy: an identity stays compliant only if someone attests it within a set interval.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeriodicAttestationRule {
    /// Key that identifies the rule. Inherited from entity.
    pub id: Option<String>,
    /// When true, the rule is switched on and checked whenever its policy is evaluated. Inherited from lifecyclePolicyRule.
    pub is_enabled: Option<bool>,
    /// Which kind of rule this is, such as periodicAttestation or sponsorPresence.
    pub rule_type: Option<String>,
    /// Interval, in days, within which an identity needs an attestation to satisfy this rule.
    pub attestation_interval_in_days: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PeriodicAttestationRule {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> PeriodicAttestationRuleBuilder {
        PeriodicAttestationRuleBuilder::default()
    }
}

/// Builds a [`PeriodicAttestationRule`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct PeriodicAttestationRuleBuilder {
    inner: PeriodicAttestationRule,
}

impl PeriodicAttestationRuleBuilder {
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
    /// Sets `attestationIntervalInDays`.
    pub fn attestation_interval_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.attestation_interval_in_days = Some(value.into());
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
    /// The finished [`PeriodicAttestationRule`].
    pub fn build(self) -> PeriodicAttestationRule {
        self.inner
    }
}

impl crate::GraphType for PeriodicAttestationRule {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.periodicAttestationRule";
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
            name: "attestationIntervalInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for PeriodicAttestationRule {
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
        if let Some(value) = &self.attestation_interval_in_days {
            map.serialize_entry("attestationIntervalInDays", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "isEnabled" => self.is_enabled.is_some(),
            "ruleType" => self.rule_type.is_some(),
            "attestationIntervalInDays" => self.attestation_interval_in_days.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for PeriodicAttestationRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for PeriodicAttestationRule {
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
            "attestationIntervalInDays" => {
                crate::__private::field(
                    map,
                    &mut self.attestation_interval_in_days,
                    "attestationIntervalInDays",
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

impl<'de> serde::Deserialize<'de> for PeriodicAttestationRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.periodicAttestationRule` object",
        )
    }
}
