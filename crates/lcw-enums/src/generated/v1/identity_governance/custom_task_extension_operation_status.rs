// Generated from docs-src/api-reference/v1.0/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `customTaskExtensionOperationStatus`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CustomTaskExtensionOperationStatus {
    /// Completed (`completed`).
    Completed,
    /// Failed (`failed`).
    Failed,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl CustomTaskExtensionOperationStatus {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [CustomTaskExtensionOperationStatus] = &[
        CustomTaskExtensionOperationStatus::Completed,
        CustomTaskExtensionOperationStatus::Failed,
        CustomTaskExtensionOperationStatus::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            CustomTaskExtensionOperationStatus::Completed => "completed",
            CustomTaskExtensionOperationStatus::Failed => "failed",
            CustomTaskExtensionOperationStatus::UnknownFutureValue => "unknownFutureValue",
            CustomTaskExtensionOperationStatus::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "completed" => Ok(CustomTaskExtensionOperationStatus::Completed),
            "failed" => Ok(CustomTaskExtensionOperationStatus::Failed),
            "unknownFutureValue" => Ok(CustomTaskExtensionOperationStatus::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("customTaskExtensionOperationStatus", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for CustomTaskExtensionOperationStatus {
    const KNOWN: &'static [CustomTaskExtensionOperationStatus] = CustomTaskExtensionOperationStatus::KNOWN;
    fn as_str(&self) -> &str {
        CustomTaskExtensionOperationStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        CustomTaskExtensionOperationStatus::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        CustomTaskExtensionOperationStatus::try_parse(value)
    }
}

impl AsRef<str> for CustomTaskExtensionOperationStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for CustomTaskExtensionOperationStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => CustomTaskExtensionOperationStatus::Completed,
            "failed" => CustomTaskExtensionOperationStatus::Failed,
            "unknownFutureValue" => CustomTaskExtensionOperationStatus::UnknownFutureValue,
            other => CustomTaskExtensionOperationStatus::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for CustomTaskExtensionOperationStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(CustomTaskExtensionOperationStatus::from(value))
    }
}

impl ::std::fmt::Display for CustomTaskExtensionOperationStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CustomTaskExtensionOperationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CustomTaskExtensionOperationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
