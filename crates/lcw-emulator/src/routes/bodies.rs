//! Request bodies of the writes, decoded through the generated model types and checked
//! against the request body rules of the routed operation (`OperationInfo::body`, generated
//! from the request body tables of the docs): which properties a request may carry, and which
//! a request requires. Where a page has no table (it says "supply a JSON representation of"
//! a type), a request may carry any property of the type that is not read-only.

use lcw_models::beta::{
    ActivateProcessingResultScope, ActivationTaskScopeType, AgentIdentityLifecyclePolicy,
    CustomTaskExtension, LifecycleManagementSettings, LifecyclePolicyPriorityConfiguration,
    LifecyclePolicyRule, LifecycleWorkflowCategory, Task, Workflow, WorkflowSubjectKind,
};
use lcw_models::{BodyParam, GraphType};
use serde_json::{Map, Value};

use crate::errors::GraphError;

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
    fn refused(self, name: &str, rules: &[BodyParam]) -> GraphError {
        match self {
            Self::Update => GraphError::bad_request(format!(
                "Property '{name}' cannot be updated; a workflow update accepts only {}.",
                settable(rules)
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
/// `unknownFutureValue`), and a missing required property. `rules` are the request body rules
/// of the operation; the `workflow` of a new version has none (any writable property).
pub fn decode_workflow(
    body: &Map<String, Value>,
    write: WorkflowWrite,
    rules: &[BodyParam],
    include_future: bool,
) -> Result<Workflow, GraphError> {
    check_names::<Workflow>(body, rules, |name| write.refused(name, rules))?;
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
                "description" => workflow.description = Some(String::new()).into(),
                _ => return Err(invalid_body(format!("Property '{name}' cannot be null."))),
            }
        }
    }
    if let Some(category) = workflow.category.as_ref() {
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
    if let Some(missing) = missing_required(body, rules) {
        return Err(invalid_body(format!(
            "Property '{missing}' is required to create a workflow."
        )));
    }
    Ok(workflow)
}

/// Checks a task update body and decodes it: a property the task type lacks, one the update
/// page does not list (read-only, or changed only through a new workflow version), a wrong
/// value type and `null` for the name are each a `400`; `null` clears the description.
pub fn decode_task_update(
    body: &Map<String, Value>,
    rules: &[BodyParam],
) -> Result<Task, GraphError> {
    check_names::<Task>(body, rules, |name| {
        GraphError::bad_request(format!(
            "Property '{name}' cannot be updated; a task update accepts only {}.",
            settable(rules)
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
                "description" => task.description = Some(String::new()).into(),
                _ => return Err(invalid_body(format!("Property '{name}' cannot be null."))),
            }
        }
    }
    Ok(task)
}

/// Checks a custom task extension body (create or update, by `rules`) and decodes it
/// through `beta::CustomTaskExtension`; answers the properties to store, as the type writes
/// them.
pub fn decode_extension(
    body: &Map<String, Value>,
    rules: &[BodyParam],
) -> Result<Map<String, Value>, GraphError> {
    check_names::<CustomTaskExtension>(body, rules, |name| {
        GraphError::bad_request(format!(
            "Property '{name}' cannot be set; a custom task extension accepts only {}.",
            settable(rules)
        ))
        .with_inner_code("PropertyNotUpdatable")
    })?;
    let typed: CustomTaskExtension = decode_as(body, "custom task extension")?;
    for (name, value) in body {
        if value.is_null() && name != "description" {
            return Err(invalid_body(format!("Property '{name}' cannot be null.")));
        }
    }
    if typed.display_name.as_deref().is_some_and(str::is_empty) {
        return Err(invalid_body("displayName cannot be empty.".into()));
    }
    if let Some(missing) = missing_required(body, rules) {
        return Err(invalid_body(format!(
            "Property '{missing}' is required to create a custom task extension."
        )));
    }
    Ok(typed_fields(body, &typed))
}

/// Checks a settings body: only the documented properties, the required ones present and
/// not `null`, the interval between 1 and 24 hours.
pub fn decode_settings(
    body: &Map<String, Value>,
    rules: &[BodyParam],
) -> Result<Map<String, Value>, GraphError> {
    check_names::<LifecycleManagementSettings>(body, rules, |name| {
        GraphError::bad_request(format!(
            "Property '{name}' cannot be updated; the settings update accepts only {}.",
            settable(rules)
        ))
        .with_inner_code("PropertyNotUpdatable")
    })?;
    let typed: LifecycleManagementSettings = decode_as(body, "settings object")?;
    if let Some(missing) = missing_required(body, rules) {
        return Err(invalid_body(format!(
            "Property '{missing}' is required to update the settings."
        )));
    }
    if let Some(hours) = typed.workflow_schedule_interval_in_hours.into_option()
        && !(1..=24).contains(&hours)
    {
        return Err(invalid_body(format!(
            "workflowScheduleIntervalInHours must be between 1 and 24, not {hours}."
        )));
    }
    Ok(typed_fields(body, &typed))
}

/// The ids of a `subjects` parameter (`None` when the body leaves it out): an array of
/// objects that each carry an `id`, at least one and, with `max`, at most that many.
pub fn subject_ids(
    subjects: Option<&Value>,
    max: Option<usize>,
) -> Result<Vec<String>, GraphError> {
    let subjects = match subjects {
        Some(Value::Array(items)) => items.as_slice(),
        Some(_) => return Err(invalid_body("'subjects' must be an array.".into())),
        None => &[],
    };
    if subjects.is_empty() {
        return Err(invalid_body(
            "The action needs at least one subject in 'subjects'.".into(),
        ));
    }
    let ids =
        object_ids(subjects).ok_or_else(|| invalid_body("Every subject needs an 'id'.".into()))?;
    if let Some(max) = max
        && ids.len() > max
    {
        return Err(invalid_body(format!(
            "A request takes at most {max} subjects, not {}.",
            ids.len()
        )));
    }
    Ok(ids)
}

/// The `id` of each object of `items`; `None` when one has none.
fn object_ids(items: &[Value]) -> Option<Vec<String>> {
    items
        .iter()
        .map(|item| item.get("id").and_then(Value::as_str).map(str::to_owned))
        .collect()
}

/// What an `activateWithScope` activates, by ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActivationScope {
    /// Users (the `subjects` of the docs' table, or an `activateUserScope`).
    Users(Vec<String>),
    /// User processing results of the workflow (an `activateProcessingResultScope`).
    ProcessingResults(Vec<String>),
}

/// `@odata.type` of the scope that names users. The docs have no page for it; the service
/// schema (v1.0 CSDL, and the beta type names) declares
/// `ComplexType activateUserScope : activationScope` with one relationship, `users`
/// (a `user` collection), and Microsoft's SDKs send it.
const USER_SCOPE: &str = "microsoft.graph.identityGovernance.activateUserScope";

/// `@odata.type` of the scope that names user processing results (the docs' type).
const PROCESSING_RESULT_SCOPE: &str =
    "microsoft.graph.identityGovernance.activateProcessingResultScope";

/// Decodes the `scope` parameter of `activateWithScope`: an `activateProcessingResultScope`
/// (`taskScope` `allTasks` or `failedTasks`, processing results with ids) or an
/// `activateUserScope` (users with ids), named by its `@odata.type` with or without `#`.
pub fn activation_scope(scope: &Value) -> Result<ActivationScope, GraphError> {
    let scope = scope
        .as_object()
        .ok_or_else(|| invalid_body("The 'scope' must be an object.".into()))?;
    let kind = scope
        .get("@odata.type")
        .and_then(Value::as_str)
        .map(|k| k.trim_start_matches('#'));
    match kind {
        Some(PROCESSING_RESULT_SCOPE) => {
            let typed: ActivateProcessingResultScope =
                serde_json::from_value(Value::Object(scope.clone())).map_err(|e| {
                    invalid_body(format!("The scope does not match its type: {e}."))
                })?;
            match typed.task_scope.as_ref() {
                Some(ActivationTaskScopeType::AllTasks | ActivationTaskScopeType::FailedTasks) => {}
                _ => {
                    return Err(invalid_body(
                        "The scope's taskScope must be 'allTasks' or 'failedTasks'.".into(),
                    ));
                }
            }
            let results = typed.processing_results.unwrap_or_default();
            let ids: Vec<String> = results
                .iter()
                .filter_map(|r| r.id.clone().into_option())
                .collect();
            if ids.is_empty() || ids.len() != results.len() {
                return Err(invalid_body(
                    "Every processing result of the scope needs an 'id'.".into(),
                ));
            }
            Ok(ActivationScope::ProcessingResults(ids))
        }
        Some(USER_SCOPE) => {
            if let Some(other) = scope.keys().find(|k| *k != "users" && !k.contains('@')) {
                return Err(GraphError::bad_request(format!(
                    "The type '{USER_SCOPE}' has no property '{other}'."
                ))
                .with_inner_code("PropertyNotFound"));
            }
            let users = scope
                .get("users")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            match object_ids(users) {
                Some(ids) if !ids.is_empty() => Ok(ActivationScope::Users(ids)),
                _ => Err(invalid_body(
                    "The scope needs 'users', each with an 'id'.".into(),
                )),
            }
        }
        _ => Err(invalid_body(format!(
            "The scope must name its type in '@odata.type': '#{PROCESSING_RESULT_SCOPE}' or '#{USER_SCOPE}'."
        ))),
    }
}

/// The run id of the `scope` parameter of `cancelProcessing`: a `cancelRunsScope` naming
/// exactly one run.
pub fn cancel_scope_run(scope: Option<&Value>) -> Result<String, GraphError> {
    let scope = scope
        .and_then(Value::as_object)
        .ok_or_else(|| invalid_body("The 'scope' must be an object.".into()))?;
    let kind = scope.get("@odata.type").and_then(Value::as_str);
    if kind.map(|k| k.trim_start_matches('#'))
        != Some("microsoft.graph.identityGovernance.cancelRunsScope")
    {
        return Err(invalid_body(
            "The scope must be a '#microsoft.graph.identityGovernance.cancelRunsScope'.".into(),
        ));
    }
    let runs = scope
        .get("runs")
        .and_then(Value::as_array)
        .ok_or_else(|| invalid_body("The scope needs a 'runs' array.".into()))?;
    match runs.as_slice() {
        [run] => run
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| invalid_body("The run needs an 'id'.".into())),
        _ => Err(invalid_body(
            "Exactly one run may be canceled per request.".into(),
        )),
    }
}

/// The `subject` parameter of `activateAndWait`, decoded as a `workflowSubject`: the object
/// as the type writes it and the id it names (its own, or its directory object's).
pub fn awaited_subject(
    subject: Option<&Value>,
) -> Result<(Map<String, Value>, String), GraphError> {
    let subject = subject
        .and_then(Value::as_object)
        .ok_or_else(|| invalid_body("The 'subject' must be an object.".into()))?;
    if !subject.contains_key("@odata.type") {
        return Err(invalid_body(
            "The subject must name its derived type in '@odata.type'.".into(),
        ));
    }
    let typed: WorkflowSubjectKind = serde_json::from_value(Value::Object(subject.clone()))
        .map_err(|e| invalid_body(format!("The subject does not match its type: {e}.")))?;
    let object = match serde_json::to_value(&typed) {
        Ok(Value::Object(map)) => map,
        _ => subject.clone(),
    };
    let id = subject
        .get("id")
        .or_else(|| subject.get("directoryObject").and_then(|d| d.get("id")))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| invalid_body("The subject needs an 'id'.".into()))?;
    Ok((object, id))
}

fn decode_as<T: serde::de::DeserializeOwned>(
    body: &Map<String, Value>,
    what: &str,
) -> Result<T, GraphError> {
    serde_json::from_value(Value::Object(body.clone())).map_err(|e| {
        invalid_body(format!(
            "The {what} in the request body does not match its type: {e}."
        ))
    })
}

/// The properties of `body` as the decoded `typed` value writes them (`null` kept as sent).
fn typed_fields<T: serde::Serialize>(body: &Map<String, Value>, typed: &T) -> Map<String, Value> {
    let written = match serde_json::to_value(typed) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    body.iter()
        .filter(|(k, _)| !k.contains('@'))
        .map(|(k, v)| {
            let value = if v.is_null() {
                Value::Null
            } else {
                written.get(k).cloned().unwrap_or_else(|| v.clone())
            };
            (k.clone(), value)
        })
        .collect()
}

/// Checks a lifecycle policy body (create or update, by `rules`) and decodes it through
/// `beta::AgentIdentityLifecyclePolicy`; answers the properties to store (without `rules`)
/// and, on create, the rules as (kind, body) pairs.
#[allow(clippy::type_complexity)]
pub fn decode_policy(
    body: &Map<String, Value>,
    rules: &[BodyParam],
) -> Result<
    (
        Map<String, Value>,
        Vec<(
            &'static (&'static str, &'static str, &'static str),
            Map<String, Value>,
        )>,
    ),
    GraphError,
> {
    check_names::<AgentIdentityLifecyclePolicy>(body, rules, |name| {
        GraphError::bad_request(format!(
            "Property '{name}' cannot be set here; this request accepts only {}.",
            settable(rules)
        ))
        .with_inner_code("PropertyNotUpdatable")
    })?;
    if let Some(kind) = body.get("@odata.type") {
        let name = kind.as_str().unwrap_or_default().trim_start_matches('#');
        if name != crate::data::policies::AGENT_POLICY.trim_start_matches('#') {
            return Err(invalid_body(format!(
                "'{name}' is not a lifecycle policy type the tenant can hold; use '{}'.",
                crate::data::policies::AGENT_POLICY
            )));
        }
    }
    let typed: AgentIdentityLifecyclePolicy = decode_as(body, "lifecycle policy")?;
    for (name, value) in body {
        if value.is_null() && !matches!(name.as_str(), "description" | "scope") {
            return Err(invalid_body(format!("Property '{name}' cannot be null.")));
        }
    }
    if typed.display_name.as_deref().is_some_and(str::is_empty) {
        return Err(invalid_body("displayName cannot be empty.".into()));
    }
    if let Some(missing) = missing_required(body, rules) {
        return Err(invalid_body(format!(
            "Property '{missing}' is required to create a lifecycle policy."
        )));
    }
    let mut fields = typed_fields(body, &typed);
    fields.remove("rules");
    let mut made = Vec::new();
    for rule in body
        .get("rules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let object = rule
            .as_object()
            .ok_or_else(|| invalid_body("Each rule must be an object.".into()))?;
        let kind = object
            .get("@odata.type")
            .and_then(Value::as_str)
            .and_then(crate::data::policies::rule_kind)
            .ok_or_else(|| {
                invalid_body("Each rule must name its rule type in '@odata.type'.".into())
            })?;
        made.push((kind, decode_rule(object, kind)?));
    }
    Ok((fields, made))
}

/// Checks a rule body against its kind: `isEnabled` and the one setting the kind has (a
/// positive whole number); answers the properties to store.
pub fn decode_rule(
    body: &Map<String, Value>,
    kind: &(&str, &str, &str),
) -> Result<Map<String, Value>, GraphError> {
    if let Some(named) = body.get("@odata.type") {
        let named = named.as_str().unwrap_or_default().trim_start_matches('#');
        if named != kind.0 {
            return Err(invalid_body(format!(
                "The rule is a '{}', not a '{named}'.",
                kind.0
            )));
        }
    }
    let mut out = Map::new();
    for (name, value) in body.iter().filter(|(k, _)| !k.contains('@')) {
        if name == "isEnabled" {
            let flag = value
                .as_bool()
                .ok_or_else(|| invalid_body("isEnabled must be a boolean.".into()))?;
            out.insert(name.clone(), Value::Bool(flag));
        } else if name == kind.2 {
            let number = value.as_i64().filter(|n| *n >= 1).ok_or_else(|| {
                invalid_body(format!("{name} must be a whole number of at least 1."))
            })?;
            out.insert(name.clone(), Value::from(number));
        } else if LifecyclePolicyRule::property(name).is_some()
            || crate::data::policies::RULE_KINDS
                .iter()
                .any(|k| k.2 == name)
        {
            return Err(GraphError::bad_request(format!(
                "Property '{name}' cannot be set on a '{}'.",
                kind.1
            ))
            .with_inner_code("PropertyNotUpdatable"));
        } else {
            return Err(GraphError::bad_request(format!(
                "The type '{}' has no property '{name}'.",
                kind.0
            ))
            .with_inner_code("PropertyNotFound"));
        }
    }
    Ok(out)
}

/// The `orderedPolicyIds` of a priority configuration update, the property its page lists.
pub fn decode_priority(
    body: &Map<String, Value>,
    rules: &[BodyParam],
) -> Result<Vec<String>, GraphError> {
    check_names::<LifecyclePolicyPriorityConfiguration>(body, rules, |name| {
        GraphError::bad_request(format!(
            "Property '{name}' cannot be updated; a priority configuration update accepts only {}.",
            settable(rules)
        ))
        .with_inner_code("PropertyNotUpdatable")
    })?;
    let ids = body
        .get("orderedPolicyIds")
        .and_then(Value::as_array)
        .ok_or_else(|| invalid_body("The body needs an 'orderedPolicyIds' array.".into()))?;
    ids.iter()
        .map(|id| {
            id.as_str()
                .map(str::to_owned)
                .ok_or_else(|| invalid_body("orderedPolicyIds holds strings only.".into()))
        })
        .collect()
}

/// Refuses a property `T` does not have, and with `refused` one the request may not set: one
/// its request body table does not list, or, when `rules` is empty (the page has no table), a
/// read-only one.
fn check_names<T: GraphType>(
    body: &Map<String, Value>,
    rules: &[BodyParam],
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
        let settable = if rules.is_empty() {
            !property.read_only
        } else {
            rules.iter().any(|p| p.name == property.name)
        };
        if !settable {
            return Err(refused(name));
        }
    }
    Ok(())
}

/// The first property `rules` mark required that `body` lacks (or sends as `null`).
fn missing_required(body: &Map<String, Value>, rules: &[BodyParam]) -> Option<&'static str> {
    rules
        .iter()
        .filter(|p| p.required)
        .map(|p| p.name)
        .find(|name| body.get(*name).is_none_or(Value::is_null))
}

/// The properties `rules` list, for a message: `description, displayName`.
fn settable(rules: &[BodyParam]) -> String {
    let names: Vec<&str> = rules.iter().map(|p| p.name).collect();
    names.join(", ")
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

    /// The generated request body rules of the beta operation `id`.
    fn rules(id: &str) -> &'static [BodyParam] {
        match lcw_models::beta::OPERATIONS.iter().find(|o| o.id == id) {
            Some(op) => op.body,
            None => panic!("no operation {id}"),
        }
    }

    fn check(
        body: Value,
        write: WorkflowWrite,
        include_future: bool,
    ) -> Result<Workflow, Option<String>> {
        let map = body.as_object().cloned().unwrap_or_default();
        let rules = match write {
            WorkflowWrite::Create => rules("lifecycleworkflowscontainer-post-workflows"),
            WorkflowWrite::Update => rules("workflow-update"),
            WorkflowWrite::NewVersion => &[],
        };
        decode_workflow(&map, write, rules, include_future).map_err(|e| e.inner_code)
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
        assert_eq!(
            ok.ok().and_then(|w| w.display_name.into_option()),
            Some("a".to_owned())
        );
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
            cleared.ok().and_then(|w| w.description.into_option()),
            Some(String::new())
        );
    }

    #[test]
    fn task_update_takes_the_documented_properties_only() {
        let map = |v: Value| v.as_object().cloned().unwrap_or_default();
        let update = rules("task-update");
        let task_inner = |v: Value| {
            decode_task_update(&map(v), update)
                .err()
                .and_then(|e| e.inner_code)
        };
        let ok = decode_task_update(
            &map(json!({"displayName": "a", "description": null})),
            update,
        );
        assert_eq!(
            ok.ok()
                .map(|t| (t.display_name.into_option(), t.description.into_option())),
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
        let required: Vec<&str> = rules("lifecycleworkflowscontainer-post-workflows")
            .iter()
            .filter(|p| p.required)
            .map(|p| p.name)
            .collect();
        assert!(!required.is_empty());
        for required in required {
            let mut body = new_workflow();
            if let Some(map) = body.as_object_mut() {
                map.remove(required);
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
    fn without_a_table_any_writable_property_may_be_set() {
        let mut body = new_workflow();
        body["isEnabled"] = json!(true);
        body["createdDateTime"] = json!("2024-01-01T00:00:00Z");
        assert!(check(body, WorkflowWrite::NewVersion, false).is_ok());
        // `entity.id` is `Read-only.` in the docs.
        let read_only = json!({"id": "x"}).as_object().cloned().unwrap_or_default();
        let refused = check_names::<lcw_models::beta::Entity>(&read_only, &[], |name| {
            GraphError::bad_request(name.to_owned()).with_inner_code("PropertyReadOnly")
        });
        assert_eq!(
            refused.err().and_then(|e| e.inner_code).as_deref(),
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
