//! A property value as JSON tells it apart: left out, sent as `null`, or set.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The value of a property of a generated struct: [`Absent`](Nullable::Absent) (not in the
/// object), [`Null`](Nullable::Null) (an explicit JSON `null`) or [`Value`](Nullable::Value).
///
/// Graph leaves out what `$select` did not ask for and writes `null` for what has no value (a
/// run still going on has `"completedDateTime": null`); both come back exactly as read. In a
/// request body, a property left `Absent` is not sent (a `PATCH` leaves it unchanged) and one
/// set to `Null` is sent as `null` (a `PATCH` clears it).
///
/// The accessors mirror `Option`'s: [`as_ref`](Nullable::as_ref),
/// [`as_deref`](Nullable::as_deref) and [`into_option`](Nullable::into_option) see `Absent` and
/// `Null` alike as "no value".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// Not in the object.
    Absent,
    /// An explicit `null`.
    Null,
    /// A value.
    Value(T),
}

// Written out so that no `T: Default` bound is needed.
#[allow(clippy::derivable_impls)]
impl<T> Default for Nullable<T> {
    fn default() -> Self {
        Nullable::Absent
    }
}

impl<T> Nullable<T> {
    /// Whether the property is left out.
    pub const fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Whether the property is an explicit `null`.
    pub const fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// Whether the property holds a value.
    pub const fn is_value(&self) -> bool {
        matches!(self, Nullable::Value(_))
    }

    /// Whether the property holds a value; as [`Option::is_some`].
    pub const fn is_some(&self) -> bool {
        self.is_value()
    }

    /// Whether the property is absent or `null`; as [`Option::is_none`].
    pub const fn is_none(&self) -> bool {
        !self.is_value()
    }

    /// The value, if any.
    pub const fn as_ref(&self) -> Option<&T> {
        match self {
            Nullable::Value(value) => Some(value),
            _ => None,
        }
    }

    /// The value, if any, mutably.
    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Nullable::Value(value) => Some(value),
            _ => None,
        }
    }

    /// The value, if any, dereferenced (`&str` for a `String`).
    pub fn as_deref(&self) -> Option<&T::Target>
    where
        T: std::ops::Deref,
    {
        self.as_ref().map(|value| &**value)
    }

    /// The value, if any.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Value(value) => Some(value),
            _ => None,
        }
    }

    /// Takes the value out, leaving the property `Absent`.
    pub fn take(&mut self) -> Option<T> {
        std::mem::take(self).into_option()
    }

    /// Maps the value, keeping `Absent` and `Null`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Nullable<U> {
        match self {
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
            Nullable::Value(value) => Nullable::Value(f(value)),
        }
    }

    /// The value if set, else `default`.
    pub fn unwrap_or(self, default: T) -> T {
        self.into_option().unwrap_or(default)
    }

    /// The value if set, else what `f` gives.
    pub fn unwrap_or_else(self, f: impl FnOnce() -> T) -> T {
        self.into_option().unwrap_or_else(f)
    }

    /// The value if set, else `T::default()`.
    pub fn unwrap_or_default(self) -> T
    where
        T: Default,
    {
        self.into_option().unwrap_or_default()
    }

    /// The value, or inserts the one `f` makes, and gives it mutably (as
    /// [`Option::get_or_insert_with`]).
    pub fn get_or_insert_with(&mut self, f: impl FnOnce() -> T) -> &mut T {
        if !self.is_value() {
            *self = Nullable::Value(f());
        }
        match self {
            Nullable::Value(value) => value,
            // Just set.
            _ => unreachable!("a value was just stored"),
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `Some` is a value, `None` leaves the property out (use [`Nullable::Null`] to send `null`).
    fn from(value: Option<T>) -> Self {
        value.map_or(Nullable::Absent, Nullable::Value)
    }
}

impl<T> From<Nullable<T>> for Option<T> {
    fn from(value: Nullable<T>) -> Self {
        value.into_option()
    }
}

impl<T: PartialEq> PartialEq<Option<T>> for Nullable<T> {
    /// `Some(x)` equals `Value(x)`; `None` equals only `Absent` (an explicit `null` is not
    /// "left out").
    fn eq(&self, other: &Option<T>) -> bool {
        match (self, other) {
            (Nullable::Value(a), Some(b)) => a == b,
            (Nullable::Absent, None) => true,
            _ => false,
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    /// A value as itself, `Absent` and `Null` as `null` (generated structs leave `Absent` out;
    /// in a struct of your own, use `skip_serializing_if = "Nullable::is_absent"`).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) => serializer.serialize_some(value),
            _ => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    /// `null` as `Null`, anything else as a value (an absent property never reaches here; with
    /// `#[serde(default)]` it is `Absent`).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            Some(value) => Nullable::Value(value),
            None => Nullable::Null,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Nullable;

    #[test]
    fn three_states_read_and_write_as_json_has_them() {
        #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
        struct Patch {
            #[serde(default, skip_serializing_if = "Nullable::is_absent")]
            x: Nullable<i32>,
        }
        for (text, state) in [
            ("{}", Nullable::Absent),
            (r#"{"x":null}"#, Nullable::Null),
            (r#"{"x":3}"#, Nullable::Value(3)),
        ] {
            let read: Patch = serde_json::from_str(text).expect("decodes");
            assert_eq!(read.x, state);
            assert_eq!(serde_json::to_string(&read).expect("encodes"), text);
        }
        assert_eq!(Nullable::from(Some(2)), Nullable::Value(2));
        assert!(Nullable::<i32>::from(None).is_absent());
        assert_eq!(Nullable::Value(String::from("a")).as_deref(), Some("a"));
        assert!(Nullable::<i32>::Null.is_none() && Nullable::<i32>::Null != None);
        assert!(Nullable::Value(1) == Some(1) && Nullable::<i32>::Absent == None);
    }
}
