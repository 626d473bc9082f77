// Generated from docs-src/api-reference/v1.0/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `workflowExecutionType`.
///
/// Members listed after `unknownFutureValue` are sent only when the request carries `Prefer: include-unknown-enum-members`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WorkflowExecutionType {
    /// Scheduled (`scheduled`).
    Scheduled,
    /// On demand (`onDemand`).
    OnDemand,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// Activated with scope (`activatedWithScope`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    ActivatedWithScope,
    /// Preview (`preview`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    Preview,
    /// Extensibility on demand (`extensibilityOnDemand`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    ExtensibilityOnDemand,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl WorkflowExecutionType {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [WorkflowExecutionType] = &[
        WorkflowExecutionType::Scheduled,
        WorkflowExecutionType::OnDemand,
        WorkflowExecutionType::UnknownFutureValue,
        WorkflowExecutionType::ActivatedWithScope,
        WorkflowExecutionType::Preview,
        WorkflowExecutionType::ExtensibilityOnDemand,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowExecutionType::Scheduled => "scheduled",
            WorkflowExecutionType::OnDemand => "onDemand",
            WorkflowExecutionType::UnknownFutureValue => "unknownFutureValue",
            WorkflowExecutionType::ActivatedWithScope => "activatedWithScope",
            WorkflowExecutionType::Preview => "preview",
            WorkflowExecutionType::ExtensibilityOnDemand => "extensibilityOnDemand",
            WorkflowExecutionType::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "scheduled" => Ok(WorkflowExecutionType::Scheduled),
            "onDemand" => Ok(WorkflowExecutionType::OnDemand),
            "unknownFutureValue" => Ok(WorkflowExecutionType::UnknownFutureValue),
            "activatedWithScope" => Ok(WorkflowExecutionType::ActivatedWithScope),
            "preview" => Ok(WorkflowExecutionType::Preview),
            "extensibilityOnDemand" => Ok(WorkflowExecutionType::ExtensibilityOnDemand),
            other => Err(crate::UnknownMember::new("workflowExecutionType", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        matches!(self, WorkflowExecutionType::ActivatedWithScope | WorkflowExecutionType::Preview | WorkflowExecutionType::ExtensibilityOnDemand)
    }
}

impl crate::GraphEnum for WorkflowExecutionType {
    const KNOWN: &'static [WorkflowExecutionType] = WorkflowExecutionType::KNOWN;
    fn as_str(&self) -> &str {
        WorkflowExecutionType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        WorkflowExecutionType::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        WorkflowExecutionType::try_parse(value)
    }
}

impl AsRef<str> for WorkflowExecutionType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for WorkflowExecutionType {
    fn from(value: &str) -> Self {
        match value {
            "scheduled" => WorkflowExecutionType::Scheduled,
            "onDemand" => WorkflowExecutionType::OnDemand,
            "unknownFutureValue" => WorkflowExecutionType::UnknownFutureValue,
            "activatedWithScope" => WorkflowExecutionType::ActivatedWithScope,
            "preview" => WorkflowExecutionType::Preview,
            "extensibilityOnDemand" => WorkflowExecutionType::ExtensibilityOnDemand,
            other => WorkflowExecutionType::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for WorkflowExecutionType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(WorkflowExecutionType::from(value))
    }
}

impl ::std::fmt::Display for WorkflowExecutionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowExecutionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowExecutionType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
