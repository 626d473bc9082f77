// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecycleworkflowprocessingstatus.md by `cargo xtask regenerate`. Do not edit.
/// This is an evolvable enumeration. The members `canceling` and `quarantined` come back only when the request carries the `Prefer: include-unknown-enum-members` header.
///
/// Members listed after `unknownFutureValue` are sent only when the request carries `Prefer: include-unknown-enum-members`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecycleWorkflowProcessingStatus {
    /// Queued (`queued`).
    Queued,
    /// In progress (`inProgress`).
    InProgress,
    /// Completed (`completed`).
    Completed,
    /// Completed with errors (`completedWithErrors`).
    CompletedWithErrors,
    /// Canceled (`canceled`).
    Canceled,
    /// Failed (`failed`).
    Failed,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// Canceling (`canceling`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    Canceling,
    /// Quarantined (`quarantined`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    Quarantined,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecycleWorkflowProcessingStatus {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecycleWorkflowProcessingStatus] = &[
        LifecycleWorkflowProcessingStatus::Queued,
        LifecycleWorkflowProcessingStatus::InProgress,
        LifecycleWorkflowProcessingStatus::Completed,
        LifecycleWorkflowProcessingStatus::CompletedWithErrors,
        LifecycleWorkflowProcessingStatus::Canceled,
        LifecycleWorkflowProcessingStatus::Failed,
        LifecycleWorkflowProcessingStatus::UnknownFutureValue,
        LifecycleWorkflowProcessingStatus::Canceling,
        LifecycleWorkflowProcessingStatus::Quarantined,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecycleWorkflowProcessingStatus::Queued => "queued",
            LifecycleWorkflowProcessingStatus::InProgress => "inProgress",
            LifecycleWorkflowProcessingStatus::Completed => "completed",
            LifecycleWorkflowProcessingStatus::CompletedWithErrors => "completedWithErrors",
            LifecycleWorkflowProcessingStatus::Canceled => "canceled",
            LifecycleWorkflowProcessingStatus::Failed => "failed",
            LifecycleWorkflowProcessingStatus::UnknownFutureValue => "unknownFutureValue",
            LifecycleWorkflowProcessingStatus::Canceling => "canceling",
            LifecycleWorkflowProcessingStatus::Quarantined => "quarantined",
            LifecycleWorkflowProcessingStatus::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "queued" => Ok(LifecycleWorkflowProcessingStatus::Queued),
            "inProgress" => Ok(LifecycleWorkflowProcessingStatus::InProgress),
            "completed" => Ok(LifecycleWorkflowProcessingStatus::Completed),
            "completedWithErrors" => Ok(LifecycleWorkflowProcessingStatus::CompletedWithErrors),
            "canceled" => Ok(LifecycleWorkflowProcessingStatus::Canceled),
            "failed" => Ok(LifecycleWorkflowProcessingStatus::Failed),
            "unknownFutureValue" => Ok(LifecycleWorkflowProcessingStatus::UnknownFutureValue),
            "canceling" => Ok(LifecycleWorkflowProcessingStatus::Canceling),
            "quarantined" => Ok(LifecycleWorkflowProcessingStatus::Quarantined),
            other => Err(crate::UnknownMember::new("lifecycleWorkflowProcessingStatus", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        matches!(self, LifecycleWorkflowProcessingStatus::Canceling | LifecycleWorkflowProcessingStatus::Quarantined)
    }
}

impl crate::GraphEnum for LifecycleWorkflowProcessingStatus {
    const KNOWN: &'static [LifecycleWorkflowProcessingStatus] = LifecycleWorkflowProcessingStatus::KNOWN;
    fn as_str(&self) -> &str {
        LifecycleWorkflowProcessingStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecycleWorkflowProcessingStatus::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecycleWorkflowProcessingStatus::try_parse(value)
    }
}

impl AsRef<str> for LifecycleWorkflowProcessingStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecycleWorkflowProcessingStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => LifecycleWorkflowProcessingStatus::Queued,
            "inProgress" => LifecycleWorkflowProcessingStatus::InProgress,
            "completed" => LifecycleWorkflowProcessingStatus::Completed,
            "completedWithErrors" => LifecycleWorkflowProcessingStatus::CompletedWithErrors,
            "canceled" => LifecycleWorkflowProcessingStatus::Canceled,
            "failed" => LifecycleWorkflowProcessingStatus::Failed,
            "unknownFutureValue" => LifecycleWorkflowProcessingStatus::UnknownFutureValue,
            "canceling" => LifecycleWorkflowProcessingStatus::Canceling,
            "quarantined" => LifecycleWorkflowProcessingStatus::Quarantined,
            other => LifecycleWorkflowProcessingStatus::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecycleWorkflowProcessingStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecycleWorkflowProcessingStatus::from(value))
    }
}

impl ::std::fmt::Display for LifecycleWorkflowProcessingStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecycleWorkflowProcessingStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecycleWorkflowProcessingStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
