//! Enum members documented after `unknownFutureValue`: callers see them only when they send
//! `Prefer: include-unknown-enum-members`; everyone else gets `unknownFutureValue`.

use serde_json::{Map, Value};

/// The sentinel every evolvable enum ends with.
pub const SENTINEL: &str = "unknownFutureValue";

/// Knows which wire values of which properties come after the sentinel.
pub trait FutureMembers: Send + Sync {
    /// Whether `value` of property `property` is documented after the sentinel.
    fn is_after_sentinel(&self, property: &str, value: &str) -> bool;
}

/// The view of `object` for a caller without the `Prefer` header, or `None` when it is the
/// same object. Nested objects (a result's `task`) are handled too; flags values
/// (`joiner,leaver`) are checked member by member.
pub fn hide_future_members(object: &Map<String, Value>, members: &dyn FutureMembers) -> Option<Map<String, Value>> {
    let mut changed = false;
    let mut out = object.clone();
    for (name, value) in out.iter_mut() {
        match value {
            Value::String(text) => {
                let parts: Vec<&str> = text.split(',').collect();
                if parts.iter().any(|p| members.is_after_sentinel(name, p.trim())) {
                    let mut replaced: Vec<&str> = Vec::new();
                    for p in parts {
                        let p = if members.is_after_sentinel(name, p.trim()) { SENTINEL } else { p };
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
    fn replaces_only_later_members_also_nested() {
        let v = json!({"processingStatus": "canceling", "task": {"processingStatus": "canceling"}, "other": "canceling"});
        let map = v.as_object().cloned().unwrap_or_default();
        let hidden = hide_future_members(&map, &Canceling).unwrap_or_default();
        assert_eq!(hidden["processingStatus"], SENTINEL);
        assert_eq!(hidden["task"]["processingStatus"], SENTINEL);
        assert_eq!(hidden["other"], "canceling");
        let plain = json!({"processingStatus": "completed"});
        assert!(hide_future_members(plain.as_object().unwrap_or(&Map::new()), &Canceling).is_none());
    }
}
