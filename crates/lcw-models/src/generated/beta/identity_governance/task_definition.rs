// Generated from docs-src/api-reference/beta/resources/identitygovernance-taskdefinition.md by `cargo xtask regenerate`. Do not edit.
/// A built-in task template from which tasks of lifecycle workflows are built. Every template has its own identifier; all of them are listed under supported tasks.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskDefinition {
    /// Key of the taskDefinition. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// HR scenario in which tasks built from this definition may be used. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. It is a multi-valued enumeration; the allowed combinations are `joiner`, `joiner,leaver`, or `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`, `has`) and `$orderby`.
    pub category: crate::Nullable<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    /// Whether the workflow goes on when the task fails.
    pub continue_on_error: crate::Nullable<bool>,
    /// Text describing the taskDefinition.
    pub description: crate::Nullable<String>,
    /// Name of the taskDefinition as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub display_name: crate::Nullable<String>,
    /// Parameters to supply when a workflow task is created from this definition.
    ///
    /// Supports `$filter`(`any`).
    pub parameters: crate::Nullable<Vec<crate::beta::identity_governance::Parameter>>,
    /// Version of the taskDefinition; a new version appears whenever support for new parameters is added.
    ///
    /// Supports `$filter`(`ge`, `gt`, `le`, `lt`, `eq`, `ne`) and `$orderby`.
    pub version: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskDefinition {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> TaskDefinitionBuilder {
        <TaskDefinitionBuilder as Default>::default()
    }
}

/// Builds a [`TaskDefinition`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct TaskDefinitionBuilder {
    inner: TaskDefinition,
}

impl TaskDefinitionBuilder {
    /// Sets `id`.
    ///
    /// Key of the taskDefinition. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key of the taskDefinition. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key of the taskDefinition. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `category`.
    ///
    /// HR scenario in which tasks built from this definition may be used. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. It is a multi-valued enumeration; the allowed combinations are `joiner`, `joiner,leaver`, or `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`, `has`) and `$orderby`.
    pub fn category(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    ) -> Self {
        self.inner.category = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `category` to a value, or leaves it out of the body with `None`.
    ///
    /// HR scenario in which tasks built from this definition may be used. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. It is a multi-valued enumeration; the allowed combinations are `joiner`, `joiner,leaver`, or `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`, `has`) and `$orderby`.
    pub fn set_category(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    ) -> Self {
        self.inner.category = value.into();
        self
    }
    /// Sends `category` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// HR scenario in which tasks built from this definition may be used. The possible values are: `joiner`, `leaver`, `unknownFutureValue`. It is a multi-valued enumeration; the allowed combinations are `joiner`, `joiner,leaver`, or `leaver`.
    ///
    /// Supports `$filter`(`eq`, `ne`, `has`) and `$orderby`.
    pub fn null_category(mut self) -> Self {
        self.inner.category = crate::Nullable::Null;
        self
    }
    /// Sets `continueOnError`.
    ///
    /// Whether the workflow goes on when the task fails.
    pub fn continue_on_error(mut self, value: impl Into<bool>) -> Self {
        self.inner.continue_on_error = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `continueOnError` to a value, or leaves it out of the body with `None`.
    ///
    /// Whether the workflow goes on when the task fails.
    pub fn set_continue_on_error(mut self, value: Option<bool>) -> Self {
        self.inner.continue_on_error = value.into();
        self
    }
    /// Sends `continueOnError` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Whether the workflow goes on when the task fails.
    pub fn null_continue_on_error(mut self) -> Self {
        self.inner.continue_on_error = crate::Nullable::Null;
        self
    }
    /// Sets `description`.
    ///
    /// Text describing the taskDefinition.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inner.description = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `description` to a value, or leaves it out of the body with `None`.
    ///
    /// Text describing the taskDefinition.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.inner.description = value.into();
        self
    }
    /// Sends `description` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Text describing the taskDefinition.
    pub fn null_description(mut self) -> Self {
        self.inner.description = crate::Nullable::Null;
        self
    }
    /// Sets `displayName`.
    ///
    /// Name of the taskDefinition as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.inner.display_name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `displayName` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the taskDefinition as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn set_display_name(mut self, value: Option<String>) -> Self {
        self.inner.display_name = value.into();
        self
    }
    /// Sends `displayName` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the taskDefinition as shown to people.
    ///
    /// Supports `$filter`(`eq`, `ne`) and `$orderby`.
    pub fn null_display_name(mut self) -> Self {
        self.inner.display_name = crate::Nullable::Null;
        self
    }
    /// Appends one item to `parameters` (creating the collection if needed).
    ///
    /// Parameters to supply when a workflow task is created from this definition.
    ///
    /// Supports `$filter`(`any`).
    pub fn parameters(
        mut self,
        item: impl Into<crate::beta::identity_governance::Parameter>,
    ) -> Self {
        self.inner.parameters.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `parameters` to a value, or leaves it out of the body with `None`.
    ///
    /// Parameters to supply when a workflow task is created from this definition.
    ///
    /// Supports `$filter`(`any`).
    pub fn set_parameters(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::Parameter>>,
    ) -> Self {
        self.inner.parameters = value.into();
        self
    }
    /// Sends `parameters` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Parameters to supply when a workflow task is created from this definition.
    ///
    /// Supports `$filter`(`any`).
    pub fn null_parameters(mut self) -> Self {
        self.inner.parameters = crate::Nullable::Null;
        self
    }
    /// Sets `version`.
    ///
    /// Version of the taskDefinition; a new version appears whenever support for new parameters is added.
    ///
    /// Supports `$filter`(`ge`, `gt`, `le`, `lt`, `eq`, `ne`) and `$orderby`.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.inner.version = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `version` to a value, or leaves it out of the body with `None`.
    ///
    /// Version of the taskDefinition; a new version appears whenever support for new parameters is added.
    ///
    /// Supports `$filter`(`ge`, `gt`, `le`, `lt`, `eq`, `ne`) and `$orderby`.
    pub fn set_version(mut self, value: Option<i32>) -> Self {
        self.inner.version = value.into();
        self
    }
    /// Sends `version` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Version of the taskDefinition; a new version appears whenever support for new parameters is added.
    ///
    /// Supports `$filter`(`ge`, `gt`, `le`, `lt`, `eq`, `ne`) and `$orderby`.
    pub fn null_version(mut self) -> Self {
        self.inner.version = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "category",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne, crate::FilterOp::Has],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleTaskCategory",
                members: &["joiner", "leaver", "unknownFutureValue", "mover", "extensibility"],
                after_sentinel: &["mover", "extensibility"],
                flags: true,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "continueOnError",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Boolean,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "description",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "displayName",
            filter: &[crate::FilterOp::Eq, crate::FilterOp::Ne],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "parameters",
            filter: &[crate::FilterOp::Any],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.parameter"),
            read_only: false,
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
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for TaskDefinition {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "category", &self.category)?;
        crate::__private::write_field(map, "continueOnError", &self.continue_on_error)?;
        crate::__private::write_field(map, "description", &self.description)?;
        crate::__private::write_field(map, "displayName", &self.display_name)?;
        crate::__private::write_field(map, "parameters", &self.parameters)?;
        crate::__private::write_field(map, "version", &self.version)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "category" => !self.category.is_absent(),
            "continueOnError" => !self.continue_on_error.is_absent(),
            "description" => !self.description.is_absent(),
            "displayName" => !self.display_name.is_absent(),
            "parameters" => !self.parameters.is_absent(),
            "version" => !self.version.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.taskDefinition` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "category" => crate::__private::field(map, &mut self.category)?,
            "continueOnError" => crate::__private::field(map, &mut self.continue_on_error)?,
            "description" => crate::__private::field(map, &mut self.description)?,
            "displayName" => crate::__private::field(map, &mut self.display_name)?,
            "parameters" => crate::__private::object_list(map, &mut self.parameters)?,
            "version" => crate::__private::field(map, &mut self.version)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for TaskDefinition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
