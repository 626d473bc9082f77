// Generated from docs-src/api-reference/v1.0/resources/deleteditemcontainer.md by `cargo xtask regenerate`. Do not edit.
/// Holds the lifecycle workflows that were deleted and can still be restored or removed for good.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeletedItemContainer {
    /// Key of the container. Inherited from entity.
    pub id: Option<String>,
    /// Deleted workflows.
    pub workflows: Option<Vec<super::Workflow>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DeletedItemContainer {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> DeletedItemContainerBuilder {
        DeletedItemContainerBuilder::default()
    }
}

/// Builds a [`DeletedItemContainer`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct DeletedItemContainerBuilder {
    inner: DeletedItemContainer,
}

impl DeletedItemContainerBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `workflows`.
    pub fn workflows(mut self, value: impl Into<Vec<super::Workflow>>) -> Self {
        self.inner.workflows = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "workflows",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.workflow",
            ),
        },
    ];
}

impl crate::__private::WriteFields for DeletedItemContainer {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.workflows {
            map.serialize_entry("workflows", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "workflows" => self.workflows.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => {
                crate::__private::field(
                    map,
                    &mut self.id,
                    "id",
                    &mut self.additional_properties,
                )?
            }
            "workflows" => {
                crate::__private::field(
                    map,
                    &mut self.workflows,
                    "workflows",
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

impl<'de> serde::Deserialize<'de> for DeletedItemContainer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.deletedItemContainer` object",
        )
    }
}
