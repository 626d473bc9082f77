// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecyclepolicyenforcementactionstate.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecyclePolicyEnforcementActionState {
    /// None (`none`).
    None,
    /// Warning state enabled (`warningStateEnabled`).
    WarningStateEnabled,
    /// Non compliance notification sent (`nonComplianceNotificationSent`).
    NonComplianceNotificationSent,
    /// First notification sent (`firstNotificationSent`).
    FirstNotificationSent,
    /// Second notification sent (`secondNotificationSent`).
    SecondNotificationSent,
    /// Final notification sent (`finalNotificationSent`).
    FinalNotificationSent,
    /// Disabled (`disabled`).
    Disabled,
    /// Deleted (`deleted`).
    Deleted,
    /// Compliance restored (`complianceRestored`).
    ComplianceRestored,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecyclePolicyEnforcementActionState {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecyclePolicyEnforcementActionState] = &[
        LifecyclePolicyEnforcementActionState::None,
        LifecyclePolicyEnforcementActionState::WarningStateEnabled,
        LifecyclePolicyEnforcementActionState::NonComplianceNotificationSent,
        LifecyclePolicyEnforcementActionState::FirstNotificationSent,
        LifecyclePolicyEnforcementActionState::SecondNotificationSent,
        LifecyclePolicyEnforcementActionState::FinalNotificationSent,
        LifecyclePolicyEnforcementActionState::Disabled,
        LifecyclePolicyEnforcementActionState::Deleted,
        LifecyclePolicyEnforcementActionState::ComplianceRestored,
        LifecyclePolicyEnforcementActionState::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclePolicyEnforcementActionState::None => "none",
            LifecyclePolicyEnforcementActionState::WarningStateEnabled => "warningStateEnabled",
            LifecyclePolicyEnforcementActionState::NonComplianceNotificationSent => "nonComplianceNotificationSent",
            LifecyclePolicyEnforcementActionState::FirstNotificationSent => "firstNotificationSent",
            LifecyclePolicyEnforcementActionState::SecondNotificationSent => "secondNotificationSent",
            LifecyclePolicyEnforcementActionState::FinalNotificationSent => "finalNotificationSent",
            LifecyclePolicyEnforcementActionState::Disabled => "disabled",
            LifecyclePolicyEnforcementActionState::Deleted => "deleted",
            LifecyclePolicyEnforcementActionState::ComplianceRestored => "complianceRestored",
            LifecyclePolicyEnforcementActionState::UnknownFutureValue => "unknownFutureValue",
            LifecyclePolicyEnforcementActionState::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "none" => Ok(LifecyclePolicyEnforcementActionState::None),
            "warningStateEnabled" => Ok(LifecyclePolicyEnforcementActionState::WarningStateEnabled),
            "nonComplianceNotificationSent" => Ok(LifecyclePolicyEnforcementActionState::NonComplianceNotificationSent),
            "firstNotificationSent" => Ok(LifecyclePolicyEnforcementActionState::FirstNotificationSent),
            "secondNotificationSent" => Ok(LifecyclePolicyEnforcementActionState::SecondNotificationSent),
            "finalNotificationSent" => Ok(LifecyclePolicyEnforcementActionState::FinalNotificationSent),
            "disabled" => Ok(LifecyclePolicyEnforcementActionState::Disabled),
            "deleted" => Ok(LifecyclePolicyEnforcementActionState::Deleted),
            "complianceRestored" => Ok(LifecyclePolicyEnforcementActionState::ComplianceRestored),
            "unknownFutureValue" => Ok(LifecyclePolicyEnforcementActionState::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("lifecyclePolicyEnforcementActionState", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for LifecyclePolicyEnforcementActionState {
    const KNOWN: &'static [LifecyclePolicyEnforcementActionState] = LifecyclePolicyEnforcementActionState::KNOWN;
    fn as_str(&self) -> &str {
        LifecyclePolicyEnforcementActionState::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecyclePolicyEnforcementActionState::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecyclePolicyEnforcementActionState::try_parse(value)
    }
}

impl AsRef<str> for LifecyclePolicyEnforcementActionState {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecyclePolicyEnforcementActionState {
    fn from(value: &str) -> Self {
        match value {
            "none" => LifecyclePolicyEnforcementActionState::None,
            "warningStateEnabled" => LifecyclePolicyEnforcementActionState::WarningStateEnabled,
            "nonComplianceNotificationSent" => LifecyclePolicyEnforcementActionState::NonComplianceNotificationSent,
            "firstNotificationSent" => LifecyclePolicyEnforcementActionState::FirstNotificationSent,
            "secondNotificationSent" => LifecyclePolicyEnforcementActionState::SecondNotificationSent,
            "finalNotificationSent" => LifecyclePolicyEnforcementActionState::FinalNotificationSent,
            "disabled" => LifecyclePolicyEnforcementActionState::Disabled,
            "deleted" => LifecyclePolicyEnforcementActionState::Deleted,
            "complianceRestored" => LifecyclePolicyEnforcementActionState::ComplianceRestored,
            "unknownFutureValue" => LifecyclePolicyEnforcementActionState::UnknownFutureValue,
            other => LifecyclePolicyEnforcementActionState::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecyclePolicyEnforcementActionState {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecyclePolicyEnforcementActionState::from(value))
    }
}

impl ::std::fmt::Display for LifecyclePolicyEnforcementActionState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecyclePolicyEnforcementActionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyEnforcementActionState {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
