//! Serves the store's records as the request's API version describes them. The store renders
//! the beta shapes; under `/v1.0` each object is projected onto the v1.0 type of its resource
//! (from the generated `TYPES` metadata), so properties only the beta types have are not
//! served there, at any depth, and an enum member the v1.0 enum lacks reads `unknownFutureValue`.

use std::sync::Arc;

use lcw_models::{PropertyInfo, PropertyType, TypeInfo};
use serde_json::{Map, Value};

use super::handlers::Answer;
use super::table::ApiVersion;
use crate::errors::GraphError;
use crate::odata::page::Collection;
use crate::odata::query::QueryOptions;
use crate::odata::record::Record;
use crate::schemas;

/// The query a `GET <collection>/$count` runs: the same `$filter` and `$search`, one item per
/// page and `@odata.count` asked for; ordering, selection and expansion dropped (they do not
/// change the number). [`count_of_page`] then reads the number off the page.
pub fn counting(options: QueryOptions) -> QueryOptions {
    QueryOptions {
        top: Some(1),
        count: true,
        skiptoken: None,
        select: None,
        orderby: Vec::new(),
        expand: Vec::new(),
        ..options
    }
}

/// The answer to `GET <collection>/$count`: the `@odata.count` of the page [`counting`] asked
/// for, as bare digits (served as `text/plain`).
pub fn count_of_page(page: Answer) -> Result<Answer, GraphError> {
    let count = serde_json::from_str::<Value>(&page.body)
        .ok()
        .and_then(|body| body.get("@odata.count").and_then(Value::as_u64));
    let Some(count) = count else {
        return Err(GraphError::bad_request(
            "The request URI is not valid: $count applies to collections only.",
        )
        .with_inner_code("InvalidCountSegment"));
    };
    Ok(Answer {
        status: page.status,
        body: count.to_string(),
    })
}

/// The served type of a resource: qualified name (no `#`) as the operation table gives it.
#[derive(Debug, Clone, Copy)]
pub struct ServedType {
    version: ApiVersion,
    ty: Option<&'static TypeInfo>,
}

impl ServedType {
    /// The type `qualified` of `version`; under beta nothing is projected.
    pub fn new(version: ApiVersion, qualified: Option<&str>) -> Self {
        let ty = match version {
            ApiVersion::Beta => None,
            ApiVersion::V1 => {
                qualified.and_then(|name| TypeInfo::find(schemas::types(version), name))
            }
        };
        Self { version, ty }
    }

    /// The record as this version serves it (the same `Arc` when nothing changes).
    pub fn record(&self, record: Arc<Record>) -> Arc<Record> {
        let Some(ty) = self.ty else { return record };
        let types = schemas::types(self.version);
        // Checking costs no allocation; most records already fit, and keep their ready text.
        if conforms(types, ty, record.object(true)) && conforms(types, ty, record.object(false)) {
            return record;
        }
        let full = project(types, ty, record.object(true));
        let hidden = project(types, ty, record.object(false));
        Arc::new(Record::new(full, Some(hidden)))
    }

    /// A relationship value read for `$expand`, projected onto the relationship's type.
    pub fn related(&self, name: &str, value: Value) -> Value {
        match self.ty.and_then(|ty| ty.property(name)) {
            Some(property) => project_value(schemas::types(self.version), property, &value),
            None => value,
        }
    }
}

/// A collection whose records are served as `served` describes them.
pub struct VersionedCollection<'a> {
    /// The store's collection.
    pub inner: &'a dyn Collection,
    /// The type of its items.
    pub served: ServedType,
}

impl Collection for VersionedCollection<'_> {
    fn len(&self) -> usize {
        self.inner.len()
    }

    fn record(&self, index: usize) -> Option<Arc<Record>> {
        self.inner.record(index).map(|r| self.served.record(r))
    }

    fn related(&self, index: usize, name: &str, include_future: bool) -> Option<Value> {
        self.inner
            .related(index, name, include_future)
            .map(|v| self.served.related(name, v))
    }
}

/// The type an object is served as: the derived type its `@odata.type` names, if this
/// version has it, else the declared one.
fn served_type(
    types: &'static [TypeInfo],
    declared: &'static TypeInfo,
    object: &Map<String, Value>,
) -> &'static TypeInfo {
    let named = object
        .get("@odata.type")
        .and_then(Value::as_str)
        .and_then(|name| TypeInfo::find(types, name));
    named.unwrap_or(declared)
}

/// Whether [`project`] would leave the object as it is.
fn conforms(
    types: &'static [TypeInfo],
    declared: &'static TypeInfo,
    object: &Map<String, Value>,
) -> bool {
    let ty = served_type(types, declared, object);
    object.iter().all(|(key, value)| {
        key.contains('@')
            || ty
                .property(key)
                .is_some_and(|property| value_conforms(types, property, value))
    })
}

fn value_conforms(types: &'static [TypeInfo], property: &PropertyInfo, value: &Value) -> bool {
    match value {
        Value::Array(items) => items
            .iter()
            .all(|item| value_conforms(types, property, item)),
        Value::Object(object) => match property.ty {
            PropertyType::Complex(name) | PropertyType::Entity(name) => {
                TypeInfo::find(types, name).is_none_or(|ty| conforms(types, ty, object))
            }
            _ => true,
        },
        Value::String(text) => match property.ty {
            PropertyType::Enum { members, flags, .. } => {
                is_member(text, members, flags) || !members.contains(&"unknownFutureValue")
            }
            _ => true,
        },
        _ => true,
    }
}

/// Keeps the properties `declared` (or the derived type the object names in `@odata.type`)
/// has, and annotations.
fn project(
    types: &'static [TypeInfo],
    declared: &'static TypeInfo,
    object: &Map<String, Value>,
) -> Map<String, Value> {
    let ty = served_type(types, declared, object);
    let mut out = Map::new();
    for (key, value) in object {
        if key.contains('@') {
            out.insert(key.clone(), value.clone());
        } else if let Some(property) = ty.property(key) {
            out.insert(key.clone(), project_value(types, property, value));
        }
    }
    out
}

fn project_value(types: &'static [TypeInfo], property: &PropertyInfo, value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| project_value(types, property, item))
                .collect(),
        ),
        Value::Object(object) => match property.ty {
            PropertyType::Complex(name) | PropertyType::Entity(name) => {
                match TypeInfo::find(types, name) {
                    Some(ty) => Value::Object(project(types, ty, object)),
                    None => value.clone(),
                }
            }
            _ => value.clone(),
        },
        Value::String(text) => match property.ty {
            PropertyType::Enum { members, flags, .. }
                if !is_member(text, members, flags) && members.contains(&"unknownFutureValue") =>
            {
                Value::String("unknownFutureValue".into())
            }
            _ => value.clone(),
        },
        _ => value.clone(),
    }
}

fn is_member(text: &str, members: &[&str], flags: bool) -> bool {
    if flags {
        text.split(',').all(|part| members.contains(&part.trim()))
    } else {
        members.contains(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn v1_drops_what_its_types_lack_at_any_depth() {
        let served = ServedType::new(
            ApiVersion::V1,
            Some("microsoft.graph.identityGovernance.workflow"),
        );
        let record = Arc::new(Record::new(
            object(
                json!({"id": "w", "displayName": "d", "notInAnyVersion": 1, "@odata.etag": "e",
                "tasks": [{"id": "t", "displayName": "x", "alsoMissing": true}]}),
            ),
            None,
        ));
        let served = served.record(record);
        let out = served.object(false);
        assert_eq!(out.get("displayName"), Some(&json!("d")));
        assert_eq!(out.get("@odata.etag"), Some(&json!("e")));
        assert!(!out.contains_key("notInAnyVersion"));
        assert_eq!(out["tasks"][0], json!({"id": "t", "displayName": "x"}));
    }

    #[test]
    fn a_record_that_fits_is_served_unchanged() {
        let served = ServedType::new(
            ApiVersion::V1,
            Some("microsoft.graph.identityGovernance.run"),
        );
        let record = Arc::new(Record::new(
            object(json!({"id": "r", "processingStatus": "failed", "@odata.etag": "e"})),
            None,
        ));
        assert!(Arc::ptr_eq(&served.record(record.clone()), &record));
    }

    #[test]
    fn beta_is_served_as_stored() {
        let record = Arc::new(Record::new(
            object(json!({"id": "w", "notInAnyVersion": 1})),
            None,
        ));
        let served = ServedType::new(
            ApiVersion::Beta,
            Some("microsoft.graph.identityGovernance.workflow"),
        )
        .record(record.clone());
        assert!(Arc::ptr_eq(&served, &record));
    }

    #[test]
    fn unknown_enum_members_read_as_the_sentinel() {
        let served = ServedType::new(
            ApiVersion::V1,
            Some("microsoft.graph.identityGovernance.run"),
        );
        let record = Arc::new(Record::new(
            object(json!({"id": "r", "processingStatus": "sideways"})),
            None,
        ));
        assert_eq!(
            served.record(record).object(true)["processingStatus"],
            "unknownFutureValue"
        );
    }
}
