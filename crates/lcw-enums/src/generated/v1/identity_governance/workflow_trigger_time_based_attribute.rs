// Generated from docs-src/api-reference/v1.0/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `workflowTriggerTimeBasedAttribute`.
///
/// Members listed after `unknownFutureValue` are sent only when the request carries `Prefer: include-unknown-enum-members`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WorkflowTriggerTimeBasedAttribute {
    /// Employee hire date (`employeeHireDate`).
    EmployeeHireDate,
    /// Employee leave date time (`employeeLeaveDateTime`).
    EmployeeLeaveDateTime,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// Created date time (`createdDateTime`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    CreatedDateTime,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl WorkflowTriggerTimeBasedAttribute {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [WorkflowTriggerTimeBasedAttribute] = &[
        WorkflowTriggerTimeBasedAttribute::EmployeeHireDate,
        WorkflowTriggerTimeBasedAttribute::EmployeeLeaveDateTime,
        WorkflowTriggerTimeBasedAttribute::UnknownFutureValue,
        WorkflowTriggerTimeBasedAttribute::CreatedDateTime,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowTriggerTimeBasedAttribute::EmployeeHireDate => "employeeHireDate",
            WorkflowTriggerTimeBasedAttribute::EmployeeLeaveDateTime => "employeeLeaveDateTime",
            WorkflowTriggerTimeBasedAttribute::UnknownFutureValue => "unknownFutureValue",
            WorkflowTriggerTimeBasedAttribute::CreatedDateTime => "createdDateTime",
            WorkflowTriggerTimeBasedAttribute::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "employeeHireDate" => Ok(WorkflowTriggerTimeBasedAttribute::EmployeeHireDate),
            "employeeLeaveDateTime" => Ok(WorkflowTriggerTimeBasedAttribute::EmployeeLeaveDateTime),
            "unknownFutureValue" => Ok(WorkflowTriggerTimeBasedAttribute::UnknownFutureValue),
            "createdDateTime" => Ok(WorkflowTriggerTimeBasedAttribute::CreatedDateTime),
            other => Err(crate::UnknownMember::new("workflowTriggerTimeBasedAttribute", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        matches!(self, WorkflowTriggerTimeBasedAttribute::CreatedDateTime)
    }
}

impl crate::GraphEnum for WorkflowTriggerTimeBasedAttribute {
    const KNOWN: &'static [WorkflowTriggerTimeBasedAttribute] = WorkflowTriggerTimeBasedAttribute::KNOWN;
    fn as_str(&self) -> &str {
        WorkflowTriggerTimeBasedAttribute::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        WorkflowTriggerTimeBasedAttribute::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        WorkflowTriggerTimeBasedAttribute::try_parse(value)
    }
}

impl AsRef<str> for WorkflowTriggerTimeBasedAttribute {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for WorkflowTriggerTimeBasedAttribute {
    fn from(value: &str) -> Self {
        match value {
            "employeeHireDate" => WorkflowTriggerTimeBasedAttribute::EmployeeHireDate,
            "employeeLeaveDateTime" => WorkflowTriggerTimeBasedAttribute::EmployeeLeaveDateTime,
            "unknownFutureValue" => WorkflowTriggerTimeBasedAttribute::UnknownFutureValue,
            "createdDateTime" => WorkflowTriggerTimeBasedAttribute::CreatedDateTime,
            other => WorkflowTriggerTimeBasedAttribute::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for WorkflowTriggerTimeBasedAttribute {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(WorkflowTriggerTimeBasedAttribute::from(value))
    }
}

impl ::std::fmt::Display for WorkflowTriggerTimeBasedAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowTriggerTimeBasedAttribute {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowTriggerTimeBasedAttribute {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
