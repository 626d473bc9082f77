// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `activationUserScopeType`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActivationUserScopeType {
    /// All users (`allUsers`).
    AllUsers,
    /// Failed users (`failedUsers`).
    FailedUsers,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl ActivationUserScopeType {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [ActivationUserScopeType] = &[
        ActivationUserScopeType::AllUsers,
        ActivationUserScopeType::FailedUsers,
        ActivationUserScopeType::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            ActivationUserScopeType::AllUsers => "allUsers",
            ActivationUserScopeType::FailedUsers => "failedUsers",
            ActivationUserScopeType::UnknownFutureValue => "unknownFutureValue",
            ActivationUserScopeType::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "allUsers" => Ok(ActivationUserScopeType::AllUsers),
            "failedUsers" => Ok(ActivationUserScopeType::FailedUsers),
            "unknownFutureValue" => Ok(ActivationUserScopeType::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("activationUserScopeType", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for ActivationUserScopeType {
    const KNOWN: &'static [ActivationUserScopeType] = ActivationUserScopeType::KNOWN;
    fn as_str(&self) -> &str {
        ActivationUserScopeType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        ActivationUserScopeType::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        ActivationUserScopeType::try_parse(value)
    }
}

impl AsRef<str> for ActivationUserScopeType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for ActivationUserScopeType {
    fn from(value: &str) -> Self {
        match value {
            "allUsers" => ActivationUserScopeType::AllUsers,
            "failedUsers" => ActivationUserScopeType::FailedUsers,
            "unknownFutureValue" => ActivationUserScopeType::UnknownFutureValue,
            other => ActivationUserScopeType::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for ActivationUserScopeType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(ActivationUserScopeType::from(value))
    }
}

impl ::std::fmt::Display for ActivationUserScopeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ActivationUserScopeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ActivationUserScopeType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
