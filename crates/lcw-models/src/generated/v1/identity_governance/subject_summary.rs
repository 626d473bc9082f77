// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-subjectsummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals of the subject processing results within a chosen period, giving an administrator a quick view of how many subjects and tasks succeeded or failed. The summary function of a subjectProcessingResult collection returns it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubjectSummary {
    /// Subjects in the summary with one or more failed tasks.
    pub failed_subjects: crate::Nullable<i32>,
    /// Tasks that failed for the subjects counted in the summary.
    pub failed_tasks: crate::Nullable<i32>,
    /// Subjects in the summary whose tasks all succeeded.
    pub successful_subjects: crate::Nullable<i32>,
    /// All subjects counted in the summary.
    pub total_subjects: crate::Nullable<i32>,
    /// All tasks run for the subjects in the summary.
    pub total_tasks: crate::Nullable<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SubjectSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> SubjectSummaryBuilder {
        <SubjectSummaryBuilder as Default>::default()
    }
}

/// Builds a [`SubjectSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct SubjectSummaryBuilder {
    inner: SubjectSummary,
}

impl SubjectSummaryBuilder {
    /// Sets `failedSubjects`.
    ///
    /// Subjects in the summary with one or more failed tasks.
    pub fn failed_subjects(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_subjects = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedSubjects` to a value, or leaves it out of the body with `None`.
    ///
    /// Subjects in the summary with one or more failed tasks.
    pub fn set_failed_subjects(mut self, value: Option<i32>) -> Self {
        self.inner.failed_subjects = value.into();
        self
    }
    /// Sends `failedSubjects` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Subjects in the summary with one or more failed tasks.
    pub fn null_failed_subjects(mut self) -> Self {
        self.inner.failed_subjects = crate::Nullable::Null;
        self
    }
    /// Sets `failedTasks`.
    ///
    /// Tasks that failed for the subjects counted in the summary.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `failedTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// Tasks that failed for the subjects counted in the summary.
    pub fn set_failed_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.failed_tasks = value.into();
        self
    }
    /// Sends `failedTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tasks that failed for the subjects counted in the summary.
    pub fn null_failed_tasks(mut self) -> Self {
        self.inner.failed_tasks = crate::Nullable::Null;
        self
    }
    /// Sets `successfulSubjects`.
    ///
    /// Subjects in the summary whose tasks all succeeded.
    pub fn successful_subjects(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_subjects = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `successfulSubjects` to a value, or leaves it out of the body with `None`.
    ///
    /// Subjects in the summary whose tasks all succeeded.
    pub fn set_successful_subjects(mut self, value: Option<i32>) -> Self {
        self.inner.successful_subjects = value.into();
        self
    }
    /// Sends `successfulSubjects` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Subjects in the summary whose tasks all succeeded.
    pub fn null_successful_subjects(mut self) -> Self {
        self.inner.successful_subjects = crate::Nullable::Null;
        self
    }
    /// Sets `totalSubjects`.
    ///
    /// All subjects counted in the summary.
    pub fn total_subjects(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_subjects = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalSubjects` to a value, or leaves it out of the body with `None`.
    ///
    /// All subjects counted in the summary.
    pub fn set_total_subjects(mut self, value: Option<i32>) -> Self {
        self.inner.total_subjects = value.into();
        self
    }
    /// Sends `totalSubjects` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All subjects counted in the summary.
    pub fn null_total_subjects(mut self) -> Self {
        self.inner.total_subjects = crate::Nullable::Null;
        self
    }
    /// Sets `totalTasks`.
    ///
    /// All tasks run for the subjects in the summary.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `totalTasks` to a value, or leaves it out of the body with `None`.
    ///
    /// All tasks run for the subjects in the summary.
    pub fn set_total_tasks(mut self, value: Option<i32>) -> Self {
        self.inner.total_tasks = value.into();
        self
    }
    /// Sends `totalTasks` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// All tasks run for the subjects in the summary.
    pub fn null_total_tasks(mut self) -> Self {
        self.inner.total_tasks = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`SubjectSummary`].
    pub fn build(self) -> SubjectSummary {
        self.inner
    }
}

impl crate::GraphType for SubjectSummary {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.subjectSummary";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "failedSubjects",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "failedTasks",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "successfulSubjects",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalSubjects",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "totalTasks",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for SubjectSummary {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "failedSubjects", &self.failed_subjects)?;
        crate::__private::write_field(map, "failedTasks", &self.failed_tasks)?;
        crate::__private::write_field(map, "successfulSubjects", &self.successful_subjects)?;
        crate::__private::write_field(map, "totalSubjects", &self.total_subjects)?;
        crate::__private::write_field(map, "totalTasks", &self.total_tasks)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedSubjects" => !self.failed_subjects.is_absent(),
            "failedTasks" => !self.failed_tasks.is_absent(),
            "successfulSubjects" => !self.successful_subjects.is_absent(),
            "totalSubjects" => !self.total_subjects.is_absent(),
            "totalTasks" => !self.total_tasks.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for SubjectSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for SubjectSummary {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.subjectSummary` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedSubjects" => crate::__private::field(map, &mut self.failed_subjects)?,
            "failedTasks" => crate::__private::field(map, &mut self.failed_tasks)?,
            "successfulSubjects" => crate::__private::field(map, &mut self.successful_subjects)?,
            "totalSubjects" => crate::__private::field(map, &mut self.total_subjects)?,
            "totalTasks" => crate::__private::field(map, &mut self.total_tasks)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for SubjectSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
