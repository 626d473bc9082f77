// Generated from docs-src/api-reference/beta/resources/enums-userpurpose.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UserPurpose {
    /// User (`user`).
    User,
    /// Linked (`linked`).
    Linked,
    /// Shared (`shared`).
    Shared,
    /// Room (`room`).
    Room,
    /// Equipment (`equipment`).
    Equipment,
    /// Others (`others`).
    Others,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl UserPurpose {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [UserPurpose] = &[
        UserPurpose::User,
        UserPurpose::Linked,
        UserPurpose::Shared,
        UserPurpose::Room,
        UserPurpose::Equipment,
        UserPurpose::Others,
        UserPurpose::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            UserPurpose::User => "user",
            UserPurpose::Linked => "linked",
            UserPurpose::Shared => "shared",
            UserPurpose::Room => "room",
            UserPurpose::Equipment => "equipment",
            UserPurpose::Others => "others",
            UserPurpose::UnknownFutureValue => "unknownFutureValue",
            UserPurpose::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "user" => Ok(UserPurpose::User),
            "linked" => Ok(UserPurpose::Linked),
            "shared" => Ok(UserPurpose::Shared),
            "room" => Ok(UserPurpose::Room),
            "equipment" => Ok(UserPurpose::Equipment),
            "others" => Ok(UserPurpose::Others),
            "unknownFutureValue" => Ok(UserPurpose::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("userPurpose", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for UserPurpose {
    const KNOWN: &'static [UserPurpose] = UserPurpose::KNOWN;
    fn as_str(&self) -> &str {
        UserPurpose::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        UserPurpose::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        UserPurpose::try_parse(value)
    }
}

impl AsRef<str> for UserPurpose {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for UserPurpose {
    fn from(value: &str) -> Self {
        match value {
            "user" => UserPurpose::User,
            "linked" => UserPurpose::Linked,
            "shared" => UserPurpose::Shared,
            "room" => UserPurpose::Room,
            "equipment" => UserPurpose::Equipment,
            "others" => UserPurpose::Others,
            "unknownFutureValue" => UserPurpose::UnknownFutureValue,
            other => UserPurpose::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for UserPurpose {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(UserPurpose::from(value))
    }
}

impl ::std::fmt::Display for UserPurpose {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UserPurpose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UserPurpose {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
