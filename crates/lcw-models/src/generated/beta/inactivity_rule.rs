// Generated from docs-src/api-reference/beta/resources/identitygovernance-inactivityrule.md by `cargo xtask regenerate`. Do not edit.
/// A compliance rule of a lifecyclePolicy: an identity whose inactivity lasts longer than a set threshold counts as non-compliant.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InactivityRule {
    /// Key that identifies the rule. Inherited from entity.
    pub id: Option<String>,
    /// When true, the rule is switched on and checked whenever its policy is evaluated. Inherited from lifecyclePolicyRule.
    pub is_enabled: Option<bool>,
    /// Which kind of rule this is, such as periodicAttestation or sponsorPresence.
    pub rule_type: Option<String>,
    /// Longest stretch of inactivity, in days, that an identity may have before this rule marks it non-compliant.
    pub last_activity_threshold_in_days: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl InactivityRule {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> InactivityRuleBuilder {
        InactivityRuleBuilder::default()
    }
}

/// Builds a [`InactivityRule`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct InactivityRuleBuilder {
    inner: InactivityRule,
}

impl InactivityRuleBuilder {
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
    /// Sets `lastActivityThresholdInDays`.
    pub fn last_activity_threshold_in_days(mut self, value: impl Into<i32>) -> Self {
        self.inner.last_activity_threshold_in_days = Some(value.into());
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
    /// The finished [`InactivityRule`].
    pub fn build(self) -> InactivityRule {
        self.inner
    }
}

impl crate::GraphType for InactivityRule {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.inactivityRule";
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
            name: "lastActivityThresholdInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for InactivityRule {
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
        if let Some(value) = &self.last_activity_threshold_in_days {
            map.serialize_entry("lastActivityThresholdInDays", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "isEnabled" => self.is_enabled.is_some(),
            "ruleType" => self.rule_type.is_some(),
            "lastActivityThresholdInDays" => {
                self.last_activity_threshold_in_days.is_some()
            }
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for InactivityRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for InactivityRule {
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
            "lastActivityThresholdInDays" => {
                crate::__private::field(
                    map,
                    &mut self.last_activity_threshold_in_days,
                    "lastActivityThresholdInDays",
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

impl<'de> serde::Deserialize<'de> for InactivityRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.inactivityRule` object",
        )
    }
}
