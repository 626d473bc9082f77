// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-taskdefinition.md by `cargo xtask regenerate`. Do not edit.
/// A built-in task template from which tasks of lifecycle workflows are built. Every template has its own identifier; all of them are listed in Arguments of the built-in Lifecycle Workflows tasks.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskDefinition {
    /// Key of the taskDefinition. Inherited from entity.
    pub id: Option<String>,
    /// HR scenario in which tasks built from this definition may be used. The possible values are: `joiner`, `mover`, `leaver`, `unknownFutureValue`. It is a multi-valued enumeration; the allowed combinations are `joiner`, `joiner,leaver`, or `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`, `has`) and `$orderby`.
    pub category: Option<super::LifecycleTaskCategorySet>,
    /// Whether the workflow goes on when the task fails.
    pub continue_on_error: Option<bool>,
    /// Text describing the taskDefinition.
    pub description: Option<String>,
    /// Name of the taskDefinition as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub display_name: Option<String>,
    /// Parameters to supply when a workflow task is created from this definition.
    ///
    /// Supports `$filter`(`any`).
    pub parameters: Option<Vec<super::Parameter>>,
    /// Version of the taskDefinition; a new version appears whenever support for new parameters is added.
    ///
    /// Supports `$filter`(`ge`, `gt`, `le`, `lt`, `eq`, `ne`) and `$orderby`.
    pub version: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskDefinition {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskDefinitionBuilder {
        TaskDefinitionBuilder::default()
    }
}

/// Builds a [`TaskDefinition`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskDefinitionBuilder {
    inner: TaskDefinition,
}

impl TaskDefinitionBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn category(
        mut self,
        value: impl Into<super::LifecycleTaskCategorySet>,
    ) -> Self {
        self.inner.category = Some(value.into());
        self
    }
    /// Sets `continueOnError`.
    pub fn continue_on_error(mut self, value: impl Into<bool>) -> Self {
        self.inner.continue_on_error = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = Some(value.into());
        self
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(mut self, value: impl Into<Vec<super::Parameter>>) -> Self {
        self.inner.parameters = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.inner.version = Some(value.into());
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
    /// The finished [`TaskDefinition`].
    pub fn build(self) -> TaskDefinition {
        self.inner
    }
}

impl crate::GraphType for TaskDefinition {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.taskDefinition";
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
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne, crate::FilterOp::Has],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleTaskCategory",
                members: &[
                    "joiner",
                    "leaver",
                    "unknownFutureValue",
                    "mover",
                    "extensibility",
                ],
                after_sentinel: &["mover", "extensibility"],
                flags: true,
            },
        },
        crate::PropertyInfo {
            name: "continueOnError",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "parameters",
            filter: &[crate::FilterOp::Any],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.parameter",
            ),
        },
        crate::PropertyInfo {
            name: "version",
            filter: &[
                crate::FilterOp::Ge,
                crate::FilterOp::Gt,
                crate::FilterOp::Le,
                crate::FilterOp::Lt,
                crate::FilterOp::Eq,
                crate::FilterOp::Ne,
            ],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for TaskDefinition {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.continue_on_error {
            map.serialize_entry("continueOnError", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.parameters {
            map.serialize_entry("parameters", value)?;
        }
        if let Some(value) = &self.version {
            map.serialize_entry("version", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "category" => self.category.is_some(),
            "continueOnError" => self.continue_on_error.is_some(),
            "description" => self.description.is_some(),
            "displayName" => self.display_name.is_some(),
            "parameters" => self.parameters.is_some(),
            "version" => self.version.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for TaskDefinition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for TaskDefinition {
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
            "category" => {
                crate::__private::field(
                    map,
                    &mut self.category,
                    "category",
                    &mut self.additional_properties,
                )?
            }
            "continueOnError" => {
                crate::__private::field(
                    map,
                    &mut self.continue_on_error,
                    "continueOnError",
                    &mut self.additional_properties,
                )?
            }
            "description" => {
                crate::__private::field(
                    map,
                    &mut self.description,
                    "description",
                    &mut self.additional_properties,
                )?
            }
            "displayName" => {
                crate::__private::field(
                    map,
                    &mut self.display_name,
                    "displayName",
                    &mut self.additional_properties,
                )?
            }
            "parameters" => {
                crate::__private::field(
                    map,
                    &mut self.parameters,
                    "parameters",
                    &mut self.additional_properties,
                )?
            }
            "version" => {
                crate::__private::field(
                    map,
                    &mut self.version,
                    "version",
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

impl<'de> serde::Deserialize<'de> for TaskDefinition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.taskDefinition` object",
        )
    }
}
