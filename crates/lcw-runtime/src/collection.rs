//! A page of a collection response.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::__private::Key;

/// One page of a collection: `{"@odata.context"?, "@odata.count"?, "@odata.nextLink"?, "value": [...]}`.
///
/// Follow [`Collection::odata_next_link`] as an opaque URL until it is absent.
#[derive(Debug, Clone, PartialEq)]
pub struct Collection<T> {
    /// The items of this page.
    pub value: Vec<T>,
    /// `@odata.context`.
    pub odata_context: Option<String>,
    /// `@odata.count`, present on the first page when `$count=true` was asked.
    pub odata_count: Option<i64>,
    /// `@odata.nextLink`: the URL of the next page.
    pub odata_next_link: Option<String>,
    /// Other annotations and properties, kept verbatim.
    pub additional_properties: Map<String, Value>,
}

impl<T> Default for Collection<T> {
    fn default() -> Self {
        Collection {
            value: Vec::new(),
            odata_context: None,
            odata_count: None,
            odata_next_link: None,
            additional_properties: Map::new(),
        }
    }
}

impl<T> Collection<T> {
    /// A page holding `value` and nothing else.
    pub fn new(value: Vec<T>) -> Self {
        Collection {
            value,
            ..Self::default()
        }
    }
}

impl<T: Serialize> Serialize for Collection<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(context) = &self.odata_context {
            map.serialize_entry("@odata.context", context)?;
        }
        if let Some(count) = &self.odata_count {
            map.serialize_entry("@odata.count", count)?;
        }
        if let Some(next) = &self.odata_next_link {
            map.serialize_entry("@odata.nextLink", next)?;
        }
        map.serialize_entry("value", &self.value)?;
        for (key, value) in &self.additional_properties {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Collection<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PageVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for PageVisitor<T> {
            type Value = Collection<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a collection page with a `value` array")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Collection<T>, A::Error> {
                let mut page = Collection::default();
                let mut seen_value = false;
                while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                    match &*key {
                        "value" => {
                            page.value = map.next_value_seed(Values(PhantomData))?;
                            seen_value = true;
                        }
                        "@odata.context" => page.odata_context = map.next_value()?,
                        "@odata.count" => page.odata_count = map.next_value()?,
                        "@odata.nextLink" => page.odata_next_link = map.next_value()?,
                        _ => {
                            let value: Value = map.next_value()?;
                            page.additional_properties.insert(key.into_owned(), value);
                        }
                    }
                }
                if !seen_value {
                    return Err(de::Error::missing_field("value"));
                }
                Ok(page)
            }
        }
        deserializer.deserialize_map(PageVisitor(PhantomData))
    }
}

/// One item of the `value` array, appended as it is read. A page holds tens to thousands of
/// items, often large ones: the vector grows fourfold rather than twofold, so fewer items are
/// copied from block to block on the way.
struct Page<'a, T>(&'a mut Vec<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Page<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let value = T::deserialize(deserializer)?;
        if self.0.len() == self.0.capacity() {
            self.0.reserve_exact(self.0.capacity().max(1) * 3);
        }
        self.0.push(value);
        Ok(())
    }
}

/// The `value` array, each item appended as it is read.
struct Values<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Values<T> {
    type Value = Vec<T>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Values<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Vec<T>, S::Error> {
        let mut values = Vec::new();
        while seq.next_element_seed(Page(&mut values))?.is_some() {}
        // Fourfold growth can leave more than half unused: give that back, so a page never
        // holds more than doubling would have left.
        if values.capacity() / 2 > values.len() {
            values.shrink_to_fit();
        }
        Ok(values)
    }
}
