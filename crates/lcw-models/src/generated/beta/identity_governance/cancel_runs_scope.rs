// Generated from docs-src/api-reference/beta/resources/identitygovernance-cancelrunsscope.md by `cargo xtask regenerate`. Do not edit.
/// Lists the workflow runs that a call to the cancelProcessing action should stop. A run can be canceled only while its status is still `queued` or `inProgress`.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelRunsScope {
    /// Runs to stop. For now, one request accepts a single run. Required.
    pub runs: crate::Nullable<Vec<crate::beta::identity_governance::Run>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CancelRunsScope {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> CancelRunsScopeBuilder {
        <CancelRunsScopeBuilder as Default>::default()
    }
}

/// Builds a [`CancelRunsScope`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct CancelRunsScopeBuilder {
    inner: CancelRunsScope,
}

impl CancelRunsScopeBuilder {
    /// Appends one item to `runs` (creating the collection if needed).
    ///
    /// Runs to stop. For now, one request accepts a single run. Required.
    pub fn runs(mut self, item: impl Into<crate::beta::identity_governance::Run>) -> Self {
        self.inner.runs.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `runs` to a value, or leaves it out of the body with `None`.
    ///
    /// Runs to stop. For now, one request accepts a single run. Required.
    pub fn set_runs(mut self, value: Option<Vec<crate::beta::identity_governance::Run>>) -> Self {
        self.inner.runs = value.into();
        self
    }
    /// Sends `runs` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Runs to stop. For now, one request accepts a single run. Required.
    pub fn null_runs(mut self) -> Self {
        self.inner.runs = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`CancelRunsScope`].
    pub fn build(self) -> CancelRunsScope {
        self.inner
    }
}

impl crate::GraphType for CancelRunsScope {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.cancelRunsScope";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "runs",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.run"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for CancelRunsScope {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "runs", &self.runs)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "runs" => !self.runs.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for CancelRunsScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for CancelRunsScope {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.cancelRunsScope` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "runs" => crate::__private::object_list(map, &mut self.runs)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for CancelRunsScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
