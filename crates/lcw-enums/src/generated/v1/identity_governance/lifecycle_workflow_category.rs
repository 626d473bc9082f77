// Generated from docs-src/api-reference/v1.0/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `lifecycleWorkflowCategory`.
///
/// Members listed after `unknownFutureValue` are sent only when the request carries `Prefer: include-unknown-enum-members`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecycleWorkflowCategory {
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

impl LifecycleWorkflowCategory {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecycleWorkflowCategory] = &[
        LifecycleWorkflowCategory::Joiner,
        LifecycleWorkflowCategory::Leaver,
        LifecycleWorkflowCategory::UnknownFutureValue,
        LifecycleWorkflowCategory::Mover,
        LifecycleWorkflowCategory::Extensibility,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecycleWorkflowCategory::Joiner => "joiner",
            LifecycleWorkflowCategory::Leaver => "leaver",
            LifecycleWorkflowCategory::UnknownFutureValue => "unknownFutureValue",
            LifecycleWorkflowCategory::Mover => "mover",
            LifecycleWorkflowCategory::Extensibility => "extensibility",
            LifecycleWorkflowCategory::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "joiner" => Ok(LifecycleWorkflowCategory::Joiner),
            "leaver" => Ok(LifecycleWorkflowCategory::Leaver),
            "unknownFutureValue" => Ok(LifecycleWorkflowCategory::UnknownFutureValue),
            "mover" => Ok(LifecycleWorkflowCategory::Mover),
            "extensibility" => Ok(LifecycleWorkflowCategory::Extensibility),
            other => Err(crate::UnknownMember::new("lifecycleWorkflowCategory", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        matches!(self, LifecycleWorkflowCategory::Mover | LifecycleWorkflowCategory::Extensibility)
    }
}

impl crate::GraphEnum for LifecycleWorkflowCategory {
    const KNOWN: &'static [LifecycleWorkflowCategory] = LifecycleWorkflowCategory::KNOWN;
    fn as_str(&self) -> &str {
        LifecycleWorkflowCategory::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecycleWorkflowCategory::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecycleWorkflowCategory::try_parse(value)
    }
}

impl AsRef<str> for LifecycleWorkflowCategory {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecycleWorkflowCategory {
    fn from(value: &str) -> Self {
        match value {
            "joiner" => LifecycleWorkflowCategory::Joiner,
            "leaver" => LifecycleWorkflowCategory::Leaver,
            "unknownFutureValue" => LifecycleWorkflowCategory::UnknownFutureValue,
            "mover" => LifecycleWorkflowCategory::Mover,
            "extensibility" => LifecycleWorkflowCategory::Extensibility,
            other => LifecycleWorkflowCategory::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecycleWorkflowCategory {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecycleWorkflowCategory::from(value))
    }
}

impl ::std::fmt::Display for LifecycleWorkflowCategory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecycleWorkflowCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecycleWorkflowCategory {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
