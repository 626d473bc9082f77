// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-quarantinedetails.md by `cargo xtask regenerate`. Do not edit.
/// Read-only information about the quarantine of a workflow. A workflow returns it in its quarantineDetails property after one of its runs went past the thresholds of its quarantineConfiguration and the service quarantined it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuarantineDetails {
    /// When the workflow went into quarantine.
    pub quarantined_date_time: crate::Nullable<crate::Timestamp>,
    /// Why the workflow went into quarantine.
    pub quarantine_reason: crate::Nullable<String>,
    /// Which kind of threshold put the workflow into quarantine. The possible values are: `notQuarantined`, `countBasedThresholdExceeded`, `percentageBasedThresholdExceeded`, `multipleConditionsExceeded`, `unknownFutureValue`.
    pub quarantine_type: crate::Nullable<crate::v1::identity_governance::QuarantineType>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl QuarantineDetails {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> QuarantineDetailsBuilder {
        <QuarantineDetailsBuilder as Default>::default()
    }
}

/// Builds a [`QuarantineDetails`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct QuarantineDetailsBuilder {
    inner: QuarantineDetails,
}

impl QuarantineDetailsBuilder {
    /// Sets `quarantinedDateTime`.
    ///
    /// When the workflow went into quarantine.
    pub fn quarantined_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.quarantined_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `quarantinedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When the workflow went into quarantine.
    pub fn set_quarantined_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.quarantined_date_time = value.into();
        self
    }
    /// Sends `quarantinedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the workflow went into quarantine.
    pub fn null_quarantined_date_time(mut self) -> Self {
        self.inner.quarantined_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `quarantineReason`.
    ///
    /// Why the workflow went into quarantine.
    pub fn quarantine_reason(mut self, value: impl Into<String>) -> Self {
        self.inner.quarantine_reason = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `quarantineReason` to a value, or leaves it out of the body with `None`.
    ///
    /// Why the workflow went into quarantine.
    pub fn set_quarantine_reason(mut self, value: Option<String>) -> Self {
        self.inner.quarantine_reason = value.into();
        self
    }
    /// Sends `quarantineReason` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Why the workflow went into quarantine.
    pub fn null_quarantine_reason(mut self) -> Self {
        self.inner.quarantine_reason = crate::Nullable::Null;
        self
    }
    /// Sets `quarantineType`.
    ///
    /// Which kind of threshold put the workflow into quarantine. The possible values are: `notQuarantined`, `countBasedThresholdExceeded`, `percentageBasedThresholdExceeded`, `multipleConditionsExceeded`, `unknownFutureValue`.
    pub fn quarantine_type(
        mut self,
        value: impl Into<crate::v1::identity_governance::QuarantineType>,
    ) -> Self {
        self.inner.quarantine_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `quarantineType` to a value, or leaves it out of the body with `None`.
    ///
    /// Which kind of threshold put the workflow into quarantine. The possible values are: `notQuarantined`, `countBasedThresholdExceeded`, `percentageBasedThresholdExceeded`, `multipleConditionsExceeded`, `unknownFutureValue`.
    pub fn set_quarantine_type(
        mut self,
        value: Option<crate::v1::identity_governance::QuarantineType>,
    ) -> Self {
        self.inner.quarantine_type = value.into();
        self
    }
    /// Sends `quarantineType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Which kind of threshold put the workflow into quarantine. The possible values are: `notQuarantined`, `countBasedThresholdExceeded`, `percentageBasedThresholdExceeded`, `multipleConditionsExceeded`, `unknownFutureValue`.
    pub fn null_quarantine_type(mut self) -> Self {
        self.inner.quarantine_type = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "quarantineReason",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
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
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for QuarantineDetails {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "quarantinedDateTime", &self.quarantined_date_time)?;
        crate::__private::write_field(map, "quarantineReason", &self.quarantine_reason)?;
        crate::__private::write_field(map, "quarantineType", &self.quarantine_type)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "quarantinedDateTime" => !self.quarantined_date_time.is_absent(),
            "quarantineReason" => !self.quarantine_reason.is_absent(),
            "quarantineType" => !self.quarantine_type.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.quarantineDetails` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "quarantinedDateTime" => crate::__private::field(map, &mut self.quarantined_date_time)?,
            "quarantineReason" => crate::__private::field(map, &mut self.quarantine_reason)?,
            "quarantineType" => crate::__private::field(map, &mut self.quarantine_type)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for QuarantineDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
