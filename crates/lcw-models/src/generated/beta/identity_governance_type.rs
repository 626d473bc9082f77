// Generated from docs-src/api-reference/beta/resources/identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// The identityGovernance singleton groups the Azure Active Directory identity governance features. Each of them has its own resources and APIs:
///
/// - Access reviews
/// - Entitlement management
/// - App consent
/// - Lifecycle Workflows
/// - Terms of use
/// - Privileged Identity Management
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdentityGovernance {
    /// Holds the base resources behind the access reviews API and its features.
    pub access_reviews: crate::Nullable<crate::beta::AccessReviewSet>,
    /// Holds the base resources behind the app consent request API and its features. For now the only resource it offers is appConsentRequests.
    pub app_consent: crate::Nullable<crate::beta::AppConsentApprovalRoute>,
    /// Holds the entitlement management resources, among them accessPackageCatalog, connectedOrganization, and entitlementManagementSettings.
    pub entitlement_management: crate::Nullable<crate::beta::EntitlementManagement>,
    /// Holds the resources behind the terms of use API and its features, among them agreements and agreementAcceptances.
    pub terms_of_use: crate::Nullable<crate::beta::TermsOfUseContainer>,
    /// Holds the Lifecycle Workflows resources, among them workflow, customTaskExtension, and lifecycleManagementSettings.
    pub lifecycle_workflows: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowsContainer>,
    /// Holds the base resources behind the security alerts that Privileged Identity Management (PIM) raises for Azure AD roles.
    pub role_management_alerts: crate::Nullable<crate::beta::RoleManagementAlert>,
    /// Holds the base resources behind the API and features of Privileged Identity Management (PIM) for Groups.
    pub privileged_access: crate::Nullable<crate::beta::PrivilegedAccessRoot>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityGovernance {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> IdentityGovernanceBuilder {
        <IdentityGovernanceBuilder as Default>::default()
    }
}

/// Builds a [`IdentityGovernance`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct IdentityGovernanceBuilder {
    inner: IdentityGovernance,
}

impl IdentityGovernanceBuilder {
    /// Sets `accessReviews`.
    ///
    /// Holds the base resources behind the access reviews API and its features.
    pub fn access_reviews(mut self, value: impl Into<crate::beta::AccessReviewSet>) -> Self {
        self.inner.access_reviews = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `accessReviews` to a value, or leaves it out of the body with `None`.
    ///
    /// Holds the base resources behind the access reviews API and its features.
    pub fn set_access_reviews(mut self, value: Option<crate::beta::AccessReviewSet>) -> Self {
        self.inner.access_reviews = value.into();
        self
    }
    /// Sends `accessReviews` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Holds the base resources behind the access reviews API and its features.
    pub fn null_access_reviews(mut self) -> Self {
        self.inner.access_reviews = crate::Nullable::Null;
        self
    }
    /// Sets `appConsent`.
    ///
    /// Holds the base resources behind the app consent request API and its features. For now the only resource it offers is appConsentRequests.
    pub fn app_consent(mut self, value: impl Into<crate::beta::AppConsentApprovalRoute>) -> Self {
        self.inner.app_consent = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `appConsent` to a value, or leaves it out of the body with `None`.
    ///
    /// Holds the base resources behind the app consent request API and its features. For now the only resource it offers is appConsentRequests.
    pub fn set_app_consent(mut self, value: Option<crate::beta::AppConsentApprovalRoute>) -> Self {
        self.inner.app_consent = value.into();
        self
    }
    /// Sends `appConsent` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Holds the base resources behind the app consent request API and its features. For now the only resource it offers is appConsentRequests.
    pub fn null_app_consent(mut self) -> Self {
        self.inner.app_consent = crate::Nullable::Null;
        self
    }
    /// Sets `entitlementManagement`.
    ///
    /// Holds the entitlement management resources, among them accessPackageCatalog, connectedOrganization, and entitlementManagementSettings.
    pub fn entitlement_management(
        mut self,
        value: impl Into<crate::beta::EntitlementManagement>,
    ) -> Self {
        self.inner.entitlement_management = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `entitlementManagement` to a value, or leaves it out of the body with `None`.
    ///
    /// Holds the entitlement management resources, among them accessPackageCatalog, connectedOrganization, and entitlementManagementSettings.
    pub fn set_entitlement_management(
        mut self,
        value: Option<crate::beta::EntitlementManagement>,
    ) -> Self {
        self.inner.entitlement_management = value.into();
        self
    }
    /// Sends `entitlementManagement` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Holds the entitlement management resources, among them accessPackageCatalog, connectedOrganization, and entitlementManagementSettings.
    pub fn null_entitlement_management(mut self) -> Self {
        self.inner.entitlement_management = crate::Nullable::Null;
        self
    }
    /// Sets `termsOfUse`.
    ///
    /// Holds the resources behind the terms of use API and its features, among them agreements and agreementAcceptances.
    pub fn terms_of_use(mut self, value: impl Into<crate::beta::TermsOfUseContainer>) -> Self {
        self.inner.terms_of_use = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `termsOfUse` to a value, or leaves it out of the body with `None`.
    ///
    /// Holds the resources behind the terms of use API and its features, among them agreements and agreementAcceptances.
    pub fn set_terms_of_use(mut self, value: Option<crate::beta::TermsOfUseContainer>) -> Self {
        self.inner.terms_of_use = value.into();
        self
    }
    /// Sends `termsOfUse` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Holds the resources behind the terms of use API and its features, among them agreements and agreementAcceptances.
    pub fn null_terms_of_use(mut self) -> Self {
        self.inner.terms_of_use = crate::Nullable::Null;
        self
    }
    /// Sets `lifecycleWorkflows`.
    ///
    /// Holds the Lifecycle Workflows resources, among them workflow, customTaskExtension, and lifecycleManagementSettings.
    pub fn lifecycle_workflows(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleWorkflowsContainer>,
    ) -> Self {
        self.inner.lifecycle_workflows = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lifecycleWorkflows` to a value, or leaves it out of the body with `None`.
    ///
    /// Holds the Lifecycle Workflows resources, among them workflow, customTaskExtension, and lifecycleManagementSettings.
    pub fn set_lifecycle_workflows(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleWorkflowsContainer>,
    ) -> Self {
        self.inner.lifecycle_workflows = value.into();
        self
    }
    /// Sends `lifecycleWorkflows` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Holds the Lifecycle Workflows resources, among them workflow, customTaskExtension, and lifecycleManagementSettings.
    pub fn null_lifecycle_workflows(mut self) -> Self {
        self.inner.lifecycle_workflows = crate::Nullable::Null;
        self
    }
    /// Sets `roleManagementAlerts`.
    ///
    /// Holds the base resources behind the security alerts that Privileged Identity Management (PIM) raises for Azure AD roles.
    pub fn role_management_alerts(
        mut self,
        value: impl Into<crate::beta::RoleManagementAlert>,
    ) -> Self {
        self.inner.role_management_alerts = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `roleManagementAlerts` to a value, or leaves it out of the body with `None`.
    ///
    /// Holds the base resources behind the security alerts that Privileged Identity Management (PIM) raises for Azure AD roles.
    pub fn set_role_management_alerts(
        mut self,
        value: Option<crate::beta::RoleManagementAlert>,
    ) -> Self {
        self.inner.role_management_alerts = value.into();
        self
    }
    /// Sends `roleManagementAlerts` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Holds the base resources behind the security alerts that Privileged Identity Management (PIM) raises for Azure AD roles.
    pub fn null_role_management_alerts(mut self) -> Self {
        self.inner.role_management_alerts = crate::Nullable::Null;
        self
    }
    /// Sets `privilegedAccess`.
    ///
    /// Holds the base resources behind the API and features of Privileged Identity Management (PIM) for Groups.
    pub fn privileged_access(
        mut self,
        value: impl Into<crate::beta::PrivilegedAccessRoot>,
    ) -> Self {
        self.inner.privileged_access = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `privilegedAccess` to a value, or leaves it out of the body with `None`.
    ///
    /// Holds the base resources behind the API and features of Privileged Identity Management (PIM) for Groups.
    pub fn set_privileged_access(
        mut self,
        value: Option<crate::beta::PrivilegedAccessRoot>,
    ) -> Self {
        self.inner.privileged_access = value.into();
        self
    }
    /// Sends `privilegedAccess` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Holds the base resources behind the API and features of Privileged Identity Management (PIM) for Groups.
    pub fn null_privileged_access(mut self) -> Self {
        self.inner.privileged_access = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`IdentityGovernance`].
    pub fn build(self) -> IdentityGovernance {
        self.inner
    }
}

impl crate::GraphType for IdentityGovernance {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "accessReviews",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.accessReviewSet"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "appConsent",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.appConsentApprovalRoute"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "entitlementManagement",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.entitlementManagement"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "termsOfUse",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.termsOfUseContainer"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lifecycleWorkflows",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.lifecycleWorkflowsContainer"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "roleManagementAlerts",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.roleManagementAlert"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "privilegedAccess",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.privilegedAccessRoot"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for IdentityGovernance {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "accessReviews", &self.access_reviews)?;
        crate::__private::write_field(map, "appConsent", &self.app_consent)?;
        crate::__private::write_field(map, "entitlementManagement", &self.entitlement_management)?;
        crate::__private::write_field(map, "termsOfUse", &self.terms_of_use)?;
        crate::__private::write_field(map, "lifecycleWorkflows", &self.lifecycle_workflows)?;
        crate::__private::write_field(map, "roleManagementAlerts", &self.role_management_alerts)?;
        crate::__private::write_field(map, "privilegedAccess", &self.privileged_access)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "accessReviews" => !self.access_reviews.is_absent(),
            "appConsent" => !self.app_consent.is_absent(),
            "entitlementManagement" => !self.entitlement_management.is_absent(),
            "termsOfUse" => !self.terms_of_use.is_absent(),
            "lifecycleWorkflows" => !self.lifecycle_workflows.is_absent(),
            "roleManagementAlerts" => !self.role_management_alerts.is_absent(),
            "privilegedAccess" => !self.privileged_access.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for IdentityGovernance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for IdentityGovernance {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessReviews" => crate::__private::field(map, &mut self.access_reviews)?,
            "appConsent" => crate::__private::field(map, &mut self.app_consent)?,
            "entitlementManagement" => crate::__private::field(map, &mut self.entitlement_management)?,
            "termsOfUse" => crate::__private::field(map, &mut self.terms_of_use)?,
            "lifecycleWorkflows" => crate::__private::field(map, &mut self.lifecycle_workflows)?,
            "roleManagementAlerts" => crate::__private::field(map, &mut self.role_management_alerts)?,
            "privilegedAccess" => crate::__private::field(map, &mut self.privileged_access)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for IdentityGovernance {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
