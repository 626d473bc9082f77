// Generated from docs-src/api-reference/beta/resources/enums-identitygovernance-lifecyclepolicyrelationship.md by `cargo xtask regenerate`. Do not edit.
/// Members, in their published order:
///
/// A value this version of the crate does not know is kept in `Unknown`, so it is written back unchanged; `try_parse` refuses it instead. Values are ordered as the docs list the members, unknown values last.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LifecyclePolicyRelationship {
    /// Effective (`effective`).
    Effective,
    /// In scope but ineffective (`inScopeButIneffective`).
    InScopeButIneffective,
    /// Pending (`pending`).
    Pending,
    /// Evolvable enumeration sentinel: the service sends it for members added after the client's version.
    UnknownFutureValue,
    /// A value the docs did not list when this crate was generated, kept verbatim.
    Unknown(crate::UnknownValue),
}

impl LifecyclePolicyRelationship {
    /// Every member this crate knows, in the order the docs list them.
    pub const KNOWN: &'static [LifecyclePolicyRelationship] = &[
        LifecyclePolicyRelationship::Effective,
        LifecyclePolicyRelationship::InScopeButIneffective,
        LifecyclePolicyRelationship::Pending,
        LifecyclePolicyRelationship::UnknownFutureValue,
    ];
    /// The wire spelling, or the raw text of an unknown value.
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclePolicyRelationship::Effective => "effective",
            LifecyclePolicyRelationship::InScopeButIneffective => "inScopeButIneffective",
            LifecyclePolicyRelationship::Pending => "pending",
            LifecyclePolicyRelationship::UnknownFutureValue => "unknownFutureValue",
            LifecyclePolicyRelationship::Unknown(value) => value.as_str(),
        }
    }
    /// Reads a wire value strictly: text that names no member this crate knows is an
    /// error, where `From<&str>` and `Deserialize` keep it in `Unknown`.
    pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember> {
        match value {
            "effective" => Ok(LifecyclePolicyRelationship::Effective),
            "inScopeButIneffective" => Ok(LifecyclePolicyRelationship::InScopeButIneffective),
            "pending" => Ok(LifecyclePolicyRelationship::Pending),
            "unknownFutureValue" => Ok(LifecyclePolicyRelationship::UnknownFutureValue),
            other => Err(crate::UnknownMember::new("lifecyclePolicyRelationship", other)),
        }
    }
    /// Whether the member is listed after `unknownFutureValue`, so sent only with
    /// `Prefer: include-unknown-enum-members`.
    pub fn is_after_sentinel(&self) -> bool {
        false
    }
}

impl crate::GraphEnum for LifecyclePolicyRelationship {
    const KNOWN: &'static [LifecyclePolicyRelationship] = LifecyclePolicyRelationship::KNOWN;
    fn as_str(&self) -> &str {
        LifecyclePolicyRelationship::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        LifecyclePolicyRelationship::from(value)
    }
    fn try_from_wire(value: &str) -> Result<Self, crate::UnknownMember> {
        LifecyclePolicyRelationship::try_parse(value)
    }
}

impl AsRef<str> for LifecyclePolicyRelationship {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for LifecyclePolicyRelationship {
    fn from(value: &str) -> Self {
        match value {
            "effective" => LifecyclePolicyRelationship::Effective,
            "inScopeButIneffective" => LifecyclePolicyRelationship::InScopeButIneffective,
            "pending" => LifecyclePolicyRelationship::Pending,
            "unknownFutureValue" => LifecyclePolicyRelationship::UnknownFutureValue,
            other => LifecyclePolicyRelationship::Unknown(crate::__private::unknown(other)),
        }
    }
}

impl ::std::str::FromStr for LifecyclePolicyRelationship {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(LifecyclePolicyRelationship::from(value))
    }
}

impl ::std::fmt::Display for LifecyclePolicyRelationship {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecyclePolicyRelationship {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyRelationship {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_enum(deserializer)
    }
}
