//! Request bodies of the workflow and task writes, decoded through the generated
//! `beta::Workflow` and `beta::Task` and checked against the request body tables of the docs:
//! which properties a request may carry, and which the create request requires.

use lcw_models::GraphType;
use lcw_models::beta::{LifecycleWorkflowCategory, Task, Workflow};
use serde_json::{Map, Value};

use crate::errors::GraphError;

/// The properties the request body table of the workflow update page lists.
pub const WORKFLOW_UPDATABLE: &[&str] = &[
    "description",
    "displayName",
    "isEnabled",
    "isSchedulingEnabled",
];

/// The properties the request body table of the create-workflow page lists.
pub const WORKFLOW_SETTABLE_ON_CREATE: &[&str] = &[
    "category",
    "description",
    "displayName",
    "executionConditions",
    "id",
    "isEnabled",
    "isSchedulingEnabled",
    "tasks",
];

/// The rows of that table marked `Required.`.
pub const WORKFLOW_REQUIRED_ON_CREATE: &[&str] =
    &["category", "displayName", "executionConditions", "tasks"];

/// The properties the request body table of the task update page lists.
pub const TASK_UPDATABLE: &[&str] = &["description", "displayName"];

/// Which request a workflow body belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkflowWrite {
    /// `POST /workflows`.
    Create,
    /// `PATCH /workflows/{id}`.
    Update,
    /// The `workflow` parameter of `createNewVersion`: a whole definition, nothing required.
    NewVersion,
}

impl WorkflowWrite {
    /// The properties this request accepts, or `None` for any property of the type.
    fn accepted(self) -> Option<&'static [&'static str]> {
        match self {
            Self::Create => Some(WORKFLOW_SETTABLE_ON_CREATE),
            Self::Update => Some(WORKFLOW_UPDATABLE),
            Self::NewVersion => None,
        }
    }

    fn refused(self, name: &str) -> GraphError {
        match self {
            Self::Update => GraphError::bad_request(format!(
                "Property '{name}' cannot be updated; a workflow update accepts only {}.",
                WORKFLOW_UPDATABLE.join(", ")
            ))
            .with_inner_code("PropertyNotUpdatable"),
            _ => GraphError::bad_request(format!(
                "Property '{name}' is read-only and cannot be set on a new workflow."
            ))
            .with_inner_code("PropertyReadOnly"),
        }
    }
}

/// Checks a workflow body for `write` and decodes it. Refused, each with a `400`: a property
/// the type does not have, one the request may not set, a value the model type refuses (a
/// string where a boolean belongs), `null` for a property that cannot be empty, a category
/// that is no real member (or, without `Prefer: include-unknown-enum-members`, one listed after
/// `unknownFutureValue`), and a missing required property.
pub fn decode_workflow(
    body: &Map<String, Value>,
    write: WorkflowWrite,
    include_future: bool,
) -> Result<Workflow, GraphError> {
    check_names::<Workflow>(body, write.accepted(), |name| write.refused(name))?;
    let mut workflow: Workflow =
        serde_json::from_value(Value::Object(body.clone())).map_err(|e| {
            invalid_body(format!(
                "The workflow in the request body does not match its type: {e}."
            ))
        })?;
    for (name, value) in body {
        if value.is_null() {
            match name.as_str() {
                // Optional text: `null` clears it.
                "description" => workflow.description = Some(String::new()),
                _ => return Err(invalid_body(format!("Property '{name}' cannot be null."))),
            }
        }
    }
    if let Some(category) = &workflow.category {
        let is_member = LifecycleWorkflowCategory::KNOWN.contains(category)
            && *category != LifecycleWorkflowCategory::UnknownFutureValue;
        if !is_member {
            return Err(invalid_body(format!(
                "'{category}' is not a lifecycleWorkflowCategory member."
            )));
        }
        if category.is_after_sentinel() && !include_future {
            return Err(invalid_body(format!(
                "'{category}' is sent and accepted only with the header 'Prefer: include-unknown-enum-members'."
            )));
        }
    }
    if write == WorkflowWrite::Create
        && let Some(missing) = WORKFLOW_REQUIRED_ON_CREATE
            .iter()
            .find(|name| !body.contains_key(**name))
    {
        return Err(invalid_body(format!(
            "Property '{missing}' is required to create a workflow."
        )));
    }
    Ok(workflow)
}

/// Checks a task update body and decodes it: a property the task type lacks, one the update
/// page does not list (read-only, or changed only through a new workflow version), a wrong
/// value type and `null` for the name are each a `400`; `null` clears the description.
pub fn decode_task_update(body: &Map<String, Value>) -> Result<Task, GraphError> {
    check_names::<Task>(body, Some(TASK_UPDATABLE), |name| {
        GraphError::bad_request(format!(
            "Property '{name}' cannot be updated; a task update accepts only {}.",
            TASK_UPDATABLE.join(", ")
        ))
        .with_inner_code("PropertyNotUpdatable")
    })?;
    let mut task: Task = serde_json::from_value(Value::Object(body.clone())).map_err(|e| {
        invalid_body(format!(
            "The task in the request body does not match its type: {e}."
        ))
    })?;
    for (name, value) in body {
        if value.is_null() {
            match name.as_str() {
                "description" => task.description = Some(String::new()),
                _ => return Err(invalid_body(format!("Property '{name}' cannot be null."))),
            }
        }
    }
    Ok(task)
}

/// Refuses a property `T` does not have, and one outside `accepted` (when given) with `refused`.
fn check_names<T: GraphType>(
    body: &Map<String, Value>,
    accepted: Option<&[&str]>,
    refused: impl Fn(&str) -> GraphError,
) -> Result<(), GraphError> {
    for name in body.keys().filter(|k| !k.contains('@')) {
        let Some(property) = T::property(name) else {
            return Err(GraphError::bad_request(format!(
                "The type '{}' has no property '{name}'.",
                T::ODATA_TYPE.trim_start_matches('#')
            ))
            .with_inner_code("PropertyNotFound"));
        };
        if accepted.is_some_and(|accepted| !accepted.contains(&property.name)) {
            return Err(refused(name));
        }
    }
    Ok(())
}

/// The body as a JSON object; anything else is a `400`.
pub fn json_object(body: &[u8]) -> Result<Map<String, Value>, GraphError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(invalid_body("A request body is required.".into()));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(invalid_body(
            "The request body must be a JSON object.".into(),
        )),
        Err(e) => Err(invalid_body(format!(
            "The request body is not valid JSON: {e}."
        ))),
    }
}

/// A `400` for a body the request cannot use.
pub fn invalid_body(message: String) -> GraphError {
    GraphError::bad_request(message).with_inner_code("InvalidRequestBody")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(
        body: Value,
        write: WorkflowWrite,
        include_future: bool,
    ) -> Result<Workflow, Option<String>> {
        let map = body.as_object().cloned().unwrap_or_default();
        decode_workflow(&map, write, include_future).map_err(|e| e.inner_code)
    }

    fn inner(body: Value, write: WorkflowWrite) -> Option<String> {
        check(body, write, false).err().flatten()
    }

    fn new_workflow() -> Value {
        json!({"displayName": "n", "category": "joiner", "tasks": [],
            "executionConditions": {"@odata.type": "#microsoft.graph.identityGovernance.onDemandExecutionOnly"}})
    }

    #[test]
    fn update_takes_the_documented_properties_only() {
        let ok = check(
            json!({"displayName": "a", "description": "b", "isEnabled": true, "isSchedulingEnabled": false}),
            WorkflowWrite::Update,
            false,
        );
        assert_eq!(ok.ok().and_then(|w| w.display_name), Some("a".to_owned()));
        assert_eq!(
            inner(json!({"version": 3}), WorkflowWrite::Update).as_deref(),
            Some("PropertyNotUpdatable")
        );
        assert_eq!(
            inner(json!({"category": "leaver"}), WorkflowWrite::Update).as_deref(),
            Some("PropertyNotUpdatable")
        );
        assert_eq!(
            inner(json!({"nonsense": 1}), WorkflowWrite::Update).as_deref(),
            Some("PropertyNotFound")
        );
        assert_eq!(
            inner(json!({"isEnabled": "yes"}), WorkflowWrite::Update).as_deref(),
            Some("InvalidRequestBody")
        );
        assert_eq!(
            inner(json!({"displayName": null}), WorkflowWrite::Update).as_deref(),
            Some("InvalidRequestBody")
        );
        let cleared = check(json!({"description": null}), WorkflowWrite::Update, false);
        assert_eq!(
            cleared.ok().and_then(|w| w.description),
            Some(String::new())
        );
    }

    #[test]
    fn task_update_takes_the_documented_properties_only() {
        let map = |v: Value| v.as_object().cloned().unwrap_or_default();
        let task_inner = |v: Value| decode_task_update(&map(v)).err().and_then(|e| e.inner_code);
        let ok = decode_task_update(&map(json!({"displayName": "a", "description": null})));
        assert_eq!(
            ok.ok().map(|t| (t.display_name, t.description)),
            Some((Some("a".to_owned()), Some(String::new())))
        );
        assert_eq!(
            task_inner(json!({"isEnabled": false})).as_deref(),
            Some("PropertyNotUpdatable")
        );
        assert_eq!(
            task_inner(json!({"executionSequence": 2})).as_deref(),
            Some("PropertyNotUpdatable")
        );
        assert_eq!(
            task_inner(json!({"nonsense": 1})).as_deref(),
            Some("PropertyNotFound")
        );
        assert_eq!(
            task_inner(json!({"displayName": 5})).as_deref(),
            Some("InvalidRequestBody")
        );
        assert_eq!(
            task_inner(json!({"displayName": null})).as_deref(),
            Some("InvalidRequestBody")
        );
    }

    #[test]
    fn create_needs_every_required_property() {
        assert!(check(new_workflow(), WorkflowWrite::Create, false).is_ok());
        for required in WORKFLOW_REQUIRED_ON_CREATE {
            let mut body = new_workflow();
            if let Some(map) = body.as_object_mut() {
                map.remove(*required);
            }
            assert_eq!(
                inner(body, WorkflowWrite::Create).as_deref(),
                Some("InvalidRequestBody"),
                "{required}"
            );
        }
        let mut read_only = new_workflow();
        read_only["createdDateTime"] = json!("2024-01-01T00:00:00Z");
        assert_eq!(
            inner(read_only, WorkflowWrite::Create).as_deref(),
            Some("PropertyReadOnly")
        );
    }

    #[test]
    fn categories_after_the_sentinel_need_the_prefer_header() {
        let mut mover = new_workflow();
        mover["category"] = json!("mover");
        assert_eq!(
            inner(mover.clone(), WorkflowWrite::Create).as_deref(),
            Some("InvalidRequestBody")
        );
        assert!(check(mover, WorkflowWrite::Create, true).is_ok());
        for refused in ["unknownFutureValue", "sideways"] {
            let mut body = new_workflow();
            body["category"] = json!(refused);
            assert_eq!(
                check(body, WorkflowWrite::Create, true)
                    .err()
                    .flatten()
                    .as_deref(),
                Some("InvalidRequestBody"),
                "{refused}"
            );
        }
    }
}
