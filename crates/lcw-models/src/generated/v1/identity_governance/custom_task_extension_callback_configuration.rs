// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-customtaskextensioncallbackconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Tells whether a callback from the Azure Logic App is awaited, and within which time span it must arrive.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomTaskExtensionCallbackConfiguration {
    /// Time allowed for the callback, as an ISO 8601 duration between five minutes (PT5M) and three hours (PT3H). Inherited from customExtensionCallbackConfiguration.
    pub timeout_duration: crate::Nullable<crate::IsoDuration>,
    /// Applications, given by their identifiers or appIds, that may resume a task processing result.
    pub authorized_apps: crate::Nullable<Vec<crate::v1::Application>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CustomTaskExtensionCallbackConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CustomTaskExtensionCallbackConfigurationBuilder {
        <CustomTaskExtensionCallbackConfigurationBuilder as Default>::default()
    }
}

/// Builds a [`CustomTaskExtensionCallbackConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CustomTaskExtensionCallbackConfigurationBuilder {
    inner: CustomTaskExtensionCallbackConfiguration,
}

impl CustomTaskExtensionCallbackConfigurationBuilder {
    /// Sets `timeoutDuration`.
    ///
    /// Time allowed for the callback, as an ISO 8601 duration between five minutes (PT5M) and three hours (PT3H). Inherited from customExtensionCallbackConfiguration.
    pub fn timeout_duration(mut self, value: impl Into<crate::IsoDuration>) -> Self {
        self.inner.timeout_duration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `timeoutDuration` to a value, or leaves it out of the body with `None`.
    ///
    /// Time allowed for the callback, as an ISO 8601 duration between five minutes (PT5M) and three hours (PT3H). Inherited from customExtensionCallbackConfiguration.
    pub fn set_timeout_duration(mut self, value: Option<crate::IsoDuration>) -> Self {
        self.inner.timeout_duration = value.into();
        self
    }
    /// Sends `timeoutDuration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Time allowed for the callback, as an ISO 8601 duration between five minutes (PT5M) and three hours (PT3H). Inherited from customExtensionCallbackConfiguration.
    pub fn null_timeout_duration(mut self) -> Self {
        self.inner.timeout_duration = crate::Nullable::Null;
        self
    }
    /// Appends one item to `authorizedApps` (creating the collection if needed).
    ///
    /// Applications, given by their identifiers or appIds, that may resume a task processing result.
    pub fn authorized_apps(mut self, item: impl Into<crate::v1::Application>) -> Self {
        self.inner.authorized_apps.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `authorizedApps` to a value, or leaves it out of the body with `None`.
    ///
    /// Applications, given by their identifiers or appIds, that may resume a task processing result.
    pub fn set_authorized_apps(mut self, value: Option<Vec<crate::v1::Application>>) -> Self {
        self.inner.authorized_apps = value.into();
        self
    }
    /// Sends `authorizedApps` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Applications, given by their identifiers or appIds, that may resume a task processing result.
    pub fn null_authorized_apps(mut self) -> Self {
        self.inner.authorized_apps = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CustomTaskExtensionCallbackConfiguration`].
    pub fn build(self) -> CustomTaskExtensionCallbackConfiguration {
        self.inner
    }
}

impl crate::GraphType for CustomTaskExtensionCallbackConfiguration {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "timeoutDuration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Duration,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "authorizedApps",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.application"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CustomTaskExtensionCallbackConfiguration {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "timeoutDuration", &self.timeout_duration)?;
        crate::__private::write_field(map, "authorizedApps", &self.authorized_apps)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "timeoutDuration" => !self.timeout_duration.is_absent(),
            "authorizedApps" => !self.authorized_apps.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CustomTaskExtensionCallbackConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CustomTaskExtensionCallbackConfiguration {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "timeoutDuration" => crate::__private::field(map, &mut self.timeout_duration)?,
            "authorizedApps" => crate::__private::object_list(map, &mut self.authorized_apps)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CustomTaskExtensionCallbackConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
