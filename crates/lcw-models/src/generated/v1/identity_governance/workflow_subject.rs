// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-workflowsubject.md by `cargo xtask regenerate`. Do not edit.
/// Abstract base type for anything that a lifecycle workflow in identity governance can be activated for. Its derived types appear in these places:
///
/// - the subject property of awaitedWorkflowProcessingResult
/// - the subject property of subjectProcessingResult
/// - the workflowSubject property of taskProcessingResult
/// - the targetSubject property of customTaskExtensionCallbackData
/// - the targetSubject property of customTaskExtensionCalloutData
/// - the targetSubject property of customTaskExtensionResponseData
///
/// Being abstract, the type is never created as such; one of its derived types is used instead:
///
/// - directoryObjectWorkflowSubject, when the subject is an object that already exists in the directory, for example a user.
/// - provisioningObjectWorkflowSubject, when the subject is a provisioning object.
///
/// The `@odata.type` property tells the derived types apart.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkflowSubject {
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowSubject {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> WorkflowSubjectBuilder {
        <WorkflowSubjectBuilder as Default>::default()
    }
}

/// Builds a [`WorkflowSubject`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct WorkflowSubjectBuilder {
    inner: WorkflowSubject,
}

impl WorkflowSubjectBuilder {
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`WorkflowSubject`].
    pub fn build(self) -> WorkflowSubject {
        self.inner
    }
}

impl crate::GraphType for WorkflowSubject {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.workflowSubject";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[];
}

impl crate::__private::WriteFields for WorkflowSubject {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let _ = map;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        let _ = key;
        false
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for WorkflowSubject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for WorkflowSubject {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.workflowSubject` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        let _ = (key, map);
        Ok(false)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowSubject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}

/// A `microsoft.graph.identityGovernance.workflowSubject` value: one of its known concrete types, chosen by `@odata.type`, or `Unknown` with the raw object for a type this crate does not know. To send a type this crate does not know, build the value with `serde_json::from_value`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowSubjectKind {
    /// A `microsoft.graph.identityGovernance.directoryObjectWorkflowSubject`.
    DirectoryObjectWorkflowSubject(crate::v1::identity_governance::DirectoryObjectWorkflowSubject),
    /// A `microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject`.
    ProvisioningObjectWorkflowSubject(crate::v1::identity_governance::ProvisioningObjectWorkflowSubject),
    /// A `microsoft.graph.identityGovernance.workflowSubject`.
    WorkflowSubject(crate::v1::identity_governance::WorkflowSubject),
    /// An object whose `@odata.type` this crate does not know, kept verbatim.
    Unknown(crate::UnknownObject),
}

impl From<crate::v1::identity_governance::DirectoryObjectWorkflowSubject> for WorkflowSubjectKind {
    fn from(value: crate::v1::identity_governance::DirectoryObjectWorkflowSubject) -> Self {
        WorkflowSubjectKind::DirectoryObjectWorkflowSubject(value)
    }
}

impl From<crate::v1::identity_governance::ProvisioningObjectWorkflowSubject> for WorkflowSubjectKind {
    fn from(value: crate::v1::identity_governance::ProvisioningObjectWorkflowSubject) -> Self {
        WorkflowSubjectKind::ProvisioningObjectWorkflowSubject(value)
    }
}

impl From<crate::v1::identity_governance::WorkflowSubject> for WorkflowSubjectKind {
    fn from(value: crate::v1::identity_governance::WorkflowSubject) -> Self {
        WorkflowSubjectKind::WorkflowSubject(value)
    }
}

impl serde::Serialize for WorkflowSubjectKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WorkflowSubjectKind::DirectoryObjectWorkflowSubject(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::identity_governance::DirectoryObjectWorkflowSubject as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowSubjectKind::ProvisioningObjectWorkflowSubject(value) => crate::__private::serialize_object(
                value,
                serializer,
                Some(<crate::v1::identity_governance::ProvisioningObjectWorkflowSubject as crate::GraphType>::ODATA_TYPE),
            ),
            WorkflowSubjectKind::WorkflowSubject(value) => serde::Serialize::serialize(value, serializer),
            WorkflowSubjectKind::Unknown(object) => serde::Serialize::serialize(object, serializer),
        }
    }
}

impl crate::__private::ReadKind for WorkflowSubjectKind {
    fn read_kind<'de, A: serde::de::MapAccess<'de>>(
        tag: Option<&str>,
        started: crate::__private::Started<'de>,
        map: A,
    ) -> Result<Self, A::Error> {
        match tag {
            Some("microsoft.graph.identityGovernance.directoryObjectWorkflowSubject") => started
                .finish_as(map, Some(<crate::v1::identity_governance::DirectoryObjectWorkflowSubject as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowSubjectKind::DirectoryObjectWorkflowSubject),
            Some("microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject") => started
                .finish_as(map, Some(<crate::v1::identity_governance::ProvisioningObjectWorkflowSubject as crate::GraphType>::ODATA_TYPE))
                .map(WorkflowSubjectKind::ProvisioningObjectWorkflowSubject),
            Some("microsoft.graph.identityGovernance.workflowSubject") => started.finish(map).map(WorkflowSubjectKind::WorkflowSubject),
            None => started.finish(map).map(WorkflowSubjectKind::WorkflowSubject),
            _ => started.finish_unknown(map).map(WorkflowSubjectKind::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowSubjectKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_kind(deserializer, "a `microsoft.graph.identityGovernance.workflowSubject` object")
    }
}
