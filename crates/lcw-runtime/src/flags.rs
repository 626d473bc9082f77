//! Multi-valued ("flags") enums: `"joiner,leaver"` on the wire.

use std::convert::Infallible;
use std::fmt;
use std::hash::{Hash, Hasher};
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
#[derive(Clone)]
pub struct Flags<E> {
    members: Members<E>,
}

/// The members, in order. Sets of one or two members (nearly all that Graph sends) are held
/// inline, so reading them allocates nothing.
#[derive(Clone)]
enum Members<E> {
    One([E; 1]),
    Two([E; 2]),
    /// Any number, none included (an empty `Vec` does not allocate).
    Many(Vec<E>),
}

impl<E> Flags<E> {
    /// The members in wire order.
    fn as_slice(&self) -> &[E] {
        match &self.members {
            Members::One(one) => one,
            Members::Two(two) => two,
            Members::Many(many) => many,
        }
    }

    /// Appends `member` (the caller has checked it is not there).
    fn push(&mut self, member: E) {
        self.members = match std::mem::replace(&mut self.members, Members::Many(Vec::new())) {
            Members::Many(many) if many.is_empty() => Members::One([member]),
            Members::One([a]) => Members::Two([a, member]),
            Members::Two([a, b]) => Members::Many(vec![a, b, member]),
            Members::Many(mut many) => {
                many.push(member);
                Members::Many(many)
            }
        };
    }

    /// The members as a vector.
    fn into_vec(self) -> Vec<E> {
        match self.members {
            Members::One([a]) => vec![a],
            Members::Two([a, b]) => vec![a, b],
            Members::Many(many) => many,
        }
    }
}

impl<E> Default for Flags<E> {
    fn default() -> Self {
        Flags {
            members: Members::Many(Vec::new()),
        }
    }
}

impl<E: fmt::Debug> fmt::Debug for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Flags")
            .field("members", &self.as_slice())
            .finish()
    }
}

impl<E: PartialEq> PartialEq for Flags<E> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<E: Eq> Eq for Flags<E> {}

impl<E: Hash> Hash for Flags<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl<E: GraphEnum> Flags<E> {
    /// The empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `member` is in the set.
    pub fn contains(&self, member: &E) -> bool {
        self.as_slice().contains(member)
    }

    /// Adds `member` unless it is already there; returns whether it was added.
    pub fn insert(&mut self, member: E) -> bool {
        if self.contains(&member) {
            return false;
        }
        self.push(member);
        true
    }

    /// Removes `member`; returns whether it was there.
    pub fn remove(&mut self, member: &E) -> bool {
        if !self.contains(member) {
            return false;
        }
        let mut rest = std::mem::take(self).into_vec();
        rest.retain(|m| m != member);
        self.members = Members::Many(rest);
        true
    }

    /// The members in wire order.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.as_slice().iter()
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.as_slice().len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.as_slice().is_empty()
    }

    /// Reads `"joiner,leaver"`; never fails.
    pub fn parse(text: &str) -> Self {
        let mut set = Self::new();
        for part in text.split(',') {
            let part = trim_part(part);
            if !part.is_empty() {
                set.insert(E::from_wire(part));
            }
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

/// `part` without surrounding whitespace. What Graph sends has none: `str::trim` runs only when
/// an end could be whitespace (every byte in `0x21..0x80` is an ASCII character `trim` keeps;
/// ASCII whitespace is at most `0x20`).
#[inline]
fn trim_part(part: &str) -> &str {
    let plain = |b: u8| (0x21..0x80).contains(&b);
    match part.as_bytes() {
        [first, .., last] if plain(*first) && plain(*last) => part,
        [only] if plain(*only) => part,
        _ => part.trim(),
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
            members: Members::One([member]),
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
        for (i, member) in self.iter().enumerate() {
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

#[cfg(test)]
mod tests {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};

    use super::Flags;
    use crate::GraphEnum;

    /// A stand-in flags enum: two known members, anything else kept as text.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    enum Cat {
        Joiner,
        Leaver,
        Other(String),
    }

    impl GraphEnum for Cat {
        const KNOWN: &'static [Cat] = &[Cat::Joiner, Cat::Leaver];
        fn as_str(&self) -> &str {
            match self {
                Cat::Joiner => "joiner",
                Cat::Leaver => "leaver",
                Cat::Other(text) => text,
            }
        }
        fn from_wire(value: &str) -> Self {
            match value {
                "joiner" => Cat::Joiner,
                "leaver" => Cat::Leaver,
                other => Cat::Other(other.to_owned()),
            }
        }
    }

    fn hash(set: &Flags<Cat>) -> u64 {
        let mut hasher = DefaultHasher::new();
        set.hash(&mut hasher);
        hasher.finish()
    }

    #[test]
    fn every_size_keeps_order_and_round_trips() {
        for text in [
            "",
            "joiner",
            "joiner,leaver",
            "leaver,joiner,x,y",
            "a,b,c,d,e",
        ] {
            let set: Flags<Cat> = Flags::parse(text);
            assert_eq!(set.to_string(), text);
            assert_eq!(
                set.len(),
                if text.is_empty() {
                    0
                } else {
                    text.split(',').count()
                }
            );
            let read: Flags<Cat> = serde_json::from_value(serde_json::json!(text)).expect("reads");
            assert_eq!(read, set);
            assert_eq!(
                serde_json::to_value(&read).expect("writes"),
                serde_json::json!(text)
            );
        }
    }

    #[test]
    fn spaces_and_repeats_are_dropped_as_before() {
        let set: Flags<Cat> = Flags::parse(" joiner , leaver,joiner,,\u{a0}x\u{a0},\u{b}leaver");
        assert_eq!(set.to_string(), "joiner,leaver,x");
        assert!(Flags::<Cat>::parse(" , ").is_empty());
    }

    #[test]
    fn equality_and_hash_do_not_depend_on_how_the_set_was_built() {
        let mut grown = Flags::new();
        for member in [Cat::Joiner, Cat::Leaver, Cat::Other("x".into())] {
            assert!(grown.insert(member.clone()));
            assert!(!grown.insert(member));
        }
        assert!(grown.remove(&Cat::Other("x".into())));
        assert!(!grown.remove(&Cat::Other("x".into())));
        let parsed: Flags<Cat> = Flags::parse("joiner,leaver");
        assert_eq!(grown, parsed);
        assert_eq!(hash(&grown), hash(&parsed));
        assert_eq!(format!("{grown:?}"), format!("{parsed:?}"));
        assert_eq!(format!("{parsed:?}"), "Flags { members: [Joiner, Leaver] }");
        assert!(grown.remove(&Cat::Joiner) && grown.remove(&Cat::Leaver));
        assert_eq!(grown, Flags::new());
        assert_eq!(hash(&grown), hash(&Flags::new()));
        assert_eq!(
            Flags::from(Cat::Leaver).iter().collect::<Vec<_>>(),
            [&Cat::Leaver]
        );
        assert!(Flags::from(Cat::Leaver).contains(&Cat::Leaver));
    }
}
