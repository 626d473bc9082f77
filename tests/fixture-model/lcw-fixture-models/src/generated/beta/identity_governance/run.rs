// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// One execution of a workflow. See <https://example.com/runs>.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Run {
    /// The identifier.
    pub id: crate::Nullable<String>,
    /// When it finished.
    ///
    /// Supports `$filter`(`lt`).
    pub completed_date_time: crate::Nullable<crate::Timestamp>,
    /// Status.
    pub processing_status: crate::Nullable<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    /// Tasks.
    pub total_tasks_count: crate::Nullable<i32>,
    /// Odd casing.
    ///
    /// On the wire: `iOSVersion`.
    pub ios_version: crate::Nullable<String>,
    /// A keyword.
    pub type_: crate::Nullable<String>,
    /// Flags.
    pub category: crate::Nullable<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    /// Polymorphic.
    pub conditions: crate::Nullable<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    /// A stand-in.
    pub subject: crate::Nullable<crate::beta::User>,
    /// The `duration` property.
    pub duration: crate::Nullable<crate::IsoDuration>,
    /// The `ratio` property.
    pub ratio: crate::Nullable<crate::GraphDouble>,
    /// The `tenantId` property.
    pub tenant_id: crate::Nullable<crate::Guid>,
    /// The `sizeInBytes` property.
    pub size_in_bytes: crate::Nullable<crate::Int64>,
    /// The `userProcessingResults` property.
    pub user_processing_results: crate::Nullable<Vec<crate::beta::identity_governance::UserProcessingResult>>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Run {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> RunBuilder {
        <RunBuilder as Default>::default()
    }
}

/// Builds a [`Run`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct RunBuilder {
    inner: Run,
}

impl RunBuilder {
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
    /// Sets `completedDateTime`.
    ///
    /// When it finished.
    ///
    /// Supports `$filter`(`lt`).
    pub fn completed_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `completedDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// When it finished.
    ///
    /// Supports `$filter`(`lt`).
    pub fn set_completed_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.completed_date_time = value.into();
        self
    }
    /// Sends `completedDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When it finished.
    ///
    /// Supports `$filter`(`lt`).
    pub fn null_completed_date_time(mut self) -> Self {
        self.inner.completed_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `processingStatus`.
    ///
    /// Status.
    pub fn processing_status(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `processingStatus` to a value, or leaves it out of the body with `None`.
    ///
    /// Status.
    pub fn set_processing_status(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleWorkflowProcessingStatus>,
    ) -> Self {
        self.inner.processing_status = value.into();
        self
    }
    /// Sends `processingStatus` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Status.
    pub fn null_processing_status(mut self) -> Self {
        self.inner.processing_status = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasksCount`.
    ///
    /// Tasks.
    pub fn total_tasks_count(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks_count = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasksCount` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks.
    pub fn set_total_tasks_count(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks_count = value.into();
        self
    }
    /// Sends `totalTasksCount` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks.
    pub fn null_total_tasks_count(mut self) -> Self {
        self.inner.total_tasks_count = crate::Nullable::Null;
        self
    }
    /// Sets `iOSVersion`.
    ///
    /// Odd casing.
    ///
    /// On the wire: `iOSVersion`.
    pub fn ios_version(mut self, value: impl Into<String>) -> Self {
        self.inner.ios_version = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `iOSVersion` to a value, or leaves it out of the body with `None`.
    ///
    /// Odd casing.
    ///
    /// On the wire: `iOSVersion`.
    pub fn set_ios_version(mut self, value: Option<String>) -> Self {
        self.inner.ios_version = value.into();
        self
    }
    /// Sends `iOSVersion` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Odd casing.
    ///
    /// On the wire: `iOSVersion`.
    pub fn null_ios_version(mut self) -> Self {
        self.inner.ios_version = crate::Nullable::Null;
        self
    }
    /// Sets `type`.
    ///
    /// A keyword.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.inner.type_ = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `type` to a value, or leaves it out of the body with `None`.
    ///
    /// A keyword.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.inner.type_ = value.into();
        self
    }
    /// Sends `type` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// A keyword.
    pub fn null_type(mut self) -> Self {
        self.inner.type_ = crate::Nullable::Null;
        self
    }
    /// Sets `category`.
    ///
    /// Flags.
    pub fn category(
        mut self,
        value: impl Into<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    ) -> Self {
        self.inner.category = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `category` to a value, or leaves it out of the body with `None`.
    ///
    /// Flags.
    pub fn set_category(
        mut self,
        value: Option<crate::beta::identity_governance::LifecycleTaskCategorySet>,
    ) -> Self {
        self.inner.category = value.into();
        self
    }
    /// Sends `category` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Flags.
    pub fn null_category(mut self) -> Self {
        self.inner.category = crate::Nullable::Null;
        self
    }
    /// Sets `conditions`.
    ///
    /// Polymorphic.
    pub fn conditions(
        mut self,
        value: impl Into<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.conditions = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `conditions` to a value, or leaves it out of the body with `None`.
    ///
    /// Polymorphic.
    pub fn set_conditions(
        mut self,
        value: Option<crate::beta::identity_governance::WorkflowExecutionConditionsKind>,
    ) -> Self {
        self.inner.conditions = value.into();
        self
    }
    /// Sends `conditions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Polymorphic.
    pub fn null_conditions(mut self) -> Self {
        self.inner.conditions = crate::Nullable::Null;
        self
    }
    /// Sets `subject`.
    ///
    /// A stand-in.
    pub fn subject(mut self, value: impl Into<crate::beta::User>) -> Self {
        self.inner.subject = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subject` to a value, or leaves it out of the body with `None`.
    ///
    /// A stand-in.
    pub fn set_subject(mut self, value: Option<crate::beta::User>) -> Self {
        self.inner.subject = value.into();
        self
    }
    /// Sends `subject` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// A stand-in.
    pub fn null_subject(mut self) -> Self {
        self.inner.subject = crate::Nullable::Null;
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: impl Into<crate::IsoDuration>) -> Self {
        self.inner.duration = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `duration` to a value, or leaves it out of the body with `None`.
    pub fn set_duration(mut self, value: Option<crate::IsoDuration>) -> Self {
        self.inner.duration = value.into();
        self
    }
    /// Sends `duration` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_duration(mut self) -> Self {
        self.inner.duration = crate::Nullable::Null;
        self
    }
    /// Sets `ratio`.
    pub fn ratio(mut self, value: impl Into<crate::GraphDouble>) -> Self {
        self.inner.ratio = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `ratio` to a value, or leaves it out of the body with `None`.
    pub fn set_ratio(mut self, value: Option<crate::GraphDouble>) -> Self {
        self.inner.ratio = value.into();
        self
    }
    /// Sends `ratio` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_ratio(mut self) -> Self {
        self.inner.ratio = crate::Nullable::Null;
        self
    }
    /// Sets `tenantId`.
    pub fn tenant_id(mut self, value: impl Into<crate::Guid>) -> Self {
        self.inner.tenant_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `tenantId` to a value, or leaves it out of the body with `None`.
    pub fn set_tenant_id(mut self, value: Option<crate::Guid>) -> Self {
        self.inner.tenant_id = value.into();
        self
    }
    /// Sends `tenantId` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_tenant_id(mut self) -> Self {
        self.inner.tenant_id = crate::Nullable::Null;
        self
    }
    /// Sets `sizeInBytes`.
    pub fn size_in_bytes(mut self, value: impl Into<crate::Int64>) -> Self {
        self.inner.size_in_bytes = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `sizeInBytes` to a value, or leaves it out of the body with `None`.
    pub fn set_size_in_bytes(mut self, value: Option<crate::Int64>) -> Self {
        self.inner.size_in_bytes = value.into();
        self
    }
    /// Sends `sizeInBytes` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_size_in_bytes(mut self) -> Self {
        self.inner.size_in_bytes = crate::Nullable::Null;
        self
    }
    /// Appends one item to `userProcessingResults` (creating the collection if needed).
    pub fn user_processing_results(
        mut self,
        item: impl Into<crate::beta::identity_governance::UserProcessingResult>,
    ) -> Self {
        self.inner.user_processing_results.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `userProcessingResults` to a value, or leaves it out of the body with `None`.
    pub fn set_user_processing_results(
        mut self,
        value: Option<Vec<crate::beta::identity_governance::UserProcessingResult>>,
    ) -> Self {
        self.inner.user_processing_results = value.into();
        self
    }
    /// Sends `userProcessingResults` as an explicit `null` (in a `PATCH`, clears it).
    pub fn null_user_processing_results(mut self) -> Self {
        self.inner.user_processing_results = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "completedDateTime",
            filter: &[crate::FilterOp::Lt, crate::FilterOp::Eq],
            orderby: true,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalTasksCount",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "iOSVersion",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "type",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
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
            read_only: false,
        },
        crate::PropertyInfo {
            name: "conditions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identityGovernance.workflowExecutionConditions"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subject",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Entity("microsoft.graph.user"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "duration",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Duration,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "ratio",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Double,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "tenantId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Guid,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "sizeInBytes",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int64,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "userProcessingResults",
            filter: &[],
            orderby: false,
            is_relationship: true,
            is_collection: true,
            ty: crate::PropertyType::Entity("microsoft.graph.identityGovernance.userProcessingResult"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for Run {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "completedDateTime", &self.completed_date_time)?;
        crate::__private::write_field(map, "processingStatus", &self.processing_status)?;
        crate::__private::write_field(map, "totalTasksCount", &self.total_tasks_count)?;
        crate::__private::write_field(map, "iOSVersion", &self.ios_version)?;
        crate::__private::write_field(map, "type", &self.type_)?;
        crate::__private::write_field(map, "category", &self.category)?;
        crate::__private::write_field(map, "conditions", &self.conditions)?;
        crate::__private::write_field(map, "subject", &self.subject)?;
        crate::__private::write_field(map, "duration", &self.duration)?;
        crate::__private::write_field(map, "ratio", &self.ratio)?;
        crate::__private::write_field(map, "tenantId", &self.tenant_id)?;
        crate::__private::write_field(map, "sizeInBytes", &self.size_in_bytes)?;
        crate::__private::write_field(map, "userProcessingResults", &self.user_processing_results)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "completedDateTime" => !self.completed_date_time.is_absent(),
            "processingStatus" => !self.processing_status.is_absent(),
            "totalTasksCount" => !self.total_tasks_count.is_absent(),
            "iOSVersion" => !self.ios_version.is_absent(),
            "type" => !self.type_.is_absent(),
            "category" => !self.category.is_absent(),
            "conditions" => !self.conditions.is_absent(),
            "subject" => !self.subject.is_absent(),
            "duration" => !self.duration.is_absent(),
            "ratio" => !self.ratio.is_absent(),
            "tenantId" => !self.tenant_id.is_absent(),
            "sizeInBytes" => !self.size_in_bytes.is_absent(),
            "userProcessingResults" => !self.user_processing_results.is_absent(),
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
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.run` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "completedDateTime" => crate::__private::field(map, &mut self.completed_date_time)?,
            "processingStatus" => crate::__private::field(map, &mut self.processing_status)?,
            "totalTasksCount" => crate::__private::field(map, &mut self.total_tasks_count)?,
            "iOSVersion" => crate::__private::field(map, &mut self.ios_version)?,
            "type" => crate::__private::field(map, &mut self.type_)?,
            "category" => crate::__private::field(map, &mut self.category)?,
            "conditions" => crate::__private::field(map, &mut self.conditions)?,
            "subject" => crate::__private::field(map, &mut self.subject)?,
            "duration" => crate::__private::field(map, &mut self.duration)?,
            "ratio" => crate::__private::field(map, &mut self.ratio)?,
            "tenantId" => crate::__private::field(map, &mut self.tenant_id)?,
            "sizeInBytes" => crate::__private::field(map, &mut self.size_in_bytes)?,
            "userProcessingResults" => crate::__private::object_list(map, &mut self.user_processing_results)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for Run {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
