// Generated from docs-src/api-reference/beta/resources/identitygovernance-directoryobjectworkflowsubject.md by `cargo xtask regenerate`. Do not edit.
/// Wraps a directory object, for instance a user, when it is the subject that a lifecycle workflow is activated for. Pick this type when the workflow works on an object that already exists in the directory; the object itself is reached through the directoryObject relationship.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DirectoryObjectWorkflowSubject {
    /// Directory object the lifecycle workflow is working on. At runtime it carries its concrete derived type, such as user.
    pub directory_object: crate::Nullable<crate::beta::DirectoryObjectKind>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DirectoryObjectWorkflowSubject {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> DirectoryObjectWorkflowSubjectBuilder {
        <DirectoryObjectWorkflowSubjectBuilder as Default>::default()
    }
}

/// Builds a [`DirectoryObjectWorkflowSubject`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct DirectoryObjectWorkflowSubjectBuilder {
    inner: DirectoryObjectWorkflowSubject,
}

impl DirectoryObjectWorkflowSubjectBuilder {
    /// Sets `directoryObject`.
    ///
    /// Directory object the lifecycle workflow is working on. At runtime it carries its concrete derived type, such as user.
    pub fn directory_object(mut self, value: impl Into<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.directory_object = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `directoryObject` to a value, or leaves it out of the body with `None`.
    ///
    /// Directory object the lifecycle workflow is working on. At runtime it carries its concrete derived type, such as user.
    pub fn set_directory_object(mut self, value: Option<crate::beta::DirectoryObjectKind>) -> Self {
        self.inner.directory_object = value.into();
        self
    }
    /// Sends `directoryObject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Directory object the lifecycle workflow is working on. At runtime it carries its concrete derived type, such as user.
    pub fn null_directory_object(mut self) -> Self {
        self.inner.directory_object = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`DirectoryObjectWorkflowSubject`].
    pub fn build(self) -> DirectoryObjectWorkflowSubject {
        self.inner
    }
}

impl crate::GraphType for DirectoryObjectWorkflowSubject {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.directoryObjectWorkflowSubject";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "directoryObject",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.directoryObject"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for DirectoryObjectWorkflowSubject {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "directoryObject", &self.directory_object)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "directoryObject" => !self.directory_object.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for DirectoryObjectWorkflowSubject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for DirectoryObjectWorkflowSubject {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.directoryObjectWorkflowSubject` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "directoryObject" => crate::__private::field(map, &mut self.directory_object)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryObjectWorkflowSubject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
