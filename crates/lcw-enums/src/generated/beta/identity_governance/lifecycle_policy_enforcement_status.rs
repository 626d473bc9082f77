// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecyclepolicyenforcementstatus.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecyclePolicyEnforcementStatus {
    /// Not required (`notRequired`).
    NotRequired,
    /// Not started (`notStarted`).
    NotStarted,
    /// Processing (`processing`).
    Processing,
    /// Waiting (`waiting`).
    Waiting,
    /// Action due (`actionDue`).
    ActionDue,
    /// Complete (`complete`).
    Complete,
    /// Unknown (`unknown`).
    UnknownMember,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecyclePolicyEnforcementStatus {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecyclePolicyEnforcementStatus] = &[
        LifecyclePolicyEnforcementStatus::NotRequired,
        LifecyclePolicyEnforcementStatus::NotStarted,
        LifecyclePolicyEnforcementStatus::Processing,
        LifecyclePolicyEnforcementStatus::Waiting,
        LifecyclePolicyEnforcementStatus::ActionDue,
        LifecyclePolicyEnforcementStatus::Complete,
        LifecyclePolicyEnforcementStatus::UnknownMember,
        LifecyclePolicyEnforcementStatus::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclePolicyEnforcementStatus::NotRequired => "notRequired",
            LifecyclePolicyEnforcementStatus::NotStarted => "notStarted",
            LifecyclePolicyEnforcementStatus::Processing => "processing",
            LifecyclePolicyEnforcementStatus::Waiting => "waiting",
            LifecyclePolicyEnforcementStatus::ActionDue => "actionDue",
            LifecyclePolicyEnforcementStatus::Complete => "complete",
            LifecyclePolicyEnforcementStatus::UnknownMember => "unknown",
            LifecyclePolicyEnforcementStatus::UnknownFutureValue => "unknownFutureValue",
            LifecyclePolicyEnforcementStatus::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "notRequired" => Ok(LifecyclePolicyEnforcementStatus::NotRequired),
            "notStarted" => Ok(LifecyclePolicyEnforcementStatus::NotStarted),
            "processing" => Ok(LifecyclePolicyEnforcementStatus::Processing),
            "waiting" => Ok(LifecyclePolicyEnforcementStatus::Waiting),
            "actionDue" => Ok(LifecyclePolicyEnforcementStatus::ActionDue),
            "complete" => Ok(LifecyclePolicyEnforcementStatus::Complete),
            "unknown" => Ok(LifecyclePolicyEnforcementStatus::UnknownMember),
            "unknownFutureValue" => Ok(LifecyclePolicyEnforcementStatus::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("lifecyclePolicyEnforcementStatus", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for LifecyclePolicyEnforcementStatus {
    const KNOWN: &'static [LifecyclePolicyEnforcementStatus] = LifecyclePolicyEnforcementStatus::KNOWN;
    fn as_str(&self) -> &str {
        LifecyclePolicyEnforcementStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecyclePolicyEnforcementStatus::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecyclePolicyEnforcementStatus::try_parse(value)
    }
}

impl AsRef<str> for LifecyclePolicyEnforcementStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecyclePolicyEnforcementStatus {
    fn from(value: &str) -> Self {
        match value {
            "notRequired" => LifecyclePolicyEnforcementStatus::NotRequired,
            "notStarted" => LifecyclePolicyEnforcementStatus::NotStarted,
            "processing" => LifecyclePolicyEnforcementStatus::Processing,
            "waiting" => LifecyclePolicyEnforcementStatus::Waiting,
            "actionDue" => LifecyclePolicyEnforcementStatus::ActionDue,
            "complete" => LifecyclePolicyEnforcementStatus::Complete,
            "unknown" => LifecyclePolicyEnforcementStatus::UnknownMember,
            "unknownFutureValue" => LifecyclePolicyEnforcementStatus::UnknownFutureValue,
            other => LifecyclePolicyEnforcementStatus::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecyclePolicyEnforcementStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecyclePolicyEnforcementStatus::from(value))
    }
}

impl ::std::fmt::Display for LifecyclePolicyEnforcementStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecyclePolicyEnforcementStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyEnforcementStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
