// Generated from docs-src/api-reference/v1.0/resources/emailsettings.md by `cargo xtask regenerate`. Do not edit.
/// Settings of the emails that lifecycle workflow tasks send.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmailSettings {
    /// Domain the emails are sent from.
    pub sender_domain: crate::Nullable<String>,
    /// Whether the emails carry the company branding of the tenant.
    pub use_company_branding: crate::Nullable<bool>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EmailSettings {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> EmailSettingsBuilder {
        <EmailSettingsBuilder as Default>::default()
    }
}

/// Builds a [`EmailSettings`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct EmailSettingsBuilder {
    inner: EmailSettings,
}

impl EmailSettingsBuilder {
    /// Sets `senderDomain`.
    ///
    /// Domain the emails are sent from.
    pub fn sender_domain(mut self, value: impl Into<String>) -> Self {
        self.inner.sender_domain = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `senderDomain` to a value, or leaves it out of the body with `None`.
    ///
    /// Domain the emails are sent from.
    pub fn set_sender_domain(mut self, value: Option<String>) -> Self {
        self.inner.sender_domain = value.into();
        self
    }
    /// Sends `senderDomain` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Domain the emails are sent from.
    pub fn null_sender_domain(mut self) -> Self {
        self.inner.sender_domain = crate::Nullable::Null;
        self
    }
    /// Sets `useCompanyBranding`.
    ///
    /// Whether the emails carry the company branding of the tenant.
    pub fn use_company_branding(mut self, value: impl Into<bool>) -> Self {
        self.inner.use_company_branding = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `useCompanyBranding` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the emails carry the company branding of the tenant.
    pub fn set_use_company_branding(mut self, value: Option<bool>) -> Self {
        self.inner.use_company_branding = value.into();
        self
    }
    /// Sends `useCompanyBranding` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the emails carry the company branding of the tenant.
    pub fn null_use_company_branding(mut self) -> Self {
        self.inner.use_company_branding = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`EmailSettings`].
    pub fn build(self) -> EmailSettings {
        self.inner
    }
}

impl crate::GraphType for EmailSettings {
    const ODATA_TYPE: &'static str = "#microsoft.graph.emailSettings";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "senderDomain",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "useCompanyBranding",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for EmailSettings {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "senderDomain", &self.sender_domain)?;
        crate::__private::write_field(map, "useCompanyBranding", &self.use_company_branding)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "senderDomain" => !self.sender_domain.is_absent(),
            "useCompanyBranding" => !self.use_company_branding.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for EmailSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for EmailSettings {
    const EXPECTING: &'static str = "a `microsoft.graph.emailSettings` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "senderDomain" => crate::__private::field(map, &mut self.sender_domain)?,
            "useCompanyBranding" => crate::__private::field(map, &mut self.use_company_branding)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for EmailSettings {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
