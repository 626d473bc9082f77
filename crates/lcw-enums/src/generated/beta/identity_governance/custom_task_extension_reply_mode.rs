// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `customTaskExtensionReplyMode`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CustomTaskExtensionReplyMode {
    /// None (`none`).
    None,
    /// Callback (`callback`).
    Callback,
    /// Response (`response`).
    Response,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl CustomTaskExtensionReplyMode {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [CustomTaskExtensionReplyMode] = &[
        CustomTaskExtensionReplyMode::None,
        CustomTaskExtensionReplyMode::Callback,
        CustomTaskExtensionReplyMode::Response,
        CustomTaskExtensionReplyMode::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            CustomTaskExtensionReplyMode::None => "none",
            CustomTaskExtensionReplyMode::Callback => "callback",
            CustomTaskExtensionReplyMode::Response => "response",
            CustomTaskExtensionReplyMode::UnknownFutureValue => "unknownFutureValue",
            CustomTaskExtensionReplyMode::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "none" => Ok(CustomTaskExtensionReplyMode::None),
            "callback" => Ok(CustomTaskExtensionReplyMode::Callback),
            "response" => Ok(CustomTaskExtensionReplyMode::Response),
            "unknownFutureValue" => Ok(CustomTaskExtensionReplyMode::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("customTaskExtensionReplyMode", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for CustomTaskExtensionReplyMode {
    const KNOWN: &'static [CustomTaskExtensionReplyMode] = CustomTaskExtensionReplyMode::KNOWN;
    fn as_str(&self) -> &str {
        CustomTaskExtensionReplyMode::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        CustomTaskExtensionReplyMode::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        CustomTaskExtensionReplyMode::try_parse(value)
    }
}

impl AsRef<str> for CustomTaskExtensionReplyMode {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for CustomTaskExtensionReplyMode {
    fn from(value: &str) -> Self {
        match value {
            "none" => CustomTaskExtensionReplyMode::None,
            "callback" => CustomTaskExtensionReplyMode::Callback,
            "response" => CustomTaskExtensionReplyMode::Response,
            "unknownFutureValue" => CustomTaskExtensionReplyMode::UnknownFutureValue,
            other => CustomTaskExtensionReplyMode::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for CustomTaskExtensionReplyMode {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(CustomTaskExtensionReplyMode::from(value))
    }
}

impl ::std::fmt::Display for CustomTaskExtensionReplyMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CustomTaskExtensionReplyMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CustomTaskExtensionReplyMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
