// Generated from docs-src/api-reference/beta/resources/identitygovernance-workflowsetting.md by `cargo xtask regenerate`. Do not edit.
/// Settings that can be adjusted on a workflow or a workflowVersion. Both resources carry this object in their settings property.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowSetting {
    /// Threshold settings; once their conditions are met, the workflow is stopped automatically.
    pub quarantine_configuration: crate::Nullable<crate::beta::identity_governance::QuarantineConfiguration>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowSetting {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowSettingBuilder {
        <WorkflowSettingBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowSetting`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowSettingBuilder {
    inner: WorkflowSetting,
}

impl WorkflowSettingBuilder {
    /// Sets `quarantineConfiguration`.
    ///
    /// Threshold settings; once their conditions are met, the workflow is stopped automatically.
    pub fn quarantine_configuration(
        mut self,
        value: impl Into<crate::beta::identity_governance::QuarantineConfiguration>,
    ) -> Self {
        self.inner.quarantine_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `quarantineConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// Threshold settings; once their conditions are met, the workflow is stopped automatically.
    pub fn set_quarantine_configuration(
        mut self,
        value: Option<crate::beta::identity_governance::QuarantineConfiguration>,
    ) -> Self {
        self.inner.quarantine_configuration = value.into();
        self
    }
    /// Sends `quarantineConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Threshold settings; once their conditions are met, the workflow is stopped automatically.
    pub fn null_quarantine_configuration(mut self) -> Self {
        self.inner.quarantine_configuration = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowSetting`].
    pub fn build(self) -> WorkflowSetting {
        self.inner
    }
}

impl crate::GraphType for WorkflowSetting {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowSetting";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "quarantineConfiguration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.quarantineConfiguration"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for WorkflowSetting {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "quarantineConfiguration", &self.quarantine_configuration)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "quarantineConfiguration" => !self.quarantine_configuration.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkflowSetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowSetting {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowSetting` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "quarantineConfiguration" => crate::__private::field(map, &mut self.quarantine_configuration)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowSetting {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
