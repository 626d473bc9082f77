// Generated from docs-src/api-reference/beta/resources/identitygovernance-parameter.md by `cargo xtask regenerate`. Do not edit.
/// Describes a parameter of workflows built with Lifecycle Workflows; task definitions list the parameters their tasks take.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parameter {
    /// Name of the parameter.
    pub name: crate::Nullable<String>,
    /// Values the parameter accepts.
    pub values: crate::Nullable<Vec<String>>,
    /// Kind of value the parameter holds. The possible values are: `enum`, `string`, `int`, `bool`, `unknownFutureValue`.
    pub value_type: crate::Nullable<crate::beta::identity_governance::ValueType>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Parameter {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ParameterBuilder {
        <ParameterBuilder as Default>::default()
    }
}

/// Builds a [`Parameter`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ParameterBuilder {
    inner: Parameter,
}

impl ParameterBuilder {
    /// Sets `name`.
    ///
    /// Name of the parameter.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.inner.name = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `name` to a value, or leaves it out of the body with `None`.
    ///
    /// Name of the parameter.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.inner.name = value.into();
        self
    }
    /// Sends `name` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Name of the parameter.
    pub fn null_name(mut self) -> Self {
        self.inner.name = crate::Nullable::Null;
        self
    }
    /// Appends one item to `values` (creating the collection if needed).
    ///
    /// Values the parameter accepts.
    pub fn values(mut self, item: impl Into<String>) -> Self {
        self.inner.values.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `values` to a value, or leaves it out of the body with `None`.
    ///
    /// Values the parameter accepts.
    pub fn set_values(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.values = value.into();
        self
    }
    /// Sends `values` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Values the parameter accepts.
    pub fn null_values(mut self) -> Self {
        self.inner.values = crate::Nullable::Null;
        self
    }
    /// Sets `valueType`.
    ///
    /// Kind of value the parameter holds. The possible values are: `enum`, `string`, `int`, `bool`, `unknownFutureValue`.
    pub fn value_type(
        mut self,
        value: impl Into<crate::beta::identity_governance::ValueType>,
    ) -> Self {
        self.inner.value_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `valueType` to a value, or leaves it out of the body with `None`.
    ///
    /// Kind of value the parameter holds. The possible values are: `enum`, `string`, `int`, `bool`, `unknownFutureValue`.
    pub fn set_value_type(
        mut self,
        value: Option<crate::beta::identity_governance::ValueType>,
    ) -> Self {
        self.inner.value_type = value.into();
        self
    }
    /// Sends `valueType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Kind of value the parameter holds. The possible values are: `enum`, `string`, `int`, `bool`, `unknownFutureValue`.
    pub fn null_value_type(mut self) -> Self {
        self.inner.value_type = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`Parameter`].
    pub fn build(self) -> Parameter {
        self.inner
    }
}

impl crate::GraphType for Parameter {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.parameter";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "name",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "values",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "valueType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.valueType",
                members: &["enum", "string", "int", "bool", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Parameter {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "name", &self.name)?;
        crate::__private::write_field(map, "values", &self.values)?;
        crate::__private::write_field(map, "valueType", &self.value_type)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "name" => !self.name.is_absent(),
            "values" => !self.values.is_absent(),
            "valueType" => !self.value_type.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Parameter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Parameter {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.parameter` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => crate::__private::field(map, &mut self.name)?,
            "values" => crate::__private::field(map, &mut self.values)?,
            "valueType" => crate::__private::field(map, &mut self.value_type)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Parameter {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
