//! What is kept of a value this crate does not know: an enum member's text, or an object of an
//! unknown derived type.

use std::fmt;

use serde_json::{Map, Value};

/// The wire text of an enum member the docs did not list when this crate was generated.
///
/// It can be read ([`UnknownValue::as_str`]) but not built by users, so an `Unknown` variant
/// can never hold the spelling of a known member: `X::from("queued")` is always `X::Queued`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownValue(Box<str>);

impl UnknownValue {
    pub(crate) fn new(value: &str) -> Self {
        UnknownValue(value.into())
    }

    /// The text exactly as the service sent it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An object whose `@odata.type` names a type this crate does not know (a type added to the
/// service after this crate was generated), kept verbatim, tag included.
///
/// It can be read but not built by users, so an `Unknown` variant never holds an object of a
/// known type. To send an object of a type this crate does not know, build the value from JSON
/// (`serde_json::from_value`): the reader picks the known variant when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownObject(Map<String, Value>);

impl UnknownObject {
    pub(crate) fn new(object: Map<String, Value>) -> Self {
        UnknownObject(object)
    }

    /// The object's `@odata.type` as sent (with its `#`), when it has one.
    pub fn odata_type(&self) -> Option<&str> {
        self.0
            .get(crate::__private::ODATA_TYPE)
            .and_then(Value::as_str)
    }

    /// The object as the service sent it.
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.0
    }

    /// The object, taken out.
    pub fn into_map(self) -> Map<String, Value> {
        self.0
    }
}

impl serde::Serialize for UnknownObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}
