//! Multi-valued ("flags") enums: `"joiner,leaver"` on the wire.

use std::convert::Infallible;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::{GraphEnum, UnknownMember};

/// A set of members of a flags enum, read from and written as a comma-separated string.
///
/// Members keep the order they were read in and unknown members are kept, so a value the
/// service sends is written back unchanged when it has no spaces after the commas (the form Graph
/// uses); spaces around members are dropped on reading. The empty string is the empty set.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Flags<E> {
    members: Vec<E>,
}

impl<E> Default for Flags<E> {
    fn default() -> Self {
        Flags {
            members: Vec::new(),
        }
    }
}

impl<E: GraphEnum> Flags<E> {
    /// The empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `member` is in the set.
    pub fn contains(&self, member: &E) -> bool {
        self.members.contains(member)
    }

    /// Adds `member` unless it is already there; returns whether it was added.
    pub fn insert(&mut self, member: E) -> bool {
        if self.contains(&member) {
            return false;
        }
        self.members.push(member);
        true
    }

    /// Removes `member`; returns whether it was there.
    pub fn remove(&mut self, member: &E) -> bool {
        let before = self.members.len();
        self.members.retain(|m| m != member);
        before != self.members.len()
    }

    /// The members in wire order.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.members.iter()
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Reads `"joiner,leaver"`; never fails.
    pub fn parse(text: &str) -> Self {
        let mut set = Self::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            set.insert(E::from_wire(part));
        }
        set
    }

    /// Reads `"joiner,leaver"` strictly: a member this crate does not know is an error (see
    /// [`GraphEnum::try_from_wire`]).
    pub fn try_parse(text: &str) -> Result<Self, UnknownMember> {
        let mut set = Self::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            set.insert(E::try_from_wire(part)?);
        }
        Ok(set)
    }
}

impl<E: GraphEnum> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        let mut set = Self::new();
        for member in iter {
            set.insert(member);
        }
        set
    }
}

impl<E: GraphEnum> From<E> for Flags<E> {
    fn from(member: E) -> Self {
        Flags {
            members: vec![member],
        }
    }
}

impl<E: GraphEnum> From<&str> for Flags<E> {
    fn from(text: &str) -> Self {
        Self::parse(text)
    }
}

impl<E: GraphEnum> FromStr for Flags<E> {
    type Err = Infallible;
    fn from_str(text: &str) -> Result<Self, Infallible> {
        Ok(Self::parse(text))
    }
}

impl<E: GraphEnum> fmt::Display for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, member) in self.members.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(member.as_str())?;
        }
        Ok(())
    }
}

impl<E: GraphEnum> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de, E: GraphEnum> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FlagsVisitor<E>(PhantomData<E>);
        impl<E: GraphEnum> Visitor<'_> for FlagsVisitor<E> {
            type Value = Flags<E>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("comma-separated enum members")
            }
            fn visit_str<Err: de::Error>(self, value: &str) -> Result<Flags<E>, Err> {
                Ok(Flags::parse(value))
            }
        }
        deserializer.deserialize_str(FlagsVisitor(PhantomData))
    }
}
