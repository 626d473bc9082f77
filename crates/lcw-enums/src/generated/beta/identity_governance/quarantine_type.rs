// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance.md by `cargo xtask regenerate`. Do not edit.
/// Values of `quarantineType`.
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuarantineType {
    /// Not quarantined (`notQuarantined`).
    NotQuarantined,
    /// Count based threshold exceeded (`countBasedThresholdExceeded`).
    CountBasedThresholdExceeded,
    /// Percentage based threshold exceeded (`percentageBasedThresholdExceeded`).
    PercentageBasedThresholdExceeded,
    /// Multiple conditions exceeded (`multipleConditionsExceeded`).
    MultipleConditionsExceeded,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl QuarantineType {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [QuarantineType] = &[
        QuarantineType::NotQuarantined,
        QuarantineType::CountBasedThresholdExceeded,
        QuarantineType::PercentageBasedThresholdExceeded,
        QuarantineType::MultipleConditionsExceeded,
        QuarantineType::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            QuarantineType::NotQuarantined => "notQuarantined",
            QuarantineType::CountBasedThresholdExceeded => "countBasedThresholdExceeded",
            QuarantineType::PercentageBasedThresholdExceeded => "percentageBasedThresholdExceeded",
            QuarantineType::MultipleConditionsExceeded => "multipleConditionsExceeded",
            QuarantineType::UnknownFutureValue => "unknownFutureValue",
            QuarantineType::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "notQuarantined" => Ok(QuarantineType::NotQuarantined),
            "countBasedThresholdExceeded" => Ok(QuarantineType::CountBasedThresholdExceeded),
            "percentageBasedThresholdExceeded" => Ok(QuarantineType::PercentageBasedThresholdExceeded),
            "multipleConditionsExceeded" => Ok(QuarantineType::MultipleConditionsExceeded),
            "unknownFutureValue" => Ok(QuarantineType::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("quarantineType", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for QuarantineType {
    const KNOWN: &'static [QuarantineType] = QuarantineType::KNOWN;
    fn as_str(&self) -> &str {
        QuarantineType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        QuarantineType::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        QuarantineType::try_parse(value)
    }
}

impl AsRef<str> for QuarantineType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for QuarantineType {
    fn from(value: &str) -> Self {
        match value {
            "notQuarantined" => QuarantineType::NotQuarantined,
            "countBasedThresholdExceeded" => QuarantineType::CountBasedThresholdExceeded,
            "percentageBasedThresholdExceeded" => QuarantineType::PercentageBasedThresholdExceeded,
            "multipleConditionsExceeded" => QuarantineType::MultipleConditionsExceeded,
            "unknownFutureValue" => QuarantineType::UnknownFutureValue,
            other => QuarantineType::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for QuarantineType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(QuarantineType::from(value))
    }
}

impl ::std::fmt::Display for QuarantineType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QuarantineType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for QuarantineType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
