// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecyclepolicycompliancestatus.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecyclePolicyComplianceStatus {
    /// Not evaluated (`notEvaluated`).
    NotEvaluated,
    /// Compliant (`compliant`).
    Compliant,
    /// Non compliant (`nonCompliant`).
    NonCompliant,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecyclePolicyComplianceStatus {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecyclePolicyComplianceStatus] = &[
        LifecyclePolicyComplianceStatus::NotEvaluated,
        LifecyclePolicyComplianceStatus::Compliant,
        LifecyclePolicyComplianceStatus::NonCompliant,
        LifecyclePolicyComplianceStatus::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclePolicyComplianceStatus::NotEvaluated => "notEvaluated",
            LifecyclePolicyComplianceStatus::Compliant => "compliant",
            LifecyclePolicyComplianceStatus::NonCompliant => "nonCompliant",
            LifecyclePolicyComplianceStatus::UnknownFutureValue => "unknownFutureValue",
            LifecyclePolicyComplianceStatus::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "notEvaluated" => Ok(LifecyclePolicyComplianceStatus::NotEvaluated),
            "compliant" => Ok(LifecyclePolicyComplianceStatus::Compliant),
            "nonCompliant" => Ok(LifecyclePolicyComplianceStatus::NonCompliant),
            "unknownFutureValue" => Ok(LifecyclePolicyComplianceStatus::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("lifecyclePolicyComplianceStatus", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for LifecyclePolicyComplianceStatus {
    const KNOWN: &'static [LifecyclePolicyComplianceStatus] = LifecyclePolicyComplianceStatus::KNOWN;
    fn as_str(&self) -> &str {
        LifecyclePolicyComplianceStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecyclePolicyComplianceStatus::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecyclePolicyComplianceStatus::try_parse(value)
    }
}

impl AsRef<str> for LifecyclePolicyComplianceStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecyclePolicyComplianceStatus {
    fn from(value: &str) -> Self {
        match value {
            "notEvaluated" => LifecyclePolicyComplianceStatus::NotEvaluated,
            "compliant" => LifecyclePolicyComplianceStatus::Compliant,
            "nonCompliant" => LifecyclePolicyComplianceStatus::NonCompliant,
            "unknownFutureValue" => LifecyclePolicyComplianceStatus::UnknownFutureValue,
            other => LifecyclePolicyComplianceStatus::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecyclePolicyComplianceStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecyclePolicyComplianceStatus::from(value))
    }
}

impl ::std::fmt::Display for LifecyclePolicyComplianceStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecyclePolicyComplianceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyComplianceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
