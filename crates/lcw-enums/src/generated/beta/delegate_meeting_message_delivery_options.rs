// Generated from docs-src/api-reference/beta/resources/enums-delegatemeetingmessagedeliveryoptions.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DelegateMeetingMessageDeliveryOptions {
    /// Send to delegate and information to principal (`sendToDelegateAndInformationToPrincipal`).
    SendToDelegateAndInformationToPrincipal,
    /// Send to delegate and principal (`sendToDelegateAndPrincipal`).
    SendToDelegateAndPrincipal,
    /// Send to delegate only (`sendToDelegateOnly`).
    SendToDelegateOnly,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl DelegateMeetingMessageDeliveryOptions {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [DelegateMeetingMessageDeliveryOptions] = &[
        DelegateMeetingMessageDeliveryOptions::SendToDelegateAndInformationToPrincipal,
        DelegateMeetingMessageDeliveryOptions::SendToDelegateAndPrincipal,
        DelegateMeetingMessageDeliveryOptions::SendToDelegateOnly,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            DelegateMeetingMessageDeliveryOptions::SendToDelegateAndInformationToPrincipal => "sendToDelegateAndInformationToPrincipal",
            DelegateMeetingMessageDeliveryOptions::SendToDelegateAndPrincipal => "sendToDelegateAndPrincipal",
            DelegateMeetingMessageDeliveryOptions::SendToDelegateOnly => "sendToDelegateOnly",
            DelegateMeetingMessageDeliveryOptions::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "sendToDelegateAndInformationToPrincipal" => Ok(DelegateMeetingMessageDeliveryOptions::SendToDelegateAndInformationToPrincipal),
            "sendToDelegateAndPrincipal" => Ok(DelegateMeetingMessageDeliveryOptions::SendToDelegateAndPrincipal),
            "sendToDelegateOnly" => Ok(DelegateMeetingMessageDeliveryOptions::SendToDelegateOnly),
            other => Err(crate::UnknownMember::new("delegateMeetingMessageDeliveryOptions", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for DelegateMeetingMessageDeliveryOptions {
    const KNOWN: &'static [DelegateMeetingMessageDeliveryOptions] = DelegateMeetingMessageDeliveryOptions::KNOWN;
    fn as_str(&self) -> &str {
        DelegateMeetingMessageDeliveryOptions::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        DelegateMeetingMessageDeliveryOptions::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        DelegateMeetingMessageDeliveryOptions::try_parse(value)
    }
}

impl AsRef<str> for DelegateMeetingMessageDeliveryOptions {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for DelegateMeetingMessageDeliveryOptions {
    fn from(value: &str) -> Self {
        match value {
            "sendToDelegateAndInformationToPrincipal" => DelegateMeetingMessageDeliveryOptions::SendToDelegateAndInformationToPrincipal,
            "sendToDelegateAndPrincipal" => DelegateMeetingMessageDeliveryOptions::SendToDelegateAndPrincipal,
            "sendToDelegateOnly" => DelegateMeetingMessageDeliveryOptions::SendToDelegateOnly,
            other => DelegateMeetingMessageDeliveryOptions::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for DelegateMeetingMessageDeliveryOptions {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(DelegateMeetingMessageDeliveryOptions::from(value))
    }
}

impl ::std::fmt::Display for DelegateMeetingMessageDeliveryOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DelegateMeetingMessageDeliveryOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DelegateMeetingMessageDeliveryOptions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
