// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-workflowtriggeroperatoreventtiming.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WorkflowTriggerOperatorEventTiming {
    /// Before (`before`).
    Before,
    /// After (`after`).
    After,
    /// On (`on`).
    On,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl WorkflowTriggerOperatorEventTiming {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [WorkflowTriggerOperatorEventTiming] = &[
        WorkflowTriggerOperatorEventTiming::Before,
        WorkflowTriggerOperatorEventTiming::After,
        WorkflowTriggerOperatorEventTiming::On,
        WorkflowTriggerOperatorEventTiming::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowTriggerOperatorEventTiming::Before => "before",
            WorkflowTriggerOperatorEventTiming::After => "after",
            WorkflowTriggerOperatorEventTiming::On => "on",
            WorkflowTriggerOperatorEventTiming::UnknownFutureValue => "unknownFutureValue",
            WorkflowTriggerOperatorEventTiming::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "before" => Ok(WorkflowTriggerOperatorEventTiming::Before),
            "after" => Ok(WorkflowTriggerOperatorEventTiming::After),
            "on" => Ok(WorkflowTriggerOperatorEventTiming::On),
            "unknownFutureValue" => Ok(WorkflowTriggerOperatorEventTiming::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("workflowTriggerOperatorEventTiming", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for WorkflowTriggerOperatorEventTiming {
    const KNOWN: &'static [WorkflowTriggerOperatorEventTiming] = WorkflowTriggerOperatorEventTiming::KNOWN;
    fn as_str(&self) -> &str {
        WorkflowTriggerOperatorEventTiming::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        WorkflowTriggerOperatorEventTiming::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        WorkflowTriggerOperatorEventTiming::try_parse(value)
    }
}

impl AsRef<str> for WorkflowTriggerOperatorEventTiming {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for WorkflowTriggerOperatorEventTiming {
    fn from(value: &str) -> Self {
        match value {
            "before" => WorkflowTriggerOperatorEventTiming::Before,
            "after" => WorkflowTriggerOperatorEventTiming::After,
            "on" => WorkflowTriggerOperatorEventTiming::On,
            "unknownFutureValue" => WorkflowTriggerOperatorEventTiming::UnknownFutureValue,
            other => WorkflowTriggerOperatorEventTiming::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for WorkflowTriggerOperatorEventTiming {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(WorkflowTriggerOperatorEventTiming::from(value))
    }
}

impl ::std::fmt::Display for WorkflowTriggerOperatorEventTiming {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowTriggerOperatorEventTiming {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowTriggerOperatorEventTiming {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
