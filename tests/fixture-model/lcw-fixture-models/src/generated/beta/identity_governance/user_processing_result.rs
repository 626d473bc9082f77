// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// The `microsoft.graph.identityGovernance.userProcessingResult` type.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserProcessingResult {
    /// The identifier.
    pub id: crate::Nullable<String>,
    /// Back to the run (no cycle: the run holds a Vec).
    pub run: crate::Nullable<crate::beta::identity_governance::Run>,
    /// A cycle through a single value.
    pub previous: crate::Nullable<Box<crate::beta::identity_governance::UserProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserProcessingResult {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> UserProcessingResultBuilder {
        <UserProcessingResultBuilder as Default>::default()
    }
}

/// Builds a [`UserProcessingResult`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct UserProcessingResultBuilder {
    inner: UserProcessingResult,
}

impl UserProcessingResultBuilder {
    /// Sets `id`.
    ///
    /// The identifier.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// The identifier.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The identifier.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Sets `run`.
    ///
    /// Back to the run (no cycle: the run holds a Vec).
    pub fn run(mut self, value: impl Into<crate::beta::identity_governance::Run>) -> Self {
        self.inner.run = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `run` to a value, or leaves it out of the body with `None`.
    ///
    /// Back to the run (no cycle: the run holds a Vec).
    pub fn set_run(mut self, value: Option<crate::beta::identity_governance::Run>) -> Self {
        self.inner.run = value.into();
        self
    }
    /// Sends `run` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Back to the run (no cycle: the run holds a Vec).
    pub fn null_run(mut self) -> Self {
        self.inner.run = crate::Nullable::Null;
        self
    }
    /// Sets `previous`.
    ///
    /// A cycle through a single value.
    pub fn previous(
        mut self,
        value: impl Into<Box<crate::beta::identity_governance::UserProcessingResult>>,
    ) -> Self {
        self.inner.previous = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `previous` to a value, or leaves it out of the body with `None`.
    ///
    /// A cycle through a single value.
    pub fn set_previous(
        mut self,
        value: Option<Box<crate::beta::identity_governance::UserProcessingResult>>,
    ) -> Self {
        self.inner.previous = value.into();
        self
    }
    /// Sends `previous` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// A cycle through a single value.
    pub fn null_previous(mut self) -> Self {
        self.inner.previous = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`UserProcessingResult`].
    pub fn build(self) -> UserProcessingResult {
        self.inner
    }
}

impl crate::GraphType for UserProcessingResult {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.userProcessingResult";
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
            name: "run",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.run"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "previous",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.userProcessingResult"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for UserProcessingResult {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "run", &self.run)?;
        crate::__private::write_field(map, "previous", &self.previous)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "run" => !self.run.is_absent(),
            "previous" => !self.previous.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for UserProcessingResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for UserProcessingResult {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.userProcessingResult` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "run" => crate::__private::field(map, &mut self.run)?,
            "previous" => crate::__private::field(map, &mut self.previous)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for UserProcessingResult {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
