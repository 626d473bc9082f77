// Generated from the test model in xtask/codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// One execution of a workflow. See <https://example.com/runs>.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Run {
    /// The identifier.
    pub id: Option<String>,
    /// When it finished.
    ///
    /// Supports `$filter`(`lt`).
    pub completed_date_time: Option<crate::Timestamp>,
    /// Status.
    pub processing_status: Option<super::LifecycleWorkflowProcessingStatus>,
    /// Tasks.
    pub total_tasks_count: Option<i32>,
    /// Odd casing.
    ///
    /// On the wire: `iOSVersion`.
    pub ios_version: Option<String>,
    /// A keyword.
    pub type_: Option<String>,
    /// Flags.
    pub category: Option<super::LifecycleTaskCategorySet>,
    /// Polymorphic.
    pub conditions: Option<super::WorkflowExecutionConditionsKind>,
    /// A stand-in.
    pub subject: Option<super::User>,
    /// The `duration` property.
    pub duration: Option<crate::IsoDuration>,
    /// The `ratio` property.
    pub ratio: Option<crate::GraphDouble>,
    /// The `tenantId` property.
    pub tenant_id: Option<crate::Guid>,
    /// The `sizeInBytes` property.
    pub size_in_bytes: Option<crate::Int64>,
    /// The `userProcessingResults` property.
    pub user_processing_results: Option<Vec<super::UserProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Run {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> RunBuilder {
        RunBuilder::default()
    }
}

/// Builds a [`Run`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct RunBuilder {
    inner: Run,
}

impl RunBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `completedDateTime`.
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = Some(value.into());
        self
    }
    /// Sets `processingStatus`.
    pub fn processing_status(
        mut self,
        value: impl Into<super::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = Some(value.into());
        self
    }
    /// Sets `totalTasksCount`.
    pub fn total_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks_count = Some(value.into());
        self
    }
    /// Sets `iOSVersion`.
    pub fn ios_version(mut self, value: impl Into<String>) -> Self {
        self.inner.ios_version = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.inner.type_ = Some(value.into());
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
    /// Sets `conditions`.
    pub fn conditions(
        mut self,
        value: impl Into<super::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.conditions = Some(value.into());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<super::User>) -> Self {
        self.inner.subject = Some(value.into());
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: impl Into<crate::IsoDuration>) -> Self {
        self.inner.duration = Some(value.into());
        self
    }
    /// Sets `ratio`.
    pub fn ratio(mut self, value: impl Into<crate::GraphDouble>) -> Self {
        self.inner.ratio = Some(value.into());
        self
    }
    /// Sets `tenantId`.
    pub fn tenant_id(mut self, value: impl Into<crate::Guid>) -> Self {
        self.inner.tenant_id = Some(value.into());
        self
    }
    /// Sets `sizeInBytes`.
    pub fn size_in_bytes(mut self, value: impl Into<crate::Int64>) -> Self {
        self.inner.size_in_bytes = Some(value.into());
        self
    }
    /// Sets `userProcessingResults`.
    pub fn user_processing_results(
        mut self,
        value: impl Into<Vec<super::UserProcessingResult>>,
    ) -> Self {
        self.inner.user_processing_results = Some(value.into());
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
    /// The finished [`Run`].
    pub fn build(self) -> Run {
        self.inner
    }
}

impl crate::GraphType for Run {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.run";
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
            name: "completedDateTime",
            filter: &[crate::FilterOp::Lt, crate::FilterOp::Eq],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
        },
        crate::PropertyInfo {
            name: "processingStatus",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleWorkflowProcessingStatus",
                members: &["queued", "inProgress", "unknownFutureValue", "canceling"],
                after_sentinel: &["canceling"],
                flags: false,
            },
        },
        crate::PropertyInfo {
            name: "totalTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "iOSVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "type",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "category",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.lifecycleTaskCategory",
                members: &["joiner", "leaver", "unknownFutureValue"],
                after_sentinel: &[],
                flags: true,
            },
        },
        crate::PropertyInfo {
            name: "conditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex(
                "microsoft.graph.identityGovernance.workflowExecutionConditions",
            ),
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
        },
        crate::PropertyInfo {
            name: "duration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Duration,
        },
        crate::PropertyInfo {
            name: "ratio",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Double,
        },
        crate::PropertyInfo {
            name: "tenantId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Guid,
        },
        crate::PropertyInfo {
            name: "sizeInBytes",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int64,
        },
        crate::PropertyInfo {
            name: "userProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity(
                "microsoft.graph.identityGovernance.userProcessingResult",
            ),
        },
    ];
}

impl crate::__private::WriteFields for Run {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.completed_date_time {
            map.serialize_entry("completedDateTime", value)?;
        }
        if let Some(value) = &self.processing_status {
            map.serialize_entry("processingStatus", value)?;
        }
        if let Some(value) = &self.total_tasks_count {
            map.serialize_entry("totalTasksCount", value)?;
        }
        if let Some(value) = &self.ios_version {
            map.serialize_entry("iOSVersion", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.conditions {
            map.serialize_entry("conditions", value)?;
        }
        if let Some(value) = &self.subject {
            map.serialize_entry("subject", value)?;
        }
        if let Some(value) = &self.duration {
            map.serialize_entry("duration", value)?;
        }
        if let Some(value) = &self.ratio {
            map.serialize_entry("ratio", value)?;
        }
        if let Some(value) = &self.tenant_id {
            map.serialize_entry("tenantId", value)?;
        }
        if let Some(value) = &self.size_in_bytes {
            map.serialize_entry("sizeInBytes", value)?;
        }
        if let Some(value) = &self.user_processing_results {
            map.serialize_entry("userProcessingResults", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "completedDateTime" => self.completed_date_time.is_some(),
            "processingStatus" => self.processing_status.is_some(),
            "totalTasksCount" => self.total_tasks_count.is_some(),
            "iOSVersion" => self.ios_version.is_some(),
            "type" => self.type_.is_some(),
            "category" => self.category.is_some(),
            "conditions" => self.conditions.is_some(),
            "subject" => self.subject.is_some(),
            "duration" => self.duration.is_some(),
            "ratio" => self.ratio.is_some(),
            "tenantId" => self.tenant_id.is_some(),
            "sizeInBytes" => self.size_in_bytes.is_some(),
            "userProcessingResults" => self.user_processing_results.is_some(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for Run {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for Run {
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
            "completedDateTime" => {
                crate::__private::field(
                    map,
                    &mut self.completed_date_time,
                    "completedDateTime",
                    &mut self.additional_properties,
                )?
            }
            "processingStatus" => {
                crate::__private::field(
                    map,
                    &mut self.processing_status,
                    "processingStatus",
                    &mut self.additional_properties,
                )?
            }
            "totalTasksCount" => {
                crate::__private::field(
                    map,
                    &mut self.total_tasks_count,
                    "totalTasksCount",
                    &mut self.additional_properties,
                )?
            }
            "iOSVersion" => {
                crate::__private::field(
                    map,
                    &mut self.ios_version,
                    "iOSVersion",
                    &mut self.additional_properties,
                )?
            }
            "type" => {
                crate::__private::field(
                    map,
                    &mut self.type_,
                    "type",
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
            "conditions" => {
                crate::__private::field(
                    map,
                    &mut self.conditions,
                    "conditions",
                    &mut self.additional_properties,
                )?
            }
            "subject" => {
                crate::__private::field(
                    map,
                    &mut self.subject,
                    "subject",
                    &mut self.additional_properties,
                )?
            }
            "duration" => {
                crate::__private::field(
                    map,
                    &mut self.duration,
                    "duration",
                    &mut self.additional_properties,
                )?
            }
            "ratio" => {
                crate::__private::field(
                    map,
                    &mut self.ratio,
                    "ratio",
                    &mut self.additional_properties,
                )?
            }
            "tenantId" => {
                crate::__private::field(
                    map,
                    &mut self.tenant_id,
                    "tenantId",
                    &mut self.additional_properties,
                )?
            }
            "sizeInBytes" => {
                crate::__private::field(
                    map,
                    &mut self.size_in_bytes,
                    "sizeInBytes",
                    &mut self.additional_properties,
                )?
            }
            "userProcessingResults" => {
                crate::__private::field(
                    map,
                    &mut self.user_processing_results,
                    "userProcessingResults",
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

impl<'de> serde::Deserialize<'de> for Run {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.run` object",
        )
    }
}
