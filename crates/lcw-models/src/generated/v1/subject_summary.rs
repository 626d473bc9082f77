// Generated from docs-src/api-reference/v1.0/resources/identitygovernance-subjectsummary.md by `cargo xtask regenerate`. Do not edit.
/// Totals of the subject processing results within a chosen period, giving an administrator a quick view of how many subjects and tasks succeeded or failed. The summary function of a subjectProcessingResult collection returns it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubjectSummary {
    /// Subjects in the summary with one or more failed tasks.
    pub failed_subjects: Option<i32>,
    /// Tasks that failed for the subjects counted in the summary.
    pub failed_tasks: Option<i32>,
    /// Subjects in the summary whose tasks all succeeded.
    pub successful_subjects: Option<i32>,
    /// All subjects counted in the summary.
    pub total_subjects: Option<i32>,
    /// All tasks run for the subjects in the summary.
    pub total_tasks: Option<i32>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SubjectSummary {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> SubjectSummaryBuilder {
        SubjectSummaryBuilder::default()
    }
}

/// Builds a [`SubjectSummary`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct SubjectSummaryBuilder {
    inner: SubjectSummary,
}

impl SubjectSummaryBuilder {
    /// Sets `failedSubjects`.
    pub fn failed_subjects(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_subjects = Some(value.into());
        self
    }
    /// Sets `failedTasks`.
    pub fn failed_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.failed_tasks = Some(value.into());
        self
    }
    /// Sets `successfulSubjects`.
    pub fn successful_subjects(mut self, value: impl Into<i32>) -> Self {
        self.inner.successful_subjects = Some(value.into());
        self
    }
    /// Sets `totalSubjects`.
    pub fn total_subjects(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_subjects = Some(value.into());
        self
    }
    /// Sets `totalTasks`.
    pub fn total_tasks(mut self, value: impl Into<i32>) -> Self {
        self.inner.total_tasks = Some(value.into());
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
        },
        crate::PropertyInfo {
            name: "failedTasks",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "successfulSubjects",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalSubjects",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
        crate::PropertyInfo {
            name: "totalTasks",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Int32,
        },
    ];
}

impl crate::__private::WriteFields for SubjectSummary {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.failed_subjects {
            map.serialize_entry("failedSubjects", value)?;
        }
        if let Some(value) = &self.failed_tasks {
            map.serialize_entry("failedTasks", value)?;
        }
        if let Some(value) = &self.successful_subjects {
            map.serialize_entry("successfulSubjects", value)?;
        }
        if let Some(value) = &self.total_subjects {
            map.serialize_entry("totalSubjects", value)?;
        }
        if let Some(value) = &self.total_tasks {
            map.serialize_entry("totalTasks", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "failedSubjects" => self.failed_subjects.is_some(),
            "failedTasks" => self.failed_tasks.is_some(),
            "successfulSubjects" => self.successful_subjects.is_some(),
            "totalSubjects" => self.total_subjects.is_some(),
            "totalTasks" => self.total_tasks.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedSubjects" => {
                crate::__private::field(
                    map,
                    &mut self.failed_subjects,
                    "failedSubjects",
                    &mut self.additional_properties,
                )?
            }
            "failedTasks" => {
                crate::__private::field(
                    map,
                    &mut self.failed_tasks,
                    "failedTasks",
                    &mut self.additional_properties,
                )?
            }
            "successfulSubjects" => {
                crate::__private::field(
                    map,
                    &mut self.successful_subjects,
                    "successfulSubjects",
                    &mut self.additional_properties,
                )?
            }
            "totalSubjects" => {
                crate::__private::field(
                    map,
                    &mut self.total_subjects,
                    "totalSubjects",
                    &mut self.additional_properties,
                )?
            }
            "totalTasks" => {
                crate::__private::field(
                    map,
                    &mut self.total_tasks,
                    "totalTasks",
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

impl<'de> serde::Deserialize<'de> for SubjectSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.subjectSummary` object",
        )
    }
}
