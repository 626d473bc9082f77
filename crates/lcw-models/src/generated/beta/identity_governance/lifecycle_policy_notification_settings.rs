// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicynotificationsettings.md by `cargo xtask regenerate`. Do not edit.
/// Controls the notifications of a lifecycle policy, for example on which days after an identity falls out of compliance a notice goes out. Set it as the notificationSchedule of a lifecyclePolicy.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyNotificationSettings {
    /// Email addresses to fall back on when none of the targeted recipients of a notice has a valid address. They are not added to every notice, and are not used as long as a targeted recipient has a valid address.
    pub additional_fallback_recipients: crate::Nullable<Vec<String>>,
    /// Days after an identity falls out of compliance on which a notice goes out.
    pub offsets_after_non_compliance_in_days: crate::Nullable<Vec<i32>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyNotificationSettings {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyNotificationSettingsBuilder {
        <LifecyclePolicyNotificationSettingsBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyNotificationSettings`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyNotificationSettingsBuilder {
    inner: LifecyclePolicyNotificationSettings,
}

impl LifecyclePolicyNotificationSettingsBuilder {
    /// Appends one item to `additionalFallbackRecipients` (creating the collection if needed).
    ///
    /// Email addresses to fall back on when none of the targeted recipients of a notice has a valid address. They are not added to every notice, and are not used as long as a targeted recipient has a valid address.
    pub fn additional_fallback_recipients(mut self, item: impl Into<String>) -> Self {
        self.inner.additional_fallback_recipients.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `additionalFallbackRecipients` to a value, or leaves it out of the body with `None`.
    ///
    /// Email addresses to fall back on when none of the targeted recipients of a notice has a valid address. They are not added to every notice, and are not used as long as a targeted recipient has a valid address.
    pub fn set_additional_fallback_recipients(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.additional_fallback_recipients = value.into();
        self
    }
    /// Sends `additionalFallbackRecipients` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Email addresses to fall back on when none of the targeted recipients of a notice has a valid address. They are not added to every notice, and are not used as long as a targeted recipient has a valid address.
    pub fn null_additional_fallback_recipients(mut self) -> Self {
        self.inner.additional_fallback_recipients = crate::Nullable::Null;
        self
    }
    /// Appends one item to `offsetsAfterNonComplianceInDays` (creating the collection if needed).
    ///
    /// Days after an identity falls out of compliance on which a notice goes out.
    pub fn offsets_after_non_compliance_in_days(mut self, item: impl Into<i32>) -> Self {
        self.inner.offsets_after_non_compliance_in_days.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `offsetsAfterNonComplianceInDays` to a value, or leaves it out of the body with `None`.
    ///
    /// Days after an identity falls out of compliance on which a notice goes out.
    pub fn set_offsets_after_non_compliance_in_days(mut self, value: Option<Vec<i32>>) -> Self {
        self.inner.offsets_after_non_compliance_in_days = value.into();
        self
    }
    /// Sends `offsetsAfterNonComplianceInDays` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Days after an identity falls out of compliance on which a notice goes out.
    pub fn null_offsets_after_non_compliance_in_days(mut self) -> Self {
        self.inner.offsets_after_non_compliance_in_days = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicyNotificationSettings`].
    pub fn build(self) -> LifecyclePolicyNotificationSettings {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyNotificationSettings {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyNotificationSettings";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "additionalFallbackRecipients",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "offsetsAfterNonComplianceInDays",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyNotificationSettings {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "additionalFallbackRecipients", &self.additional_fallback_recipients)?;
        crate::__private::write_field(map, "offsetsAfterNonComplianceInDays", &self.offsets_after_non_compliance_in_days)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "additionalFallbackRecipients" => !self.additional_fallback_recipients.is_absent(),
            "offsetsAfterNonComplianceInDays" => !self.offsets_after_non_compliance_in_days.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyNotificationSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyNotificationSettings {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyNotificationSettings` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "additionalFallbackRecipients" => crate::__private::field(map, &mut self.additional_fallback_recipients)?,
            "offsetsAfterNonComplianceInDays" => crate::__private::field(map, &mut self.offsets_after_non_compliance_in_days)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyNotificationSettings {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
