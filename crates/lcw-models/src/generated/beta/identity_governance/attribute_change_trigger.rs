// Generated from docs-src/api-reference/beta/resources/identitygovernance-attributechangetrigger.md by `cargo xtask regenerate`. Do not edit.
/// Abstract trigger: a change to one of the listed user attributes makes the workflow's execution conditions apply to that user.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttributeChangeTrigger {
    /// Attributes whose change fires the workflow's execution trigger.
    pub trigger_attributes: crate::Nullable<Vec<crate::beta::identity_governance::TriggerAttribute>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeChangeTrigger {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> AttributeChangeTriggerBuilder {
        <AttributeChangeTriggerBuilder as Default>::default()
    }
}

/// Builds a [`AttributeChangeTrigger`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct AttributeChangeTriggerBuilder {
    inner: AttributeChangeTrigger,
}

impl AttributeChangeTriggerBuilder {
    /// Appends one item to `triggerAttributes` (creating the collection if needed).
    ///
    /// Attributes whose change fires the workflow's execution trigger.
    pub fn trigger_attributes(
        mut self,
        item: impl Into<crate::beta::identity_governance::TriggerAttribute>,
    ) -> Self {
        self.inner.trigger_attributes.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `triggerAttributes` to a value, or leaves it out of the body with `None`.
    ///
    /// Attributes whose change fires the workflow's execution trigger.
    pub fn set_trigger_attributes(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::TriggerAttribute>>,
    ) -> Self {
        self.inner.trigger_attributes = value.into();
        self
    }
    /// Sends `triggerAttributes` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Attributes whose change fires the workflow's execution trigger.
    pub fn null_trigger_attributes(mut self) -> Self {
        self.inner.trigger_attributes = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.triggerAttribute"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for AttributeChangeTrigger {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "triggerAttributes", &self.trigger_attributes)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "triggerAttributes" => !self.trigger_attributes.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.attributeChangeTrigger` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "triggerAttributes" => crate::__private::object_list(map, &mut self.trigger_attributes)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for AttributeChangeTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
