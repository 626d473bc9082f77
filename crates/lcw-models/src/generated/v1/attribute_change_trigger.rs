// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-attributechangetrigger.md by `cargo xtask regenerate`. Do not edit.
/// Starts a workflow for a user as soon as one of the listed user attributes takes a new value.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttributeChangeTrigger {
    /// User attributes whose change fires the workflow.
    pub trigger_attributes: Option<Vec<super::TriggerAttribute>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeChangeTrigger {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AttributeChangeTriggerBuilder {
        AttributeChangeTriggerBuilder::default()
    }
}

/// Builds a [`AttributeChangeTrigger`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AttributeChangeTriggerBuilder {
    inner: AttributeChangeTrigger,
}

impl AttributeChangeTriggerBuilder {
    /// Sets `triggerAttributes`.
    pub fn trigger_attributes(
        mut self,
        value: impl Into<Vec<super::TriggerAttribute>>,
    ) -> Self {
        self.inner.trigger_attributes = Some(value.into());
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
    /// The finished [`AttributeChangeTrigger`].
    pub fn build(self) -> AttributeChangeTrigger {
        self.inner
    }
}

impl crate::GraphType for AttributeChangeTrigger {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.attributeChangeTrigger";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "triggerAttributes",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.triggerAttribute",
            ),
        },
    ];
}

impl crate::__private::WriteFields for AttributeChangeTrigger {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.trigger_attributes {
            map.serialize_entry("triggerAttributes", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "triggerAttributes" => self.trigger_attributes.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for AttributeChangeTrigger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for AttributeChangeTrigger {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "triggerAttributes" => {
                crate::__private::field(
                    map,
                    &mut self.trigger_attributes,
                    "triggerAttributes",
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

impl<'de> serde::Deserialize<'de> for AttributeChangeTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.attributeChangeTrigger` object",
        )
    }
}
