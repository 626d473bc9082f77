//! Support code for the generated crates; not part of the public API.
//!
//! The generated `Deserialize` impls are small: each type lists its known keys in
//! [`ReadFields::read_field`] and [`deserialize_object`] runs the map loop, sending every other
//! key to `additional_properties`. This avoids `#[serde(flatten)]`, which buffers the whole
//! object. Polymorphic `...Kind` enums go through [`deserialize_kind`], which reads
//! `@odata.type` as it comes and hands the rest of the same map to the chosen type.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::{GraphEnum, Nullable, UnknownValue};

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

/// Reads a JSON string into any generated enum, borrowing when the input allows.
pub fn deserialize_enum<'de, D: Deserializer<'de>, E: GraphEnum>(
    deserializer: D,
) -> Result<E, D::Error> {
    struct EnumVisitor<E>(PhantomData<E>);
    impl<E: GraphEnum> Visitor<'_> for EnumVisitor<E> {
        type Value = E;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an enum member as a string")
        }
        fn visit_str<Err: de::Error>(self, value: &str) -> Result<E, Err> {
            Ok(E::from_wire(value))
        }
    }
    deserializer.deserialize_str(EnumVisitor(PhantomData))
}

/// Builds the `Unknown` payload of a generated enum; only generated code may do this.
pub fn unknown(value: &str) -> UnknownValue {
    UnknownValue::new(value)
}

/// Implemented by generated structs: reads the value of one known key.
pub trait ReadFields: Default {
    /// What the type is called in errors: ``a `microsoft.graph.x` object``.
    const EXPECTING: &'static str;
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
            read_rest(&mut out, &mut map)?;
            Ok(out)
        }
    }
    deserializer.deserialize_map(ObjectVisitor(expecting, PhantomData))
}

/// Reads a collection of generated objects straight into its slot: each element is made in
/// place at the end of the vector and filled there, never built elsewhere and moved in.
pub fn object_list<'de, A: MapAccess<'de>, T: ReadFields>(
    map: &mut A,
    slot: &mut Nullable<Vec<T>>,
) -> Result<(), A::Error> {
    map.next_value_seed(ListSlot(slot))
}

/// `null` or an array of `T` objects, into a [`Nullable`] slot.
struct ListSlot<'a, T>(&'a mut Nullable<Vec<T>>);

impl<'de, T: ReadFields> DeserializeSeed<'de> for ListSlot<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, T: ReadFields> Visitor<'de> for ListSlot<'_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        *self.0 = Nullable::Null;
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        *self.0 = Nullable::Null;
        Ok(())
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let mut items = Vec::new();
        deserializer.deserialize_seq(Items(&mut items))?;
        *self.0 = Nullable::Value(items);
        Ok(())
    }
}

/// The elements of an array of `T` objects, appended in place.
struct Items<'a, T>(&'a mut Vec<T>);

impl<'de, T: ReadFields> Visitor<'de> for Items<'_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<(), S::Error> {
        while seq.next_element_seed(Item(&mut *self.0))?.is_some() {}
        Ok(())
    }
}

/// One element: a default `T` pushed, then read where it lies (the seed runs only when there is
/// an element, so nothing is pushed at the end of the array).
struct Item<'a, T>(&'a mut Vec<T>);

impl<'de, T: ReadFields> DeserializeSeed<'de> for Item<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.0.push(T::default());
        match self.0.last_mut() {
            Some(place) => deserializer.deserialize_map(InPlace(place)),
            None => unreachable!("an element was just pushed"),
        }
    }
}

/// Reads an object into an existing (default) `T`.
struct InPlace<'a, T>(&'a mut T);

impl<'de, T: ReadFields> Visitor<'de> for InPlace<'_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        read_rest(self.0, &mut map)
    }
}

/// The map loop: every remaining entry of `map` into `out`.
fn read_rest<'de, T: ReadFields, A: MapAccess<'de>>(
    out: &mut T,
    map: &mut A,
) -> Result<(), A::Error> {
    while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
        if !out.read_field(&key, map)? {
            keep(out.additional_properties(), key, map)?;
        }
    }
    Ok(())
}

/// Keeps the value of an unknown key verbatim. Out of line and generic over the map access
/// only, so one copy serves every generated type and the per-type loops stay small.
#[inline(never)]
fn keep<'de, A: MapAccess<'de>>(
    extra: &mut Map<String, Value>,
    key: Cow<'de, str>,
    map: &mut A,
) -> Result<(), A::Error> {
    let value: Value = map.next_value()?;
    extra.insert(key.into_owned(), value);
    Ok(())
}

/// Reads a known property: `null` is [`Nullable::Null`], anything else a value, written
/// straight into `slot` (no intermediate `Option` to move).
#[inline]
pub fn field<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Nullable<T>,
) -> Result<(), A::Error> {
    map.next_value_seed(Slot(slot))
}

/// Deserializes one property value into its [`Nullable`] slot.
struct Slot<'a, T>(&'a mut Nullable<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Slot<'_, T> {
    type Value = ();
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Slot<'_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value or null")
    }
    #[inline]
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        *self.0 = Nullable::Null;
        Ok(())
    }
    #[inline]
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        *self.0 = Nullable::Null;
        Ok(())
    }
    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        *self.0 = Nullable::Value(T::deserialize(deserializer)?);
        Ok(())
    }
}

/// Writes a known property unless it is [`Nullable::Absent`].
pub fn write_field<M: SerializeMap, T: serde::Serialize>(
    map: &mut M,
    key: &'static str,
    value: &Nullable<T>,
) -> Result<(), M::Error> {
    match value {
        Nullable::Absent => Ok(()),
        Nullable::Null => map.serialize_entry(key, &()),
        Nullable::Value(value) => map.serialize_entry(key, value),
    }
}

/// Implemented by generated structs: writes the known properties; [`serialize_object`] places
/// the kept ones around them.
pub trait WriteFields {
    /// Writes every known property that is not absent, in declaration order.
    fn write_known<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
    /// Whether the known property with wire name `key` is present (value or `null`), so an entry
    /// of the same name put in `additional_properties` by hand must not be written too.
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

pub(crate) const ODATA_TYPE: &str = "@odata.type";

/// `@odata.type`, `@odata.etag`, `@odata.id`...: control information of the object itself, as
/// opposed to annotations of one property (`name@odata.type`).
fn is_odata_annotation(key: &str) -> bool {
    key.starts_with("@odata.")
}

/// Whether two `@odata.type` values name the same type; the leading `#` is optional on the wire.
fn same_type(a: &str, b: &str) -> bool {
    a.trim_start_matches('#') == b.trim_start_matches('#')
}

/// Implemented by generated `...Kind` enums: picks the variant for a tag and reads the object
/// into it.
pub trait ReadKind: Sized {
    /// Reads the object whose `@odata.type` is `tag` (without `#`; `None` when it has none) into
    /// the variant of that type, through [`Started::finish`] or [`Started::finish_unknown`].
    fn read_kind<'de, A: MapAccess<'de>>(
        tag: Option<&str>,
        started: Started<'de>,
        map: A,
    ) -> Result<Self, A::Error>;
}

/// What was read of an object before its `@odata.type`: usually nothing, since OData JSON puts
/// control information first (and Graph does).
pub struct Started<'de> {
    /// The `@odata.type` value as read (with its `#`, if it had one).
    tag: Option<Cow<'de, str>>,
    /// Entries that came before the tag, in order.
    before: Vec<(String, Value)>,
}

impl<'de> Started<'de> {
    /// Reads the object into `T`, keeping its tag in `additional_properties`: the tag and the
    /// entries read before it first, then the rest of `map`, with no buffering when the tag came
    /// first.
    pub fn finish<T: ReadFields, A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        self.finish_as(map, None)
    }

    /// As [`Started::finish`], for a derived type in its `...Kind` variant: a tag spelled
    /// exactly as `implied` (the type's own `@odata.type`, which the variant writes anyway) is
    /// not kept, so nothing is allocated for it.
    pub fn finish_as<T: ReadFields, A: MapAccess<'de>>(
        self,
        mut map: A,
        implied: Option<&str>,
    ) -> Result<T, A::Error> {
        let mut out = T::default();
        if let Some(tag) = self.tag
            && Some(&*tag) != implied
        {
            keep_tag(out.additional_properties(), tag);
        }
        if !self.before.is_empty() {
            replay(&mut out, self.before).map_err(de::Error::custom)?;
        }
        read_rest(&mut out, &mut map)?;
        Ok(out)
    }

    /// Keeps the whole object verbatim (a type this crate does not know).
    pub fn finish_unknown<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<crate::UnknownObject, A::Error> {
        let mut object: Map<String, Value> = self.before.into_iter().collect();
        if let Some(tag) = self.tag {
            object.insert(ODATA_TYPE.to_owned(), Value::String(tag.into_owned()));
        }
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let value: Value = map.next_value()?;
            object.insert(key.into_owned(), value);
        }
        Ok(crate::UnknownObject::new(object))
    }
}

/// Keeps a tag the variant would not write as read.
#[inline(never)]
fn keep_tag(extra: &mut Map<String, Value>, tag: Cow<'_, str>) {
    extra.insert(ODATA_TYPE.to_owned(), Value::String(tag.into_owned()));
}

/// Reads the entries that came before the tag into `out`: rare (OData puts the tag first), so
/// out of line and generic over the type only.
#[cold]
#[inline(never)]
fn replay<T: ReadFields>(
    out: &mut T,
    before: Vec<(String, Value)>,
) -> Result<(), serde_json::Error> {
    for (key, value) in before {
        let mut one = OneValue(Some(value));
        if !out.read_field(&key, &mut one)?
            && let Some(value) = one.0
        {
            out.additional_properties().insert(key, value);
        }
    }
    Ok(())
}

/// A map access that has only a value: replays one entry read before the tag.
struct OneValue(Option<Value>);

impl<'de> MapAccess<'de> for OneValue {
    type Error = serde_json::Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        _seed: K,
    ) -> Result<Option<K::Value>, serde_json::Error> {
        Ok(None)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, serde_json::Error> {
        seed.deserialize(self.0.take().unwrap_or(Value::Null))
    }
}

/// Reads a polymorphic value: `@odata.type` as it comes (first, in what Graph sends), then the
/// same map into the variant [`ReadKind`] picks. Entries before the tag are held as JSON values
/// and replayed; the object is never gathered into a map unless its type is unknown.
pub fn deserialize_kind<'de, D: Deserializer<'de>, K: ReadKind>(
    deserializer: D,
    expecting: &'static str,
) -> Result<K, D::Error> {
    struct KindVisitor<K>(&'static str, PhantomData<K>);
    impl<'de, K: ReadKind> Visitor<'de> for KindVisitor<K> {
        type Value = K;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<K, A::Error> {
            let mut before = Vec::new();
            let tag = loop {
                match map.next_key::<Key<'de>>()? {
                    None => break None,
                    // OData requires a string; borrowed from the input when it can be.
                    Some(Key(key)) if key == ODATA_TYPE => {
                        break Some(map.next_value::<Key<'de>>()?.0);
                    }
                    Some(Key(key)) => hold(&mut before, key, &mut map)?,
                }
            };
            // The name without its `#`; copied only when the tag was escaped in the input.
            let name = match &tag {
                None => None,
                Some(Cow::Borrowed(text)) => Some(Cow::Borrowed(text.trim_start_matches('#'))),
                Some(Cow::Owned(text)) => Some(Cow::Owned(text.trim_start_matches('#').to_owned())),
            };
            // One call site, so the variants' readers are instantiated once.
            K::read_kind(name.as_deref(), Started { tag, before }, map)
        }
    }
    deserializer.deserialize_map(KindVisitor(expecting, PhantomData))
}

/// Holds an entry that came before the tag (rare: OData puts control information first).
#[cold]
#[inline(never)]
fn hold<'de, A: MapAccess<'de>>(
    before: &mut Vec<(String, Value)>,
    key: Cow<'de, str>,
    map: &mut A,
) -> Result<(), A::Error> {
    let value: Value = map.next_value()?;
    before.push((key.into_owned(), value));
    Ok(())
}

/// Decodes `json` as `T` (or a page of `T`) and encodes it back to a JSON value.
#[cfg(feature = "test-hooks")]
pub fn reencode<T: de::DeserializeOwned + serde::Serialize>(
    collection: bool,
    json: &str,
) -> Result<Value, serde_json::Error> {
    if collection {
        serde_json::to_value(serde_json::from_str::<crate::Collection<T>>(json)?)
    } else {
        serde_json::to_value(serde_json::from_str::<T>(json)?)
    }
}
