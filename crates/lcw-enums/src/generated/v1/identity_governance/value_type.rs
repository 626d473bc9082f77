// Generated from docs-src/api-reference/v1.0/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `valueType`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ValueType {
    /// Enum (`enum`).
    Enum,
    /// String (`string`).
    String,
    /// Int (`int`).
    Int,
    /// Bool (`bool`).
    Bool,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl ValueType {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [ValueType] = &[
        ValueType::Enum,
        ValueType::String,
        ValueType::Int,
        ValueType::Bool,
        ValueType::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            ValueType::Enum => "enum",
            ValueType::String => "string",
            ValueType::Int => "int",
            ValueType::Bool => "bool",
            ValueType::UnknownFutureValue => "unknownFutureValue",
            ValueType::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "enum" => Ok(ValueType::Enum),
            "string" => Ok(ValueType::String),
            "int" => Ok(ValueType::Int),
            "bool" => Ok(ValueType::Bool),
            "unknownFutureValue" => Ok(ValueType::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("valueType", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for ValueType {
    const KNOWN: &'static [ValueType] = ValueType::KNOWN;
    fn as_str(&self) -> &str {
        ValueType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        ValueType::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        ValueType::try_parse(value)
    }
}

impl AsRef<str> for ValueType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for ValueType {
    fn from(value: &str) -> Self {
        match value {
            "enum" => ValueType::Enum,
            "string" => ValueType::String,
            "int" => ValueType::Int,
            "bool" => ValueType::Bool,
            "unknownFutureValue" => ValueType::UnknownFutureValue,
            other => ValueType::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for ValueType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(ValueType::from(value))
    }
}

impl ::std::fmt::Display for ValueType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ValueType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ValueType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
