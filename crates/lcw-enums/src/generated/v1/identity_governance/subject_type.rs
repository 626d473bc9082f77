// Generated from docs-src/api-reference/v1.0/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// subjectType is an evolvable enum that carries the `IsFlags` attribute. Its `provisioningObject` member is returned only to requests that send the `Prefer: include-unknown-enum-members` header.
///
/// Members listed after `unknownFutureValue` are sent only when the request carries `Prefer: include-unknown-enum-members`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SubjectType {
    /// User (`user`).
    User,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// Provisioning object (`provisioningObject`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    ProvisioningObject,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl SubjectType {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [SubjectType] = &[
        SubjectType::User,
        SubjectType::UnknownFutureValue,
        SubjectType::ProvisioningObject,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            SubjectType::User => "user",
            SubjectType::UnknownFutureValue => "unknownFutureValue",
            SubjectType::ProvisioningObject => "provisioningObject",
            SubjectType::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "user" => Ok(SubjectType::User),
            "unknownFutureValue" => Ok(SubjectType::UnknownFutureValue),
            "provisioningObject" => Ok(SubjectType::ProvisioningObject),
            other => Err(crate::UnknownMember::new("subjectType", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        matches!(self, SubjectType::ProvisioningObject)
    }
}

impl crate::GraphEnum for SubjectType {
    const KNOWN: &'static [SubjectType] = SubjectType::KNOWN;
    fn as_str(&self) -> &str {
        SubjectType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        SubjectType::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        SubjectType::try_parse(value)
    }
}

impl AsRef<str> for SubjectType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SubjectType {
    fn from(value: &str) -> Self {
        match value {
            "user" => SubjectType::User,
            "unknownFutureValue" => SubjectType::UnknownFutureValue,
            "provisioningObject" => SubjectType::ProvisioningObject,
            other => SubjectType::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for SubjectType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(SubjectType::from(value))
    }
}

impl ::std::fmt::Display for SubjectType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SubjectType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SubjectType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}

/// A combination of `subjectType` members, written `"a,b"` on the wire.
pub type SubjectTypeSet = crate::Flags<SubjectType>;
