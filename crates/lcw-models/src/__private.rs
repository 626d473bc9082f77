//! Support code for the generated structs; not part of the public API.
//!
//! The generated `Deserialize` impls are small: each type lists its known keys in
//! [`ReadFields::read_field`] and [`deserialize_object`] runs the map loop, sending every other
//! key to `additional_properties`. This avoids `#[serde(flatten)]`, which buffers the whole object.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde_json::{Map, Value};

pub use lcw_enums::__private::deserialize_enum;

/// A map key, borrowed from the input when possible.
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Implemented by generated structs: reads the value of one known key.
pub trait ReadFields: Default {
    /// Reads the value for `key` if it is a known property; `Ok(false)` leaves it unread.
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error>;
    /// Where unknown keys go.
    fn additional_properties(&mut self) -> &mut Map<String, Value>;
}

/// Reads a JSON object into `T`, known keys through [`ReadFields`], others kept verbatim.
pub fn deserialize_object<'de, D: Deserializer<'de>, T: ReadFields>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error> {
    struct ObjectVisitor<T>(&'static str, PhantomData<T>);
    impl<'de, T: ReadFields> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut out = T::default();
            while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                if !out.read_field(&key, &mut map)? {
                    let value: Value = map.next_value()?;
                    out.additional_properties().insert(key.into_owned(), value);
                }
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(ObjectVisitor(expecting, PhantomData))
}

/// Implemented by generated structs: writes the known properties; [`serialize_object`] places
/// the kept ones around them.
pub trait WriteFields {
    /// Writes every set known property, in declaration order.
    fn write_known<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
    /// Whether the known property with wire name `key` holds a value (so a recorded explicit
    /// `null` for it is stale and must not be written).
    fn is_set(&self, key: &str) -> bool;
    /// The kept properties.
    fn extra(&self) -> &Map<String, Value>;
}

/// Writes `value` as a JSON object, `@odata` control information first as OData JSON wants it:
/// `@odata.type`, then the other `@odata.*` annotations kept from the wire, then the known
/// properties, then the remaining kept ones.
///
/// `odata_type` is the tag of a derived type written where its base is expected (a `...Kind`
/// variant): that tag is the one written. A kept `@odata.type` naming the same type (with or
/// without `#`) is written as read; a kept one naming another type is stale and dropped.
pub fn serialize_object<T: WriteFields, S: Serializer>(
    value: &T,
    serializer: S,
    odata_type: Option<&'static str>,
) -> Result<S::Ok, S::Error> {
    let extra = value.extra();
    let mut map = serializer.serialize_map(None)?;
    let kept = extra.get(ODATA_TYPE);
    match (odata_type, kept) {
        (Some(tag), Some(Value::String(read))) if same_type(tag, read) => {
            map.serialize_entry(ODATA_TYPE, read)?
        }
        (Some(tag), _) => map.serialize_entry(ODATA_TYPE, tag)?,
        (None, Some(read)) => map.serialize_entry(ODATA_TYPE, read)?,
        (None, None) => {}
    }
    for (key, entry) in extra {
        if is_odata_annotation(key) && key != ODATA_TYPE {
            map.serialize_entry(key, entry)?;
        }
    }
    value.write_known(&mut map)?;
    for (key, entry) in extra {
        if !is_odata_annotation(key) && !value.is_set(key) {
            map.serialize_entry(key, entry)?;
        }
    }
    map.end()
}

const ODATA_TYPE: &str = "@odata.type";

/// `@odata.type`, `@odata.etag`, `@odata.id`...: control information of the object itself, as
/// opposed to annotations of one property (`name@odata.type`).
fn is_odata_annotation(key: &str) -> bool {
    key.starts_with("@odata.")
}

/// Whether two `@odata.type` values name the same type; the leading `#` is optional on the wire.
fn same_type(a: &str, b: &str) -> bool {
    a.trim_start_matches('#') == b.trim_start_matches('#')
}

/// Reads a known property; an explicit `null` is recorded in `extra` so it is written back.
pub fn field<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &str,
    extra: &mut Map<String, Value>,
) -> Result<(), A::Error> {
    match map.next_value::<Option<T>>()? {
        Some(value) => *slot = Some(value),
        None => {
            *slot = None;
            extra.insert(key.to_owned(), Value::Null);
        }
    }
    Ok(())
}

/// Reads the `@odata.type` of a buffered object, without the leading `#`.
pub fn odata_type(object: &Map<String, Value>) -> Option<&str> {
    object
        .get(ODATA_TYPE)
        .and_then(Value::as_str)
        .map(|t| t.trim_start_matches('#'))
}

/// Decodes a buffered object into the subtype its `@odata.type` named.
pub fn decode_as<T: DeserializeOwned, E: de::Error>(object: Map<String, Value>) -> Result<T, E> {
    serde_json::from_value(Value::Object(object)).map_err(E::custom)
}

/// Decodes `json` as `T` (or a page of `T`) and encodes it back to a JSON value.
pub fn reencode<T: DeserializeOwned + serde::Serialize>(
    collection: bool,
    json: &str,
) -> Result<Value, serde_json::Error> {
    if collection {
        serde_json::to_value(serde_json::from_str::<crate::Collection<T>>(json)?)
    } else {
        serde_json::to_value(serde_json::from_str::<T>(json)?)
    }
}
