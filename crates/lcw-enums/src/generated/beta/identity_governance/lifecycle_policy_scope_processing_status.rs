// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecyclepolicyscopeprocessingstatus.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecyclePolicyScopeProcessingStatus {
    /// Idle (`idle`).
    Idle,
    /// Not started (`notStarted`).
    NotStarted,
    /// Evaluating (`evaluating`).
    Evaluating,
    /// Processing (`processing`).
    Processing,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecyclePolicyScopeProcessingStatus {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecyclePolicyScopeProcessingStatus] = &[
        LifecyclePolicyScopeProcessingStatus::Idle,
        LifecyclePolicyScopeProcessingStatus::NotStarted,
        LifecyclePolicyScopeProcessingStatus::Evaluating,
        LifecyclePolicyScopeProcessingStatus::Processing,
        LifecyclePolicyScopeProcessingStatus::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclePolicyScopeProcessingStatus::Idle => "idle",
            LifecyclePolicyScopeProcessingStatus::NotStarted => "notStarted",
            LifecyclePolicyScopeProcessingStatus::Evaluating => "evaluating",
            LifecyclePolicyScopeProcessingStatus::Processing => "processing",
            LifecyclePolicyScopeProcessingStatus::UnknownFutureValue => "unknownFutureValue",
            LifecyclePolicyScopeProcessingStatus::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "idle" => Ok(LifecyclePolicyScopeProcessingStatus::Idle),
            "notStarted" => Ok(LifecyclePolicyScopeProcessingStatus::NotStarted),
            "evaluating" => Ok(LifecyclePolicyScopeProcessingStatus::Evaluating),
            "processing" => Ok(LifecyclePolicyScopeProcessingStatus::Processing),
            "unknownFutureValue" => Ok(LifecyclePolicyScopeProcessingStatus::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("lifecyclePolicyScopeProcessingStatus", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for LifecyclePolicyScopeProcessingStatus {
    const KNOWN: &'static [LifecyclePolicyScopeProcessingStatus] = LifecyclePolicyScopeProcessingStatus::KNOWN;
    fn as_str(&self) -> &str {
        LifecyclePolicyScopeProcessingStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecyclePolicyScopeProcessingStatus::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecyclePolicyScopeProcessingStatus::try_parse(value)
    }
}

impl AsRef<str> for LifecyclePolicyScopeProcessingStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecyclePolicyScopeProcessingStatus {
    fn from(value: &str) -> Self {
        match value {
            "idle" => LifecyclePolicyScopeProcessingStatus::Idle,
            "notStarted" => LifecyclePolicyScopeProcessingStatus::NotStarted,
            "evaluating" => LifecyclePolicyScopeProcessingStatus::Evaluating,
            "processing" => LifecyclePolicyScopeProcessingStatus::Processing,
            "unknownFutureValue" => LifecyclePolicyScopeProcessingStatus::UnknownFutureValue,
            other => LifecyclePolicyScopeProcessingStatus::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecyclePolicyScopeProcessingStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecyclePolicyScopeProcessingStatus::from(value))
    }
}

impl ::std::fmt::Display for LifecyclePolicyScopeProcessingStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecyclePolicyScopeProcessingStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyScopeProcessingStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
