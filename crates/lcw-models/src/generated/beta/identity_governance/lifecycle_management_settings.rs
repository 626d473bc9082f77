// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclemanagementsettings.md by `cargo xtask regenerate`. Do not edit.
/// Tenant-wide settings that govern workflows built with Lifecycle Workflows.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecycleManagementSettings {
    /// Key of the Lifecycle Workflows settings object. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// Interval, in hours, of the schedule on which workflows run.
    pub workflow_schedule_interval_in_hours: crate::Nullable<i32>,
    /// How emails sent by workflow tasks look: sender domain and company branding.
    pub email_settings: crate::Nullable<crate::beta::EmailSettings>,
    /// When workflows of the tenant are quarantined.
    pub quarantine_configuration: crate::Nullable<crate::beta::identity_governance::QuarantineConfiguration>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecycleManagementSettings {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecycleManagementSettingsBuilder {
        <LifecycleManagementSettingsBuilder as Default>::default()
    }
}

/// Builds a [`LifecycleManagementSettings`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecycleManagementSettingsBuilder {
    inner: LifecycleManagementSettings,
}

impl LifecycleManagementSettingsBuilder {
    /// Sets `id`.
    ///
    /// Key of the Lifecycle Workflows settings object. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the Lifecycle Workflows settings object. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the Lifecycle Workflows settings object. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `workflowScheduleIntervalInHours`.
    ///
    /// Interval, in hours, of the schedule on which workflows run.
    pub fn workflow_schedule_interval_in_hours(mut self, value: impl Into<i32>) -> Self {
        self.inner.workflow_schedule_interval_in_hours = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workflowScheduleIntervalInHours` to a value, or leaves it out of the body with `None`.
    ///
    /// Interval, in hours, of the schedule on which workflows run.
    pub fn set_workflow_schedule_interval_in_hours(mut self, value: Option<i32>) -> Self {
        self.inner.workflow_schedule_interval_in_hours = value.into();
        self
    }
    /// Sends `workflowScheduleIntervalInHours` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Interval, in hours, of the schedule on which workflows run.
    pub fn null_workflow_schedule_interval_in_hours(mut self) -> Self {
        self.inner.workflow_schedule_interval_in_hours = crate::Nullable::Null;
        self
    }
    /// Sets `emailSettings`.
    ///
    /// How emails sent by workflow tasks look: sender domain and company branding.
    pub fn email_settings(mut self, value: impl Into<crate::beta::EmailSettings>) -> Self {
        self.inner.email_settings = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `emailSettings` to a value, or leaves it out of the body with `None`.
    ///
    /// How emails sent by workflow tasks look: sender domain and company branding.
    pub fn set_email_settings(mut self, value: Option<crate::beta::EmailSettings>) -> Self {
        self.inner.email_settings = value.into();
        self
    }
    /// Sends `emailSettings` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How emails sent by workflow tasks look: sender domain and company branding.
    pub fn null_email_settings(mut self) -> Self {
        self.inner.email_settings = crate::Nullable::Null;
        self
    }
    /// Sets `quarantineConfiguration`.
    ///
    /// When workflows of the tenant are quarantined.
    pub fn quarantine_configuration(
        mut self,
        value: impl Into<crate::beta::identity_governance::QuarantineConfiguration>,
    ) -> Self {
        self.inner.quarantine_configuration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `quarantineConfiguration` to a value, or leaves it out of the body with `None`.
    ///
    /// When workflows of the tenant are quarantined.
    pub fn set_quarantine_configuration(
        mut self,
        value: Option<crate::beta::identity_governance::QuarantineConfiguration>,
    ) -> Self {
        self.inner.quarantine_configuration = value.into();
        self
    }
    /// Sends `quarantineConfiguration` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When workflows of the tenant are quarantined.
    pub fn null_quarantine_configuration(mut self) -> Self {
        self.inner.quarantine_configuration = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecycleManagementSettings`].
    pub fn build(self) -> LifecycleManagementSettings {
        self.inner
    }
}

impl crate::GraphType for LifecycleManagementSettings {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecycleManagementSettings";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "workflowScheduleIntervalInHours",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "emailSettings",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.emailSettings"),
            read_only: false,
        },
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

impl crate::__private::WriteFields for LifecycleManagementSettings {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "workflowScheduleIntervalInHours", &self.workflow_schedule_interval_in_hours)?;
        crate::__private::write_field(map, "emailSettings", &self.email_settings)?;
        crate::__private::write_field(map, "quarantineConfiguration", &self.quarantine_configuration)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "workflowScheduleIntervalInHours" => !self.workflow_schedule_interval_in_hours.is_absent(),
            "emailSettings" => !self.email_settings.is_absent(),
            "quarantineConfiguration" => !self.quarantine_configuration.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecycleManagementSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecycleManagementSettings {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecycleManagementSettings` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "workflowScheduleIntervalInHours" => crate::__private::field(map, &mut self.workflow_schedule_interval_in_hours)?,
            "emailSettings" => crate::__private::field(map, &mut self.email_settings)?,
            "quarantineConfiguration" => crate::__private::field(map, &mut self.quarantine_configuration)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecycleManagementSettings {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
