// Generated from docs-src/api-reference/beta/resources/identitygovernance-parameter.md by `cargo xtask regenerate`. Do not edit.
/// Describes a parameter of workflows built with Lifecycle Workflows; task definitions list the parameters their tasks take.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parameter {
    /// Name of the parameter.
    pub name: Option<String>,
    /// Values the parameter accepts.
    pub values: Option<Vec<String>>,
    /// Kind of value the parameter holds. The possible values are: `enum`, `string`, `int`, `bool`, `unknownFutureValue`.
    pub value_type: Option<super::ValueType>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Parameter {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ParameterBuilder {
        ParameterBuilder::default()
    }
}

/// Builds a [`Parameter`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ParameterBuilder {
    inner: Parameter,
}

impl ParameterBuilder {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.inner.name = Some(value.into());
        self
    }
    /// Sets `values`.
    pub fn values(mut self, value: impl Into<Vec<String>>) -> Self {
        self.inner.values = Some(value.into());
        self
    }
    /// Sets `valueType`.
    pub fn value_type(mut self, value: impl Into<super::ValueType>) -> Self {
        self.inner.value_type = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "values",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
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
        },
    ];
}

impl crate::__private::WriteFields for Parameter {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.values {
            map.serialize_entry("values", value)?;
        }
        if let Some(value) = &self.value_type {
            map.serialize_entry("valueType", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "name" => self.name.is_some(),
            "values" => self.values.is_some(),
            "valueType" => self.value_type.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => {
                crate::__private::field(
                    map,
                    &mut self.name,
                    "name",
                    &mut self.additional_properties,
                )?
            }
            "values" => {
                crate::__private::field(
                    map,
                    &mut self.values,
                    "values",
                    &mut self.additional_properties,
                )?
            }
            "valueType" => {
                crate::__private::field(
                    map,
                    &mut self.value_type,
                    "valueType",
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

impl<'de> serde::Deserialize<'de> for Parameter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.parameter` object",
        )
    }
}
