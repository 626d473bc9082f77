// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecyclepolicyscopeprocessingattemptstatus.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecyclePolicyScopeProcessingAttemptStatus {
    /// Not started (`notStarted`).
    NotStarted,
    /// Evaluating (`evaluating`).
    Evaluating,
    /// Processing (`processing`).
    Processing,
    /// Completed (`completed`).
    Completed,
    /// Failed (`failed`).
    Failed,
    /// Timed out (`timedOut`).
    TimedOut,
    /// Invalid scope (`invalidScope`).
    InvalidScope,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecyclePolicyScopeProcessingAttemptStatus {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecyclePolicyScopeProcessingAttemptStatus] = &[
        LifecyclePolicyScopeProcessingAttemptStatus::NotStarted,
        LifecyclePolicyScopeProcessingAttemptStatus::Evaluating,
        LifecyclePolicyScopeProcessingAttemptStatus::Processing,
        LifecyclePolicyScopeProcessingAttemptStatus::Completed,
        LifecyclePolicyScopeProcessingAttemptStatus::Failed,
        LifecyclePolicyScopeProcessingAttemptStatus::TimedOut,
        LifecyclePolicyScopeProcessingAttemptStatus::InvalidScope,
        LifecyclePolicyScopeProcessingAttemptStatus::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclePolicyScopeProcessingAttemptStatus::NotStarted => "notStarted",
            LifecyclePolicyScopeProcessingAttemptStatus::Evaluating => "evaluating",
            LifecyclePolicyScopeProcessingAttemptStatus::Processing => "processing",
            LifecyclePolicyScopeProcessingAttemptStatus::Completed => "completed",
            LifecyclePolicyScopeProcessingAttemptStatus::Failed => "failed",
            LifecyclePolicyScopeProcessingAttemptStatus::TimedOut => "timedOut",
            LifecyclePolicyScopeProcessingAttemptStatus::InvalidScope => "invalidScope",
            LifecyclePolicyScopeProcessingAttemptStatus::UnknownFutureValue => "unknownFutureValue",
            LifecyclePolicyScopeProcessingAttemptStatus::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "notStarted" => Ok(LifecyclePolicyScopeProcessingAttemptStatus::NotStarted),
            "evaluating" => Ok(LifecyclePolicyScopeProcessingAttemptStatus::Evaluating),
            "processing" => Ok(LifecyclePolicyScopeProcessingAttemptStatus::Processing),
            "completed" => Ok(LifecyclePolicyScopeProcessingAttemptStatus::Completed),
            "failed" => Ok(LifecyclePolicyScopeProcessingAttemptStatus::Failed),
            "timedOut" => Ok(LifecyclePolicyScopeProcessingAttemptStatus::TimedOut),
            "invalidScope" => Ok(LifecyclePolicyScopeProcessingAttemptStatus::InvalidScope),
            "unknownFutureValue" => Ok(LifecyclePolicyScopeProcessingAttemptStatus::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("lifecyclePolicyScopeProcessingAttemptStatus", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for LifecyclePolicyScopeProcessingAttemptStatus {
    const KNOWN: &'static [LifecyclePolicyScopeProcessingAttemptStatus] = LifecyclePolicyScopeProcessingAttemptStatus::KNOWN;
    fn as_str(&self) -> &str {
        LifecyclePolicyScopeProcessingAttemptStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecyclePolicyScopeProcessingAttemptStatus::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecyclePolicyScopeProcessingAttemptStatus::try_parse(value)
    }
}

impl AsRef<str> for LifecyclePolicyScopeProcessingAttemptStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecyclePolicyScopeProcessingAttemptStatus {
    fn from(value: &str) -> Self {
        match value {
            "notStarted" => LifecyclePolicyScopeProcessingAttemptStatus::NotStarted,
            "evaluating" => LifecyclePolicyScopeProcessingAttemptStatus::Evaluating,
            "processing" => LifecyclePolicyScopeProcessingAttemptStatus::Processing,
            "completed" => LifecyclePolicyScopeProcessingAttemptStatus::Completed,
            "failed" => LifecyclePolicyScopeProcessingAttemptStatus::Failed,
            "timedOut" => LifecyclePolicyScopeProcessingAttemptStatus::TimedOut,
            "invalidScope" => LifecyclePolicyScopeProcessingAttemptStatus::InvalidScope,
            "unknownFutureValue" => LifecyclePolicyScopeProcessingAttemptStatus::UnknownFutureValue,
            other => LifecyclePolicyScopeProcessingAttemptStatus::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecyclePolicyScopeProcessingAttemptStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecyclePolicyScopeProcessingAttemptStatus::from(value))
    }
}

impl ::std::fmt::Display for LifecyclePolicyScopeProcessingAttemptStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecyclePolicyScopeProcessingAttemptStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyScopeProcessingAttemptStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
