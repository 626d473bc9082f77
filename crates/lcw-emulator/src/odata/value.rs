//! Reading and ordering JSON property values the way OData compares them.

use std::cmp::Ordering;

use serde_json::{Map, Value};

use super::schema::PropertyType;
use crate::clock;

/// Follows `a/b/c` through nested objects.
pub fn resolve_path<'a>(item: &'a Map<String, Value>, path: &[String]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let mut current = item.get(first)?;
    for segment in rest {
        current = current.as_object()?.get(segment)?;
    }
    Some(current)
}

/// A comparable form of one property value, for `$orderby`.
#[derive(Debug, Clone, PartialEq)]
pub enum SortKey {
    /// Missing or `null`: sorts first ascending, as OData specifies.
    Null,
    /// Booleans.
    Bool(bool),
    /// Numbers.
    Number(f64),
    /// An enum value, as its member value: the member's position in the documented list (a
    /// flags value: the sum of its members' bits). Undocumented members sort after all others.
    Member(u128),
    /// Strings that are RFC 3339 timestamps, compared as instants.
    Time(i64),
    /// Other strings.
    Text(String),
    /// Objects and arrays, compared by their JSON text.
    Other(String),
}

impl SortKey {
    /// The key of `value`.
    pub fn of(value: Option<&Value>) -> Self {
        match value {
            None | Some(Value::Null) => Self::Null,
            Some(Value::Bool(b)) => Self::Bool(*b),
            Some(Value::Number(n)) => Self::Number(n.as_f64().unwrap_or(0.0)),
            Some(Value::String(s)) => match clock::parse_rfc3339(s) {
                Some(t) => Self::Time(t),
                None => Self::Text(s.clone()),
            },
            Some(other) => Self::Other(other.to_string()),
        }
    }

    /// The key of `value` of a property of type `ty`: enum members order by value, as OData
    /// orders them, not by name.
    pub fn of_typed(value: Option<&Value>, ty: Option<PropertyType>) -> Self {
        match (value, ty) {
            (Some(Value::String(text)), Some(PropertyType::Enum { members, flags, .. })) => {
                let position = |name: &str| members.iter().position(|m| *m == name.trim());
                let value = if flags {
                    text.split(',')
                        .map(|m| {
                            position(m).map(|i| 1u128.checked_shl(i as u32).unwrap_or(u128::MAX))
                        })
                        .sum::<Option<u128>>()
                } else {
                    position(text).map(|i| i as u128)
                };
                Self::Member(value.unwrap_or(u128::MAX))
            }
            _ => Self::of(value),
        }
    }

    /// The Edm type name of a JSON value, for error messages.
    pub fn type_name(value: &Value) -> &'static str {
        match value {
            Value::Null => "null",
            Value::Bool(_) => "Edm.Boolean",
            Value::Number(_) => "Edm.Int32",
            Value::String(s) if clock::parse_rfc3339(s).is_some() => "Edm.DateTimeOffset",
            Value::String(_) => "Edm.String",
            Value::Array(_) => "Collection",
            Value::Object(_) => "complex type",
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Self::Null => 0,
            Self::Bool(_) => 1,
            Self::Number(_) => 2,
            Self::Member(_) => 3,
            Self::Time(_) => 4,
            Self::Text(_) => 5,
            Self::Other(_) => 6,
        }
    }
}

impl Eq for SortKey {}

impl PartialOrd for SortKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SortKey {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Self::Bool(a), Self::Bool(b)) => a.cmp(b),
            (Self::Number(a), Self::Number(b)) => a.total_cmp(b),
            (Self::Member(a), Self::Member(b)) => a.cmp(b),
            (Self::Time(a), Self::Time(b)) => a.cmp(b),
            (Self::Text(a), Self::Text(b)) | (Self::Other(a), Self::Other(b)) => a.cmp(b),
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timestamps_order_as_instants_not_text() {
        let a = SortKey::of(Some(&json!("2022-08-01T00:00:00Z")));
        let b = SortKey::of(Some(&json!("2022-08-01T00:00:00.5Z")));
        assert!(a < b);
        assert!(SortKey::of(None) < a);
    }

    #[test]
    fn enum_members_order_by_value_not_name() {
        const STATUS: PropertyType = PropertyType::Enum {
            name: "t.s",
            members: &["queued", "inProgress", "completed"],
            after_sentinel: &[],
            flags: false,
        };
        let key = |v: &str| SortKey::of_typed(Some(&json!(v)), Some(STATUS));
        assert!(key("queued") < key("inProgress") && key("inProgress") < key("completed"));
        assert!(key("completed") < key("notDocumented"));
        assert!(SortKey::of_typed(None, Some(STATUS)) < key("queued"));
        const FLAGS: PropertyType = PropertyType::Enum {
            name: "t.f",
            members: &["joiner", "leaver", "mover"],
            after_sentinel: &[],
            flags: true,
        };
        let flags = |v: &str| SortKey::of_typed(Some(&json!(v)), Some(FLAGS));
        assert!(
            flags("leaver") < flags("joiner,leaver") && flags("joiner,leaver") < flags("mover")
        );
        assert_eq!(flags("leaver,joiner"), flags("joiner,leaver"));
    }

    #[test]
    fn paths_walk_objects() {
        let v = json!({"subject": {"id": "u1"}});
        let map = v.as_object().cloned().unwrap_or_default();
        let path = ["subject".to_owned(), "id".to_owned()];
        assert_eq!(resolve_path(&map, &path), Some(&json!("u1")));
    }
}
