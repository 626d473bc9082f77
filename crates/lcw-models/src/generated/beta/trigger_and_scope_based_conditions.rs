// Generated from docs-src/api-reference/beta/resources/identitygovernance-triggerandscopebasedconditions.md by `cargo xtask regenerate`. Do not edit.
/// Execution conditions of a lifecycle workflow that runs on a schedule: the scope says whom it covers, the trigger says what makes it run.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TriggerAndScopeBasedConditions {
    /// Users the workflow runs for.
    pub scope: Option<super::SubjectSetKind>,
    /// Event that makes the workflow run.
    pub trigger: Option<super::WorkflowExecutionTriggerKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TriggerAndScopeBasedConditions {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TriggerAndScopeBasedConditionsBuilder {
        TriggerAndScopeBasedConditionsBuilder::default()
    }
}

/// Builds a [`TriggerAndScopeBasedConditions`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TriggerAndScopeBasedConditionsBuilder {
    inner: TriggerAndScopeBasedConditions,
}

impl TriggerAndScopeBasedConditionsBuilder {
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<super::SubjectSetKind>) -> Self {
        self.inner.scope = Some(value.into());
        self
    }
    /// Sets `trigger`.
    pub fn trigger(
        mut self,
        value: impl Into<super::WorkflowExecutionTriggerKind>,
    ) -> Self {
        self.inner.trigger = Some(value.into());
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
    /// The finished [`TriggerAndScopeBasedConditions`].
    pub fn build(self) -> TriggerAndScopeBasedConditions {
        self.inner
    }
}

impl crate::GraphType for TriggerAndScopeBasedConditions {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "scope",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.subjectSet"),
        },
        crate::PropertyInfo {
            name: "trigger",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.workflowExecutionTrigger",
            ),
        },
    ];
}

impl crate::__private::WriteFields for TriggerAndScopeBasedConditions {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.scope {
            map.serialize_entry("scope", value)?;
        }
        if let Some(value) = &self.trigger {
            map.serialize_entry("trigger", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "scope" => self.scope.is_some(),
            "trigger" => self.trigger.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TriggerAndScopeBasedConditions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TriggerAndScopeBasedConditions {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scope" => {
                crate::__private::field(
                    map,
                    &mut self.scope,
                    "scope",
                    &mut self.additional_properties,
                )?
            }
            "trigger" => {
                crate::__private::field(
                    map,
                    &mut self.trigger,
                    "trigger",
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

impl<'de> serde::Deserialize<'de> for TriggerAndScopeBasedConditions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.triggerAndScopeBasedConditions` object",
        )
    }
}
