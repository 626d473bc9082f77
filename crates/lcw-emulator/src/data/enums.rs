//! Enum members documented after `unknownFutureValue`: callers see them only when they send
//! `Prefer: include-unknown-enum-members`; everyone else gets `unknownFutureValue`.

use std::collections::HashMap;

use lcw_models::PropertyInfo;
use serde_json::{Map, Value};

/// The sentinel every evolvable enum ends with.
pub const SENTINEL: &str = "unknownFutureValue";

/// Knows which wire values of which properties come after the sentinel.
pub trait FutureMembers: Send + Sync {
    /// Whether `value` of property `property` is documented after the sentinel.
    fn is_after_sentinel(&self, property: &str, value: &str) -> bool;
}

/// After-sentinel members by property name, read from the generated property metadata.
///
/// Objects are matched by property name alone (nested ones too), so the members of every
/// property of that name count: a type-blind lookup that agrees with the typed one as long as
/// no two enums that share a property name disagree about a member.
#[derive(Debug, Default)]
pub struct PropertyFutureMembers {
    by_property: HashMap<&'static str, Vec<&'static [&'static str]>>,
}

impl PropertyFutureMembers {
    /// Gathers the after-sentinel members of every enum-typed property in `properties`.
    pub fn from_properties<'a>(properties: impl IntoIterator<Item = &'a PropertyInfo>) -> Self {
        let mut by_property: HashMap<&'static str, Vec<&'static [&'static str]>> = HashMap::new();
        for property in properties {
            if let lcw_models::PropertyType::Enum { after_sentinel, .. } = property.ty
                && !after_sentinel.is_empty()
            {
                let lists = by_property.entry(property.name).or_default();
                if !lists.contains(&after_sentinel) {
                    lists.push(after_sentinel);
                }
            }
        }
        PropertyFutureMembers { by_property }
    }
}

impl FutureMembers for PropertyFutureMembers {
    fn is_after_sentinel(&self, property: &str, value: &str) -> bool {
        self.by_property
            .get(property)
            .is_some_and(|lists| lists.iter().any(|members| members.contains(&value)))
    }
}

/// The view of `object` for a caller without the `Prefer` header, or `None` when it is the
/// same object. Nested objects (a result's `task`) are handled too; flags values
/// (`joiner,leaver`) are checked member by member.
pub fn hide_future_members(
    object: &Map<String, Value>,
    members: &dyn FutureMembers,
) -> Option<Map<String, Value>> {
    let mut changed = false;
    let mut out = object.clone();
    for (name, value) in out.iter_mut() {
        match value {
            Value::String(text) => {
                let parts: Vec<&str> = text.split(',').collect();
                if parts
                    .iter()
                    .any(|p| members.is_after_sentinel(name, p.trim()))
                {
                    let mut replaced: Vec<&str> = Vec::new();
                    for p in parts {
                        let p = if members.is_after_sentinel(name, p.trim()) {
                            SENTINEL
                        } else {
                            p
                        };
                        if !replaced.contains(&p) {
                            replaced.push(p);
                        }
                    }
                    *value = Value::String(replaced.join(","));
                    changed = true;
                }
            }
            Value::Object(inner) => {
                if let Some(hidden) = hide_future_members(inner, members) {
                    *inner = hidden;
                    changed = true;
                }
            }
            _ => {}
        }
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct Canceling;
    impl FutureMembers for Canceling {
        fn is_after_sentinel(&self, property: &str, value: &str) -> bool {
            property == "processingStatus" && value == "canceling"
        }
    }

    #[test]
    fn later_members_come_from_the_property_metadata() {
        use lcw_models::PropertyType;
        const STATUS: PropertyType = PropertyType::Enum {
            name: "t.status",
            members: &["completed", "unknownFutureValue", "canceling"],
            after_sentinel: &["canceling"],
            flags: false,
        };
        const KIND: PropertyType = PropertyType::Enum {
            name: "t.kind",
            members: &["a", "unknownFutureValue", "b"],
            after_sentinel: &["b"],
            flags: true,
        };
        let props = [
            PropertyInfo::new("processingStatus", STATUS),
            PropertyInfo::new("kind", KIND),
            PropertyInfo::new("label", PropertyType::String),
        ];
        let members = PropertyFutureMembers::from_properties(&props);
        assert!(members.is_after_sentinel("processingStatus", "canceling"));
        assert!(!members.is_after_sentinel("processingStatus", "completed"));
        assert!(
            !members.is_after_sentinel("label", "canceling"),
            "not an enum"
        );
        let v = json!({"processingStatus": "canceling", "kind": "a,b", "label": "canceling"});
        let hidden =
            hide_future_members(v.as_object().unwrap_or(&Map::new()), &members).unwrap_or_default();
        assert_eq!(hidden["processingStatus"], SENTINEL);
        assert_eq!(hidden["kind"], "a,unknownFutureValue");
        assert_eq!(hidden["label"], "canceling");
    }

    #[test]
    fn replaces_only_later_members_also_nested() {
        let v = json!({"processingStatus": "canceling", "task": {"processingStatus": "canceling"}, "other": "canceling"});
        let map = v.as_object().cloned().unwrap_or_default();
        let hidden = hide_future_members(&map, &Canceling).unwrap_or_default();
        assert_eq!(hidden["processingStatus"], SENTINEL);
        assert_eq!(hidden["task"]["processingStatus"], SENTINEL);
        assert_eq!(hidden["other"], "canceling");
        let plain = json!({"processingStatus": "completed"});
        assert!(
            hide_future_members(plain.as_object().unwrap_or(&Map::new()), &Canceling).is_none()
        );
    }
}
