// Generated from docs-src/api-reference/beta/resources/identitygovernance-quarantinedetails.md by `cargo xtask regenerate`. Do not edit.
/// Read-only information about the quarantine of a workflow. A workflow returns it in its quarantineDetails property after one of its runs went past the thresholds of its quarantineConfiguration and the service quarantined it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuarantineDetails {
    /// When the workflow went into quarantine.
    pub quarantined_date_time: Option<crate::Timestamp>,
    /// Why the workflow went into quarantine.
    pub quarantine_reason: Option<String>,
    /// Which kind of threshold put the workflow into quarantine. The possible values are: `notQuarantined`, `countBasedThresholdExceeded`, `percentageBasedThresholdExceeded`, `multipleConditionsExceeded`, `unknownFutureValue`.
    pub quarantine_type: Option<super::QuarantineType>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl QuarantineDetails {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> QuarantineDetailsBuilder {
        QuarantineDetailsBuilder::default()
    }
}

/// Builds a [`QuarantineDetails`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct QuarantineDetailsBuilder {
    inner: QuarantineDetails,
}

impl QuarantineDetailsBuilder {
    /// Sets `quarantinedDateTime`.
    pub fn quarantined_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.quarantined_date_time = Some(value.into());
        self
    }
    /// Sets `quarantineReason`.
    pub fn quarantine_reason(mut self, value: impl Into<String>) -> Self {
        self.inner.quarantine_reason = Some(value.into());
        self
    }
    /// Sets `quarantineType`.
    pub fn quarantine_type(mut self, value: impl Into<super::QuarantineType>) -> Self {
        self.inner.quarantine_type = Some(value.into());
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
    /// The finished [`QuarantineDetails`].
    pub fn build(self) -> QuarantineDetails {
        self.inner
    }
}

impl crate::GraphType for QuarantineDetails {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.quarantineDetails";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "quarantinedDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "quarantineReason",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "quarantineType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.quarantineType",
                members: &[
                    "notQuarantined",
                    "countBasedThresholdExceeded",
                    "percentageBasedThresholdExceeded",
                    "multipleConditionsExceeded",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
        },
    ];
}

impl crate::__private::WriteFields for QuarantineDetails {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.quarantined_date_time {
            map.serialize_entry("quarantinedDateTime", value)?;
        }
        if let Some(value) = &self.quarantine_reason {
            map.serialize_entry("quarantineReason", value)?;
        }
        if let Some(value) = &self.quarantine_type {
            map.serialize_entry("quarantineType", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "quarantinedDateTime" => self.quarantined_date_time.is_some(),
            "quarantineReason" => self.quarantine_reason.is_some(),
            "quarantineType" => self.quarantine_type.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for QuarantineDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for QuarantineDetails {
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "quarantinedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.quarantined_date_time,
                    "quarantinedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "quarantineReason" => {
                crate::__private::field(
                    map,
                    &mut self.quarantine_reason,
                    "quarantineReason",
                    &mut self.additional_properties,
                )?
            }
            "quarantineType" => {
                crate::__private::field(
                    map,
                    &mut self.quarantine_type,
                    "quarantineType",
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

impl<'de> serde::Deserialize<'de> for QuarantineDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.quarantineDetails` object",
        )
    }
}
