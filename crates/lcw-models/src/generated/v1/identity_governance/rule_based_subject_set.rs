// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-rulebasedsubjectset.md by `cargo xtask regenerate`. Do not edit.
/// Picks, through a filter rule, the users that a lifecycle workflow with triggerAndScopeBasedConditions covers.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleBasedSubjectSet {
    /// Filter rule of the subject set: an OData `$filter` expression over user properties. Supported user properties and query parameters lists what a rule may use.
    pub rule: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RuleBasedSubjectSet {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> RuleBasedSubjectSetBuilder {
        <RuleBasedSubjectSetBuilder as Default>::default()
    }
}

/// Builds a [`RuleBasedSubjectSet`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct RuleBasedSubjectSetBuilder {
    inner: RuleBasedSubjectSet,
}

impl RuleBasedSubjectSetBuilder {
    /// Sets `rule`.
    ///
    /// Filter rule of the subject set: an OData `$filter` expression over user properties. Supported user properties and query parameters lists what a rule may use.
    pub fn rule(mut self, value: impl Into<String>) -> Self {
        self.inner.rule = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `rule` to a value, or leaves it out of the body with `None`.
    ///
    /// Filter rule of the subject set: an OData `$filter` expression over user properties. Supported user properties and query parameters lists what a rule may use.
    pub fn set_rule(mut self, value: Option<String>) -> Self {
        self.inner.rule = value.into();
        self
    }
    /// Sends `rule` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Filter rule of the subject set: an OData `$filter` expression over user properties. Supported user properties and query parameters lists what a rule may use.
    pub fn null_rule(mut self) -> Self {
        self.inner.rule = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`RuleBasedSubjectSet`].
    pub fn build(self) -> RuleBasedSubjectSet {
        self.inner
    }
}

impl crate::GraphType for RuleBasedSubjectSet {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.ruleBasedSubjectSet";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "rule",
            filter: &[crate::FilterOp::Eq],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for RuleBasedSubjectSet {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "rule", &self.rule)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "rule" => !self.rule.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for RuleBasedSubjectSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for RuleBasedSubjectSet {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.ruleBasedSubjectSet` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "rule" => crate::__private::field(map, &mut self.rule)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for RuleBasedSubjectSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
