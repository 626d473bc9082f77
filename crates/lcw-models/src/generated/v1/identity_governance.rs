// Generated from docs-src/api-reference/v1.0/resources/identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// The identityGovernance singleton groups the Azure Active Directory identity governance features. Each of them has its own resources and APIs:
///
/// - Access reviews
/// - Entitlement management
/// - App consent
/// - Lifecycle Workflows
/// - Terms of use
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdentityGovernance {
    /// Holds the base resources behind the access reviews API and its features.
    pub access_reviews: Option<super::AccessReviewSet>,
    /// Holds the base resources behind the app consent request API and its features. For now the only resource it offers is appConsentRequests.
    pub app_consent: Option<super::AppConsentApprovalRoute>,
    /// Holds the entitlement management resources, among them accessPackageCatalog, connectedOrganization, and entitlementManagementSettings.
    pub entitlement_management: Option<super::EntitlementManagement>,
    /// Holds the resources behind the terms of use API and its features, among them agreements and agreementAcceptances.
    pub terms_of_use: Option<super::TermsOfUseContainer>,
    /// Holds the Lifecycle Workflows resources, among them workflow, customTaskExtension, and lifecycleManagementSettings.
    pub lifecycle_workflows: Option<super::LifecycleWorkflowsContainer>,
    /// Holds the base resources behind the API and features of Privileged Identity Management (PIM) for Groups.
    pub privileged_access: Option<super::PrivilegedAccessRoot>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityGovernance {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> IdentityGovernanceBuilder {
        IdentityGovernanceBuilder::default()
    }
}

/// Builds a [`IdentityGovernance`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct IdentityGovernanceBuilder {
    inner: IdentityGovernance,
}

impl IdentityGovernanceBuilder {
    /// Sets `accessReviews`.
    pub fn access_reviews(mut self, value: impl Into<super::AccessReviewSet>) -> Self {
        self.inner.access_reviews = Some(value.into());
        self
    }
    /// Sets `appConsent`.
    pub fn app_consent(
        mut self,
        value: impl Into<super::AppConsentApprovalRoute>,
    ) -> Self {
        self.inner.app_consent = Some(value.into());
        self
    }
    /// Sets `entitlementManagement`.
    pub fn entitlement_management(
        mut self,
        value: impl Into<super::EntitlementManagement>,
    ) -> Self {
        self.inner.entitlement_management = Some(value.into());
        self
    }
    /// Sets `termsOfUse`.
    pub fn terms_of_use(mut self, value: impl Into<super::TermsOfUseContainer>) -> Self {
        self.inner.terms_of_use = Some(value.into());
        self
    }
    /// Sets `lifecycleWorkflows`.
    pub fn lifecycle_workflows(
        mut self,
        value: impl Into<super::LifecycleWorkflowsContainer>,
    ) -> Self {
        self.inner.lifecycle_workflows = Some(value.into());
        self
    }
    /// Sets `privilegedAccess`.
    pub fn privileged_access(
        mut self,
        value: impl Into<super::PrivilegedAccessRoot>,
    ) -> Self {
        self.inner.privileged_access = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "appConsent",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.appConsentApprovalRoute"),
        },
        crate::PropertyInfo {
            name: "entitlementManagement",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.entitlementManagement"),
        },
        crate::PropertyInfo {
            name: "termsOfUse",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.termsOfUseContainer"),
        },
        crate::PropertyInfo {
            name: "lifecycleWorkflows",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer",
            ),
        },
        crate::PropertyInfo {
            name: "privilegedAccess",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.privilegedAccessRoot"),
        },
    ];
}

impl crate::__private::WriteFields for IdentityGovernance {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.access_reviews {
            map.serialize_entry("accessReviews", value)?;
        }
        if let Some(value) = &self.app_consent {
            map.serialize_entry("appConsent", value)?;
        }
        if let Some(value) = &self.entitlement_management {
            map.serialize_entry("entitlementManagement", value)?;
        }
        if let Some(value) = &self.terms_of_use {
            map.serialize_entry("termsOfUse", value)?;
        }
        if let Some(value) = &self.lifecycle_workflows {
            map.serialize_entry("lifecycleWorkflows", value)?;
        }
        if let Some(value) = &self.privileged_access {
            map.serialize_entry("privilegedAccess", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "accessReviews" => self.access_reviews.is_some(),
            "appConsent" => self.app_consent.is_some(),
            "entitlementManagement" => self.entitlement_management.is_some(),
            "termsOfUse" => self.terms_of_use.is_some(),
            "lifecycleWorkflows" => self.lifecycle_workflows.is_some(),
            "privilegedAccess" => self.privileged_access.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessReviews" => {
                crate::__private::field(
                    map,
                    &mut self.access_reviews,
                    "accessReviews",
                    &mut self.additional_properties,
                )?
            }
            "appConsent" => {
                crate::__private::field(
                    map,
                    &mut self.app_consent,
                    "appConsent",
                    &mut self.additional_properties,
                )?
            }
            "entitlementManagement" => {
                crate::__private::field(
                    map,
                    &mut self.entitlement_management,
                    "entitlementManagement",
                    &mut self.additional_properties,
                )?
            }
            "termsOfUse" => {
                crate::__private::field(
                    map,
                    &mut self.terms_of_use,
                    "termsOfUse",
                    &mut self.additional_properties,
                )?
            }
            "lifecycleWorkflows" => {
                crate::__private::field(
                    map,
                    &mut self.lifecycle_workflows,
                    "lifecycleWorkflows",
                    &mut self.additional_properties,
                )?
            }
            "privilegedAccess" => {
                crate::__private::field(
                    map,
                    &mut self.privileged_access,
                    "privilegedAccess",
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

impl<'de> serde::Deserialize<'de> for IdentityGovernance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance` object",
        )
    }
}
