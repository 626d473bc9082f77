// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-activateprocessingresultscope.md by `cargo xtask regenerate`. Do not edit.
/// Selects the processing results of a workflow run that an activation acts on.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActivateProcessingResultScope {
    /// Which tasks of the selected processing results are taken into account. The possible values are: `allTasks`, `failedTasks`, `unknownFutureValue`.
    pub task_scope: crate::Nullable<crate::v1::identity_governance::ActivationTaskScopeType>,
    /// Processing results of the workflow run that fall in the scope.
    pub processing_results: crate::Nullable<Vec<crate::v1::identity_governance::UserProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ActivateProcessingResultScope {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> ActivateProcessingResultScopeBuilder {
        <ActivateProcessingResultScopeBuilder as Default>::default()
    }
}

/// Builds a [`ActivateProcessingResultScope`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct ActivateProcessingResultScopeBuilder {
    inner: ActivateProcessingResultScope,
}

impl ActivateProcessingResultScopeBuilder {
    /// Sets `taskScope`.
    ///
    /// Which tasks of the selected processing results are taken into account. The possible values are: `allTasks`, `failedTasks`, `unknownFutureValue`.
    pub fn task_scope(
        mut self,
        value: impl Into<crate::v1::identity_governance::ActivationTaskScopeType>,
    ) -> Self {
        self.inner.task_scope = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `taskScope` to a value, or leaves it out of the body with `None`.
    ///
    /// Which tasks of the selected processing results are taken into account. The possible values are: `allTasks`, `failedTasks`, `unknownFutureValue`.
    pub fn set_task_scope(
        mut self,
        value: Option<crate::v1::identity_governance::ActivationTaskScopeType>,
    ) -> Self {
        self.inner.task_scope = value.into();
        self
    }
    /// Sends `taskScope` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Which tasks of the selected processing results are taken into account. The possible values are: `allTasks`, `failedTasks`, `unknownFutureValue`.
    pub fn null_task_scope(mut self) -> Self {
        self.inner.task_scope = crate::Nullable::Null;
        self
    }
    /// Appends one item to `processingResults` (creating the collection if needed).
    ///
    /// Processing results of the workflow run that fall in the scope.
    pub fn processing_results(
        mut self,
        item: impl Into<crate::v1::identity_governance::UserProcessingResult>,
    ) -> Self {
        self.inner.processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `processingResults` to a value, or leaves it out of the body with `None`.
    ///
    /// Processing results of the workflow run that fall in the scope.
    pub fn set_processing_results(
        mut self,
        value: Option<Vec<crate::v1::identity_governance::UserProcessingResult>>,
    ) -> Self {
        self.inner.processing_results = value.into();
        self
    }
    /// Sends `processingResults` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Processing results of the workflow run that fall in the scope.
    pub fn null_processing_results(mut self) -> Self {
        self.inner.processing_results = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`ActivateProcessingResultScope`].
    pub fn build(self) -> ActivateProcessingResultScope {
        self.inner
    }
}

impl crate::GraphType for ActivateProcessingResultScope {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.activateProcessingResultScope";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "taskScope",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.activationTaskScopeType",
                members: &["allTasks", "failedTasks", "unknownFutureValue"],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "processingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.userProcessingResult"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for ActivateProcessingResultScope {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "taskScope", &self.task_scope)?;
        crate::__private::write_field(map, "processingResults", &self.processing_results)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "taskScope" => !self.task_scope.is_absent(),
            "processingResults" => !self.processing_results.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for ActivateProcessingResultScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for ActivateProcessingResultScope {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.activateProcessingResultScope` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskScope" => crate::__private::field(map, &mut self.task_scope)?,
            "processingResults" => crate::__private::object_list(map, &mut self.processing_results)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for ActivateProcessingResultScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
