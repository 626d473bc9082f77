// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `lifecycleTaskCategory`.
///
/// Members listed after `unknownFutureValue` are sent only when the request carries `Prefer: include-unknown-enum-members`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecycleTaskCategory {
    /// Joiner (`joiner`).
    Joiner,
    /// Leaver (`leaver`).
    Leaver,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// Mover (`mover`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    Mover,
    /// Extensibility (`extensibility`).
    ///
    /// Sent by the service only when the request carries `Prefer: include-unknown-enum-members`; otherwise it sends `unknownFutureValue` instead.
    Extensibility,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecycleTaskCategory {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecycleTaskCategory] = &[
        LifecycleTaskCategory::Joiner,
        LifecycleTaskCategory::Leaver,
        LifecycleTaskCategory::UnknownFutureValue,
        LifecycleTaskCategory::Mover,
        LifecycleTaskCategory::Extensibility,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecycleTaskCategory::Joiner => "joiner",
            LifecycleTaskCategory::Leaver => "leaver",
            LifecycleTaskCategory::UnknownFutureValue => "unknownFutureValue",
            LifecycleTaskCategory::Mover => "mover",
            LifecycleTaskCategory::Extensibility => "extensibility",
            LifecycleTaskCategory::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "joiner" => Ok(LifecycleTaskCategory::Joiner),
            "leaver" => Ok(LifecycleTaskCategory::Leaver),
            "unknownFutureValue" => Ok(LifecycleTaskCategory::UnknownFutureValue),
            "mover" => Ok(LifecycleTaskCategory::Mover),
            "extensibility" => Ok(LifecycleTaskCategory::Extensibility),
            other => Err(crate::UnknownMember::new("lifecycleTaskCategory", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        matches!(self, LifecycleTaskCategory::Mover | LifecycleTaskCategory::Extensibility)
    }
}

impl crate::GraphEnum for LifecycleTaskCategory {
    const KNOWN: &'static [LifecycleTaskCategory] = LifecycleTaskCategory::KNOWN;
    fn as_str(&self) -> &str {
        LifecycleTaskCategory::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecycleTaskCategory::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecycleTaskCategory::try_parse(value)
    }
}

impl AsRef<str> for LifecycleTaskCategory {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecycleTaskCategory {
    fn from(value: &str) -> Self {
        match value {
            "joiner" => LifecycleTaskCategory::Joiner,
            "leaver" => LifecycleTaskCategory::Leaver,
            "unknownFutureValue" => LifecycleTaskCategory::UnknownFutureValue,
            "mover" => LifecycleTaskCategory::Mover,
            "extensibility" => LifecycleTaskCategory::Extensibility,
            other => LifecycleTaskCategory::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecycleTaskCategory {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecycleTaskCategory::from(value))
    }
}

impl ::std::fmt::Display for LifecycleTaskCategory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecycleTaskCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecycleTaskCategory {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}

/// A combination of `lifecycleTaskCategory` members, written `"a,b"` on the wire.
pub type LifecycleTaskCategorySet = crate::Flags<LifecycleTaskCategory>;
