// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecyclepolicynextenforcementaction.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecyclePolicyNextEnforcementAction {
    /// Non compliance notification (`nonComplianceNotification`).
    NonComplianceNotification,
    /// First notification (`firstNotification`).
    FirstNotification,
    /// Second notification (`secondNotification`).
    SecondNotification,
    /// Final notification (`finalNotification`).
    FinalNotification,
    /// Disable (`disable`).
    Disable,
    /// Disable notification (`disableNotification`).
    DisableNotification,
    /// Delete (`delete`).
    Delete,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecyclePolicyNextEnforcementAction {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecyclePolicyNextEnforcementAction] = &[
        LifecyclePolicyNextEnforcementAction::NonComplianceNotification,
        LifecyclePolicyNextEnforcementAction::FirstNotification,
        LifecyclePolicyNextEnforcementAction::SecondNotification,
        LifecyclePolicyNextEnforcementAction::FinalNotification,
        LifecyclePolicyNextEnforcementAction::Disable,
        LifecyclePolicyNextEnforcementAction::DisableNotification,
        LifecyclePolicyNextEnforcementAction::Delete,
        LifecyclePolicyNextEnforcementAction::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclePolicyNextEnforcementAction::NonComplianceNotification => "nonComplianceNotification",
            LifecyclePolicyNextEnforcementAction::FirstNotification => "firstNotification",
            LifecyclePolicyNextEnforcementAction::SecondNotification => "secondNotification",
            LifecyclePolicyNextEnforcementAction::FinalNotification => "finalNotification",
            LifecyclePolicyNextEnforcementAction::Disable => "disable",
            LifecyclePolicyNextEnforcementAction::DisableNotification => "disableNotification",
            LifecyclePolicyNextEnforcementAction::Delete => "delete",
            LifecyclePolicyNextEnforcementAction::UnknownFutureValue => "unknownFutureValue",
            LifecyclePolicyNextEnforcementAction::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "nonComplianceNotification" => Ok(LifecyclePolicyNextEnforcementAction::NonComplianceNotification),
            "firstNotification" => Ok(LifecyclePolicyNextEnforcementAction::FirstNotification),
            "secondNotification" => Ok(LifecyclePolicyNextEnforcementAction::SecondNotification),
            "finalNotification" => Ok(LifecyclePolicyNextEnforcementAction::FinalNotification),
            "disable" => Ok(LifecyclePolicyNextEnforcementAction::Disable),
            "disableNotification" => Ok(LifecyclePolicyNextEnforcementAction::DisableNotification),
            "delete" => Ok(LifecyclePolicyNextEnforcementAction::Delete),
            "unknownFutureValue" => Ok(LifecyclePolicyNextEnforcementAction::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("lifecyclePolicyNextEnforcementAction", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for LifecyclePolicyNextEnforcementAction {
    const KNOWN: &'static [LifecyclePolicyNextEnforcementAction] = LifecyclePolicyNextEnforcementAction::KNOWN;
    fn as_str(&self) -> &str {
        LifecyclePolicyNextEnforcementAction::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecyclePolicyNextEnforcementAction::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecyclePolicyNextEnforcementAction::try_parse(value)
    }
}

impl AsRef<str> for LifecyclePolicyNextEnforcementAction {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecyclePolicyNextEnforcementAction {
    fn from(value: &str) -> Self {
        match value {
            "nonComplianceNotification" => LifecyclePolicyNextEnforcementAction::NonComplianceNotification,
            "firstNotification" => LifecyclePolicyNextEnforcementAction::FirstNotification,
            "secondNotification" => LifecyclePolicyNextEnforcementAction::SecondNotification,
            "finalNotification" => LifecyclePolicyNextEnforcementAction::FinalNotification,
            "disable" => LifecyclePolicyNextEnforcementAction::Disable,
            "disableNotification" => LifecyclePolicyNextEnforcementAction::DisableNotification,
            "delete" => LifecyclePolicyNextEnforcementAction::Delete,
            "unknownFutureValue" => LifecyclePolicyNextEnforcementAction::UnknownFutureValue,
            other => LifecyclePolicyNextEnforcementAction::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecyclePolicyNextEnforcementAction {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecyclePolicyNextEnforcementAction::from(value))
    }
}

impl ::std::fmt::Display for LifecyclePolicyNextEnforcementAction {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecyclePolicyNextEnforcementAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyNextEnforcementAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
