// Generated from docs-src/api-reference/v1.0/resources/deleteditemcontainer.md by `cargo xtask regenerate`. Do not edit.
/// Holds the lifecycle workflows that were deleted and can still be restored or removed for good.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeletedItemContainer {
    /// Key of the container. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// Deleted workflows.
    pub workflows: crate::Nullable<Vec<crate::v1::identity_governance::Workflow>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DeletedItemContainer {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> DeletedItemContainerBuilder {
        <DeletedItemContainerBuilder as Default>::default()
    }
}

/// Builds a [`DeletedItemContainer`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct DeletedItemContainerBuilder {
    inner: DeletedItemContainer,
}

impl DeletedItemContainerBuilder {
    /// Sets `id`.
    ///
    /// Key of the container. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the container. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the container. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Appends one item to `workflows` (creating the collection if needed).
    ///
    /// Deleted workflows.
    pub fn workflows(mut self, item: impl Into<crate::v1::identity_governance::Workflow>) -> Self {
        self.inner.workflows.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `workflows` to a value, or leaves it out of the body with `None`.
    ///
    /// Deleted workflows.
    pub fn set_workflows(
        mut self,
        value: Option<Vec<crate::v1::identity_governance::Workflow>>,
    ) -> Self {
        self.inner.workflows = value.into();
        self
    }
    /// Sends `workflows` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Deleted workflows.
    pub fn null_workflows(mut self) -> Self {
        self.inner.workflows = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`DeletedItemContainer`].
    pub fn build(self) -> DeletedItemContainer {
        self.inner
    }
}

impl crate::GraphType for DeletedItemContainer {
    const ODATA_TYPE: &'static str = "#microsoft.graph.deletedItemContainer";
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
            name: "workflows",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.workflow"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for DeletedItemContainer {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "workflows", &self.workflows)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "workflows" => !self.workflows.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for DeletedItemContainer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for DeletedItemContainer {
    const EXPECTING: &'static str = "a `microsoft.graph.deletedItemContainer` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "workflows" => crate::__private::object_list(map, &mut self.workflows)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for DeletedItemContainer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
