//! Reading and ordering JSON property values the way OData compares them.

use std::cmp::Ordering;

use serde_json::{Map, Value};

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
            Self::Time(_) => 3,
            Self::Text(_) => 4,
            Self::Other(_) => 5,
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
    fn paths_walk_objects() {
        let v = json!({"subject": {"id": "u1"}});
        let map = v.as_object().cloned().unwrap_or_default();
        let path = ["subject".to_owned(), "id".to_owned()];
        assert_eq!(resolve_path(&map, &path), Some(&json!("u1")));
    }
}
