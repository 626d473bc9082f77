//! The tenant-wide objects of the lifecycle workflows container: the built-in task definitions
//! and workflow templates (with the ids Graph gives them), the custom task extensions, and the
//! tenant settings. Seeded tasks use these definitions; tasks of the custom extension
//! definition name a seeded extension.

use lcw_models::beta::{
    CustomTaskExtension, LifecycleManagementSettings, TaskDefinition, WorkflowTemplate,
};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use super::facts::DataSet;
use super::policies::Policies;
use super::render::to_object;
use crate::clock::{Ticks, format_rfc3339};

/// Built-in task definition ids, as Graph has them.
pub const ADD_USER_TO_GROUPS: &str = "22085229-5809-45e8-97fd-270d28d66910";
/// See [`ADD_USER_TO_GROUPS`].
pub const DISABLE_USER_ACCOUNT: &str = "1dfdfcc7-52fa-4c2e-bf3a-e3919cc12950";
/// See [`ADD_USER_TO_GROUPS`].
pub const ENABLE_USER_ACCOUNT: &str = "6fc52c9d-398b-4305-9763-15f42c1676fc";
/// See [`ADD_USER_TO_GROUPS`].
pub const REMOVE_FROM_SELECTED_GROUPS: &str = "1953a66c-751c-45e5-8bfe-01462c70da3c";
/// See [`ADD_USER_TO_GROUPS`].
pub const GENERATE_TAP: &str = "1b555e50-7f65-41d5-b514-5894a026d10d";
/// See [`ADD_USER_TO_GROUPS`].
pub const SEND_WELCOME_EMAIL: &str = "70b29d51-b59a-4773-9280-8841dfd3f2ea";
/// See [`ADD_USER_TO_GROUPS`].
pub const ADD_USER_TO_TEAMS: &str = "e440ed8d-25a1-4618-84ce-091ed5be5594";
/// See [`ADD_USER_TO_GROUPS`].
pub const DELETE_USER_ACCOUNT: &str = "8d18588d-9ad3-4c0f-99d0-ec215f0e3dff";
/// See [`ADD_USER_TO_GROUPS`].
pub const REMOVE_FROM_SELECTED_TEAMS: &str = "06aa7acb-01af-4824-8899-b14e5ed788d6";
/// See [`ADD_USER_TO_GROUPS`].
pub const REMOVE_FROM_ALL_GROUPS: &str = "b3a31406-2a15-4c9a-b25b-a658fa5f07fc";
/// See [`ADD_USER_TO_GROUPS`].
pub const REMOVE_FROM_ALL_TEAMS: &str = "81f7b200-2816-4b3b-8c5d-dc556f07b024";
/// See [`ADD_USER_TO_GROUPS`].
pub const REMOVE_ALL_LICENSES: &str = "8fa97d28-3e52-4985-b3a9-a1126f9b8b4e";
/// See [`ADD_USER_TO_GROUPS`].
pub const RUN_CUSTOM_TASK_EXTENSION: &str = "4262b724-8dba-4fad-afc3-43fcbb497a0e";

/// id, category, display name, description, parameters (name, allowed values).
type DefinitionRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static [&'static str])],
);

const DEFINITIONS: &[DefinitionRow] = &[
    (
        ADD_USER_TO_GROUPS,
        "joiner,leaver",
        "Add User To Groups",
        "Add user to selected groups",
        &[("groupID", &[])],
    ),
    (
        DISABLE_USER_ACCOUNT,
        "joiner,leaver",
        "Disable User Account",
        "Disable user account in the directory",
        &[],
    ),
    (
        ENABLE_USER_ACCOUNT,
        "joiner,leaver",
        "Enable User Account",
        "Enable user account in the directory",
        &[],
    ),
    (
        REMOVE_FROM_SELECTED_GROUPS,
        "joiner,leaver",
        "Remove user from selected groups",
        "Remove user from membership of selected Azure AD groups",
        &[("groupID", &[])],
    ),
    (
        GENERATE_TAP,
        "joiner",
        "Generate TAP And Send Email",
        "Generate Temporary Access Pass and send via email to user's manager",
        &[
            ("tapLifetimeMinutes", &[]),
            ("tapIsUsableOnce", &["true", "false"]),
        ],
    ),
    (
        SEND_WELCOME_EMAIL,
        "joiner",
        "Send Welcome Email",
        "Send welcome email to new hire",
        &[],
    ),
    (
        ADD_USER_TO_TEAMS,
        "joiner,leaver",
        "Add User To Teams",
        "Add user to selected teams",
        &[("teamID", &[])],
    ),
    (
        DELETE_USER_ACCOUNT,
        "leaver",
        "Delete User Account",
        "Delete user account in Azure AD",
        &[],
    ),
    (
        REMOVE_FROM_SELECTED_TEAMS,
        "joiner,leaver",
        "Remove user from selected Teams",
        "Remove user from membership of selected Teams",
        &[("teamID", &[])],
    ),
    (
        REMOVE_FROM_ALL_GROUPS,
        "leaver",
        "Remove user from all groups",
        "Remove user from all Azure AD groups memberships",
        &[],
    ),
    (
        REMOVE_FROM_ALL_TEAMS,
        "leaver",
        "Remove user from all Teams",
        "Remove user from all Teams memberships",
        &[],
    ),
    (
        REMOVE_ALL_LICENSES,
        "leaver",
        "Remove all licenses for user",
        "Remove all licenses assigned to the user",
        &[],
    ),
    (
        RUN_CUSTOM_TASK_EXTENSION,
        "joiner,leaver",
        "Run a Custom Task Extension",
        "Run a Custom Task Extension to callout to an external system.",
        &[("customTaskExtensionID", &[])],
    ),
];

/// id, category, display name, description, trigger attribute, offset in days, task definitions.
type TemplateRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i32,
    &'static [&'static str],
);

const TEMPLATES: &[TemplateRow] = &[
    (
        "77179007-8114-41b5-922e-2e22109df41f",
        "joiner",
        "Onboard pre-hire employee",
        "Configure pre-hire tasks for onboarding employees before their first day",
        "employeeHireDate",
        -7,
        &[GENERATE_TAP],
    ),
    (
        "4e06785d-7c1d-4b24-b9e1-bba2b890c58b",
        "joiner",
        "Onboard new hire employee",
        "Configure new hire tasks for onboarding employees on their first day",
        "employeeHireDate",
        0,
        &[ENABLE_USER_ACCOUNT, SEND_WELCOME_EMAIL, ADD_USER_TO_GROUPS],
    ),
    (
        "145735f1-57cc-48c2-81ec-727f07a10096",
        "leaver",
        "Real-time employee termination",
        "Execute real-time termination tasks for employees on their last day of work",
        "employeeLeaveDateTime",
        0,
        &[
            REMOVE_FROM_ALL_GROUPS,
            REMOVE_FROM_ALL_TEAMS,
            DELETE_USER_ACCOUNT,
        ],
    ),
    (
        "25abd83d-3b5d-4d6f-bb9a-4ed366fd96b1",
        "leaver",
        "Pre-Offboarding of an employee",
        "Configure pre-offboarding tasks for employees before their last day of work",
        "employeeLeaveDateTime",
        -7,
        &[REMOVE_FROM_SELECTED_GROUPS, REMOVE_FROM_SELECTED_TEAMS],
    ),
    (
        "e821c59e-d28c-44d7-902f-5fed05e926f1",
        "leaver",
        "Offboard an employee",
        "Configure offboarding tasks for employees on their last day of work",
        "employeeLeaveDateTime",
        0,
        &[
            DISABLE_USER_ACCOUNT,
            REMOVE_FROM_ALL_GROUPS,
            REMOVE_FROM_ALL_TEAMS,
        ],
    ),
    (
        "50149a4a-7c2d-4fd8-8018-761f4eb915cb",
        "leaver",
        "Post-Offboarding of an employee",
        "Configure offboarding tasks for employees after their last day of work",
        "employeeLeaveDateTime",
        7,
        &[
            REMOVE_ALL_LICENSES,
            REMOVE_FROM_ALL_TEAMS,
            DELETE_USER_ACCOUNT,
        ],
    ),
    (
        "b4a9e8f5-6a2f-4c55-9c71-3d2c5f3e8a10",
        "mover",
        "Transfer an employee",
        "Configure tasks for employees who move to another department",
        "employeeHireDate",
        0,
        &[
            ADD_USER_TO_GROUPS,
            REMOVE_FROM_SELECTED_GROUPS,
            RUN_CUSTOM_TASK_EXTENSION,
        ],
    ),
];

/// Decodes a JSON object through the generated type `T` and back, so what is served has the
/// type's shape (and property order).
fn typed<T: DeserializeOwned + serde::Serialize>(value: Value) -> Map<String, Value> {
    match serde_json::from_value::<T>(value.clone()) {
        Ok(model) => to_object(&model),
        Err(_) => value.as_object().cloned().unwrap_or_default(),
    }
}

/// A built-in task definition by id, if there is one.
pub fn definition(id: &str) -> Option<Map<String, Value>> {
    DEFINITIONS
        .iter()
        .find(|d| d.0 == id)
        .map(definition_object)
}

fn definition_object(
    &(id, category, name, description, parameters): &DefinitionRow,
) -> Map<String, Value> {
    let parameters: Vec<Value> = parameters
        .iter()
        .map(|(name, values)| {
            let kind = if values.is_empty() { "string" } else { "enum" };
            json!({"name": name, "values": values, "valueType": kind})
        })
        .collect();
    typed::<TaskDefinition>(json!({
        "id": id,
        "category": category,
        "continueOnError": false,
        "description": description,
        "displayName": name,
        "parameters": parameters,
        "version": 1,
    }))
}

/// The display name of a built-in definition.
pub fn definition_name(id: &str) -> Option<&'static str> {
    DEFINITIONS.iter().find(|d| d.0 == id).map(|d| d.2)
}

fn template_object(row: &TemplateRow, extension: Option<&str>) -> Map<String, Value> {
    let &(id, category, name, description, attribute, offset, tasks) = row;
    let tasks: Vec<Value> = tasks
        .iter()
        .enumerate()
        .filter_map(|(i, def)| {
            let d = DEFINITIONS.iter().find(|d| d.0 == *def)?;
            let arguments: Vec<Value> =
                d.4.iter()
                    .map(|(param, _)| {
                        let value = match (*param, extension) {
                            ("customTaskExtensionID", Some(e)) => e.to_owned(),
                            ("tapLifetimeMinutes", _) => "480".to_owned(),
                            ("tapIsUsableOnce", _) => "true".to_owned(),
                            _ => String::new(),
                        };
                        json!({"name": param, "value": value})
                    })
                    .collect();
            // Template tasks keep ids of their own, derived from the template's.
            let task_id = format!("{}{:012x}", &id[..24], i + 1);
            Some(json!({
                "id": task_id,
                "category": category_of_task(d.1, category),
                "continueOnError": false,
                "description": d.3,
                "displayName": d.2,
                "executionSequence": i + 1,
                "isEnabled": true,
                "taskDefinitionId": d.0,
                "arguments": arguments,
            }))
        })
        .collect();
    typed::<WorkflowTemplate>(json!({
        "id": id,
        "category": category,
        "description": description,
        "displayName": name,
        "executionConditions": {
            "@odata.type": "#microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
            "scope": {
                "@odata.type": "#microsoft.graph.identityGovernance.ruleBasedSubjectSet",
                "rule": "department eq 'Marketing'"
            },
            "trigger": {
                "@odata.type": "#microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
                "timeBasedAttribute": attribute,
                "offsetInDays": offset
            }
        },
        "tasks": tasks,
    }))
}

/// A task's category within a template: the definition's categories that the template's
/// category shares, else the definition's own.
fn category_of_task(definition: &'static str, template: &str) -> &'static str {
    if definition.split(',').any(|c| c == template) {
        match template {
            "joiner" => "joiner",
            "leaver" => "leaver",
            _ => definition,
        }
    } else {
        definition
    }
}

/// Tenant-wide objects.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Built-in task definitions.
    pub definitions: Vec<Map<String, Value>>,
    /// Workflow templates.
    pub templates: Vec<Map<String, Value>>,
    /// Custom task extensions, in creation order.
    pub extensions: Vec<Map<String, Value>>,
    /// `lifecycleManagementSettings`.
    pub settings: Map<String, Value>,
    /// Lifecycle policies (beta) and their priority configurations.
    pub policies: Policies,
}

/// The settings a tenant starts with.
pub fn default_settings() -> Map<String, Value> {
    typed::<LifecycleManagementSettings>(json!({
        "id": "d4b3b0e8-4f43-4a4e-9f5b-5f2f7d1b7d3a",
        "workflowScheduleIntervalInHours": 3,
        "emailSettings": {
            "senderDomain": "ContosoIndustries.net",
            "useCompanyBranding": true
        }
    }))
}

/// A custom task extension object (endpoint, authentication and callback as Graph shows them).
pub fn extension_object(
    id: &str,
    name: &str,
    description: &str,
    created: Ticks,
    creator: &str,
) -> Map<String, Value> {
    typed::<CustomTaskExtension>(json!({
        "id": id,
        "displayName": name,
        "description": description,
        "createdDateTime": format_rfc3339(created),
        "lastModifiedDateTime": format_rfc3339(created),
        "endpointConfiguration": {
            "@odata.type": "#microsoft.graph.logicAppTriggerEndpointConfiguration",
            "subscriptionId": "c500b67c-e9b7-4ad2-a90d-77d41385ae55",
            "resourceGroupName": "RG-LCM",
            "logicAppWorkflowName": name.replace(' ', "-"),
            "url": format!("https://prod-01.westus.logic.azure.com/workflows/{id}/triggers/manual/paths/invoke")
        },
        "authenticationConfiguration": {
            "@odata.type": "#microsoft.graph.azureAdPopTokenAuthentication"
        },
        "clientConfiguration": {
            "maximumRetries": 1,
            "timeoutInMilliseconds": 1000
        },
        "callbackConfiguration": {
            "@odata.type": "#microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
            "timeoutDuration": "PT5M"
        },
        "createdBy": {"id": creator},
        "lastModifiedBy": {"id": creator},
    }))
}

impl Catalog {
    /// The catalog of the tenant `data` describes.
    pub fn new(data: &DataSet, created: Ticks, seed: u64) -> Self {
        let creator = data.users.first().map_or("", |u| u.id.as_str());
        let extensions = data
            .extension_ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                extension_object(
                    id,
                    &format!("Contoso logic app {}", i + 1),
                    "Calls out to a logic app of the tenant",
                    created,
                    creator,
                )
            })
            .collect();
        let first_extension = data.extension_ids.first().map(String::as_str);
        Self {
            definitions: DEFINITIONS.iter().map(definition_object).collect(),
            templates: TEMPLATES
                .iter()
                .map(|row| template_object(row, first_extension))
                .collect(),
            extensions,
            settings: default_settings(),
            policies: Policies::seeded(seed, created),
        }
    }

    /// Position of a definition by id.
    pub fn definition(&self, id: &str) -> Option<usize> {
        position(&self.definitions, id)
    }

    /// Position of a template by id.
    pub fn template(&self, id: &str) -> Option<usize> {
        position(&self.templates, id)
    }

    /// Position of an extension by id.
    pub fn extension(&self, id: &str) -> Option<usize> {
        position(&self.extensions, id)
    }
}

fn position(items: &[Map<String, Value>], id: &str) -> Option<usize> {
    items
        .iter()
        .position(|m| m.get("id").and_then(Value::as_str) == Some(id))
}

/// Shallow merge of a PATCH body: each property replaces the old one; `null` removes it.
pub fn merge(target: &mut Map<String, Value>, patch: &Map<String, Value>) {
    for (k, v) in patch {
        if v.is_null() {
            target.remove(k);
        } else {
            target.insert(k.clone(), v.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::facts::Sizes;

    #[test]
    fn seeded_tasks_use_real_definitions_and_extensions() {
        let data = DataSet::generate(
            3,
            Sizes {
                workflows: 4,
                tasks_per_workflow: 5,
                ..Sizes::default()
            },
        );
        let catalog = Catalog::new(&data, 0, 3);
        let mut custom = 0;
        for task in data.workflows.iter().flat_map(|w| &w.tasks) {
            assert!(catalog.definition(&task.task_definition_id).is_some());
            for (name, value) in &task.arguments {
                assert_eq!(name, "customTaskExtensionID");
                assert!(catalog.extension(value).is_some());
                custom += 1;
            }
        }
        assert!(custom > 0, "some task calls an extension");
        for template in &catalog.templates {
            for task in template["tasks"].as_array().into_iter().flatten() {
                let id = task["taskDefinitionId"].as_str().unwrap_or_default();
                assert!(catalog.definition(id).is_some(), "{id}");
            }
        }
    }
}
