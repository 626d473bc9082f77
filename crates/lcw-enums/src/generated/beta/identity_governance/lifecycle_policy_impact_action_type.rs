// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecyclepolicyimpactactiontype.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecyclePolicyImpactActionType {
    /// Object covered by policy (`objectCoveredByPolicy`).
    ObjectCoveredByPolicy,
    /// Attestation needed warning (`attestationNeededWarning`).
    AttestationNeededWarning,
    /// Attestation needed notification sent (`attestationNeededNotificationSent`).
    AttestationNeededNotificationSent,
    /// Disabled due to attestation non compliance (`disabledDueToAttestationNonCompliance`).
    DisabledDueToAttestationNonCompliance,
    /// Deleted due to attestation non compliance (`deletedDueToAttestationNonCompliance`).
    DeletedDueToAttestationNonCompliance,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecyclePolicyImpactActionType {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecyclePolicyImpactActionType] = &[
        LifecyclePolicyImpactActionType::ObjectCoveredByPolicy,
        LifecyclePolicyImpactActionType::AttestationNeededWarning,
        LifecyclePolicyImpactActionType::AttestationNeededNotificationSent,
        LifecyclePolicyImpactActionType::DisabledDueToAttestationNonCompliance,
        LifecyclePolicyImpactActionType::DeletedDueToAttestationNonCompliance,
        LifecyclePolicyImpactActionType::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclePolicyImpactActionType::ObjectCoveredByPolicy => "objectCoveredByPolicy",
            LifecyclePolicyImpactActionType::AttestationNeededWarning => "attestationNeededWarning",
            LifecyclePolicyImpactActionType::AttestationNeededNotificationSent => "attestationNeededNotificationSent",
            LifecyclePolicyImpactActionType::DisabledDueToAttestationNonCompliance => "disabledDueToAttestationNonCompliance",
            LifecyclePolicyImpactActionType::DeletedDueToAttestationNonCompliance => "deletedDueToAttestationNonCompliance",
            LifecyclePolicyImpactActionType::UnknownFutureValue => "unknownFutureValue",
            LifecyclePolicyImpactActionType::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "objectCoveredByPolicy" => Ok(LifecyclePolicyImpactActionType::ObjectCoveredByPolicy),
            "attestationNeededWarning" => Ok(LifecyclePolicyImpactActionType::AttestationNeededWarning),
            "attestationNeededNotificationSent" => Ok(LifecyclePolicyImpactActionType::AttestationNeededNotificationSent),
            "disabledDueToAttestationNonCompliance" => Ok(LifecyclePolicyImpactActionType::DisabledDueToAttestationNonCompliance),
            "deletedDueToAttestationNonCompliance" => Ok(LifecyclePolicyImpactActionType::DeletedDueToAttestationNonCompliance),
            "unknownFutureValue" => Ok(LifecyclePolicyImpactActionType::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("lifecyclePolicyImpactActionType", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for LifecyclePolicyImpactActionType {
    const KNOWN: &'static [LifecyclePolicyImpactActionType] = LifecyclePolicyImpactActionType::KNOWN;
    fn as_str(&self) -> &str {
        LifecyclePolicyImpactActionType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecyclePolicyImpactActionType::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecyclePolicyImpactActionType::try_parse(value)
    }
}

impl AsRef<str> for LifecyclePolicyImpactActionType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecyclePolicyImpactActionType {
    fn from(value: &str) -> Self {
        match value {
            "objectCoveredByPolicy" => LifecyclePolicyImpactActionType::ObjectCoveredByPolicy,
            "attestationNeededWarning" => LifecyclePolicyImpactActionType::AttestationNeededWarning,
            "attestationNeededNotificationSent" => LifecyclePolicyImpactActionType::AttestationNeededNotificationSent,
            "disabledDueToAttestationNonCompliance" => LifecyclePolicyImpactActionType::DisabledDueToAttestationNonCompliance,
            "deletedDueToAttestationNonCompliance" => LifecyclePolicyImpactActionType::DeletedDueToAttestationNonCompliance,
            "unknownFutureValue" => LifecyclePolicyImpactActionType::UnknownFutureValue,
            other => LifecyclePolicyImpactActionType::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecyclePolicyImpactActionType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecyclePolicyImpactActionType::from(value))
    }
}

impl ::std::fmt::Display for LifecyclePolicyImpactActionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecyclePolicyImpactActionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyImpactActionType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
