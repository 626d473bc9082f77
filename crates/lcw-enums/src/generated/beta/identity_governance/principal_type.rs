// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `principalType`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PrincipalType {
    /// User (`user`).
    User,
    /// Group (`group`).
    Group,
    /// Service principal (`servicePrincipal`).
    ServicePrincipal,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl PrincipalType {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [PrincipalType] = &[
        PrincipalType::User,
        PrincipalType::Group,
        PrincipalType::ServicePrincipal,
        PrincipalType::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            PrincipalType::User => "user",
            PrincipalType::Group => "group",
            PrincipalType::ServicePrincipal => "servicePrincipal",
            PrincipalType::UnknownFutureValue => "unknownFutureValue",
            PrincipalType::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "user" => Ok(PrincipalType::User),
            "group" => Ok(PrincipalType::Group),
            "servicePrincipal" => Ok(PrincipalType::ServicePrincipal),
            "unknownFutureValue" => Ok(PrincipalType::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("principalType", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for PrincipalType {
    const KNOWN: &'static [PrincipalType] = PrincipalType::KNOWN;
    fn as_str(&self) -> &str {
        PrincipalType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        PrincipalType::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        PrincipalType::try_parse(value)
    }
}

impl AsRef<str> for PrincipalType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for PrincipalType {
    fn from(value: &str) -> Self {
        match value {
            "user" => PrincipalType::User,
            "group" => PrincipalType::Group,
            "servicePrincipal" => PrincipalType::ServicePrincipal,
            "unknownFutureValue" => PrincipalType::UnknownFutureValue,
            other => PrincipalType::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for PrincipalType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(PrincipalType::from(value))
    }
}

impl ::std::fmt::Display for PrincipalType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PrincipalType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PrincipalType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
