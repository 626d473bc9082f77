// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-provisioningobjectworkflowsubject.md by `cargo xtask regenerate`. Do not edit.
/// Stands for a provisioning object when it is the subject that a lifecycle workflow is activated for. It is the type to pass to the activateAndWait action when the subjects are provisioning objects rather than users.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisioningObjectWorkflowSubject {
    /// Attributes of the subject, each given as one key-value entry.
    pub attribute_set_entries: crate::Nullable<Vec<crate::v1::identity_governance::AttributeSetEntry>>,
    /// Identifier of the provisioning object that is the subject.
    pub id: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningObjectWorkflowSubject {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ProvisioningObjectWorkflowSubjectBuilder {
        <ProvisioningObjectWorkflowSubjectBuilder as Default>::default()
    }
}

/// Builds a [`ProvisioningObjectWorkflowSubject`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ProvisioningObjectWorkflowSubjectBuilder {
    inner: ProvisioningObjectWorkflowSubject,
}

impl ProvisioningObjectWorkflowSubjectBuilder {
    /// Appends one item to `attributeSetEntries` (creating the collection if needed).
    ///
    /// Attributes of the subject, each given as one key-value entry.
    pub fn attribute_set_entries(
        mut self,
        item: impl Into<crate::v1::identity_governance::AttributeSetEntry>,
    ) -> Self {
        self.inner.attribute_set_entries.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `attributeSetEntries` to a value, or leaves it out of the body with `None`.
    ///
    /// Attributes of the subject, each given as one key-value entry.
    pub fn set_attribute_set_entries(
        mut self,
        value: Option<Vec<crate::v1::identity_governance::AttributeSetEntry>>,
    ) -> Self {
        self.inner.attribute_set_entries = value.into();
        self
    }
    /// Sends `attributeSetEntries` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Attributes of the subject, each given as one key-value entry.
    pub fn null_attribute_set_entries(mut self) -> Self {
        self.inner.attribute_set_entries = crate::Nullable::Null;
        self
    }
    /// Sets `id`.
    ///
    /// Identifier of the provisioning object that is the subject.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the provisioning object that is the subject.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the provisioning object that is the subject.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`ProvisioningObjectWorkflowSubject`].
    pub fn build(self) -> ProvisioningObjectWorkflowSubject {
        self.inner
    }
}

impl crate::GraphType for ProvisioningObjectWorkflowSubject {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "attributeSetEntries",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.attributeSetEntry"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for ProvisioningObjectWorkflowSubject {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "attributeSetEntries", &self.attribute_set_entries)?;
        crate::__private::write_field(map, "id", &self.id)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "attributeSetEntries" => !self.attribute_set_entries.is_absent(),
            "id" => !self.id.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for ProvisioningObjectWorkflowSubject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for ProvisioningObjectWorkflowSubject {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attributeSetEntries" => crate::__private::object_list(map, &mut self.attribute_set_entries)?,
            "id" => crate::__private::field(map, &mut self.id)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningObjectWorkflowSubject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
