// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates`. Do not edit.
/// Values of `callType`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CallType {
    /// Unknown (`unknown`).
    UnknownMember,
    /// Group call (`groupCall`).
    GroupCall,
    /// Group call (`group_Call`).
    GroupCall2,
    /// Self (`self`).
    SelfMember,
    /// 3 way (`3way`).
    V3Way,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl CallType {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [CallType] = &[
        CallType::UnknownMember,
        CallType::GroupCall,
        CallType::GroupCall2,
        CallType::SelfMember,
        CallType::V3Way,
        CallType::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            CallType::UnknownMember => "unknown",
            CallType::GroupCall => "groupCall",
            CallType::GroupCall2 => "group_Call",
            CallType::SelfMember => "self",
            CallType::V3Way => "3way",
            CallType::UnknownFutureValue => "unknownFutureValue",
            CallType::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "unknown" => Ok(CallType::UnknownMember),
            "groupCall" => Ok(CallType::GroupCall),
            "group_Call" => Ok(CallType::GroupCall2),
            "self" => Ok(CallType::SelfMember),
            "3way" => Ok(CallType::V3Way),
            "unknownFutureValue" => Ok(CallType::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("callType", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for CallType {
    const KNOWN: &'static [CallType] = CallType::KNOWN;
    fn as_str(&self) -> &str {
        CallType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        CallType::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        CallType::try_parse(value)
    }
}

impl AsRef<str> for CallType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for CallType {
    fn from(value: &str) -> Self {
        match value {
            "unknown" => CallType::UnknownMember,
            "groupCall" => CallType::GroupCall,
            "group_Call" => CallType::GroupCall2,
            "self" => CallType::SelfMember,
            "3way" => CallType::V3Way,
            "unknownFutureValue" => CallType::UnknownFutureValue,
            other => CallType::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for CallType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(CallType::from(value))
    }
}

impl ::std::fmt::Display for CallType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CallType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CallType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
