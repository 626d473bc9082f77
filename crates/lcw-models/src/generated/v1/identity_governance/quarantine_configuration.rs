// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-quarantineconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Holds the thresholds that put a workflow into quarantine automatically, so that a run can't reach more users than intended. It is set in the quarantineConfiguration property of these resources:
///
/// - lifecycleManagementSettings
/// - workflowSetting
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuarantineConfiguration {
    /// Thresholds checked for the workflow. Each entry is a countBasedQuarantineCondition or a percentageBasedQuarantineCondition.
    pub conditions: crate::Nullable<Vec<crate::v1::identity_governance::QuarantineConditionKind>>,
    /// Says whether a single one of the conditions or every one of them has to be met before the workflow is quarantined. The possible values are: `any`, `all`, `unknownFutureValue`.
    pub match_mode: crate::Nullable<crate::v1::identity_governance::MatchMode>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl QuarantineConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> QuarantineConfigurationBuilder {
        <QuarantineConfigurationBuilder as Default>::default()
    }
}

/// Builds a [`QuarantineConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct QuarantineConfigurationBuilder {
    inner: QuarantineConfiguration,
}

impl QuarantineConfigurationBuilder {
    /// Appends one item to `conditions` (creating the collection if needed).
    ///
    /// Thresholds checked for the workflow. Each entry is a countBasedQuarantineCondition or a percentageBasedQuarantineCondition.
    pub fn conditions(
        mut self,
        item: impl Into<crate::v1::identity_governance::QuarantineConditionKind>,
    ) -> Self {
        self.inner.conditions.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `conditions` to a value, or leaves it out of the body with `None`.
    ///
    /// Thresholds checked for the workflow. Each entry is a countBasedQuarantineCondition or a percentageBasedQuarantineCondition.
    pub fn set_conditions(
        mut self,
        value: Option<Vec<crate::v1::identity_governance::QuarantineConditionKind>>,
    ) -> Self {
        self.inner.conditions = value.into();
        self
    }
    /// Sends `conditions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Thresholds checked for the workflow. Each entry is a countBasedQuarantineCondition or a percentageBasedQuarantineCondition.
    pub fn null_conditions(mut self) -> Self {
        self.inner.conditions = crate::Nullable::Null;
        self
    }
    /// Sets `matchMode`.
    ///
    /// Says whether a single one of the conditions or every one of them has to be met before the workflow is quarantined. The possible values are: `any`, `all`, `unknownFutureValue`.
    pub fn match_mode(
        mut self,
        value: impl Into<crate::v1::identity_governance::MatchMode>,
    ) -> Self {
        self.inner.match_mode = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `matchMode` to a value, or leaves it out of the body with `None`.
    ///
    /// Says whether a single one of the conditions or every one of them has to be met before the workflow is quarantined. The possible values are: `any`, `all`, `unknownFutureValue`.
    pub fn set_match_mode(
        mut self,
        value: Option<crate::v1::identity_governance::MatchMode>,
    ) -> Self {
        self.inner.match_mode = value.into();
        self
    }
    /// Sends `matchMode` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Says whether a single one of the conditions or every one of them has to be met before the workflow is quarantined. The possible values are: `any`, `all`, `unknownFutureValue`.
    pub fn null_match_mode(mut self) -> Self {
        self.inner.match_mode = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`QuarantineConfiguration`].
    pub fn build(self) -> QuarantineConfiguration {
        self.inner
    }
}

impl crate::GraphType for QuarantineConfiguration {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.quarantineConfiguration";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "conditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.quarantineCondition"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "matchMode",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.matchMode",
                members: &["any", "all", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for QuarantineConfiguration {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "conditions", &self.conditions)?;
        crate::__private::write_field(map, "matchMode", &self.match_mode)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "conditions" => !self.conditions.is_absent(),
            "matchMode" => !self.match_mode.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for QuarantineConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for QuarantineConfiguration {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.quarantineConfiguration` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conditions" => crate::__private::field(map, &mut self.conditions)?,
            "matchMode" => crate::__private::field(map, &mut self.match_mode)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for QuarantineConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
