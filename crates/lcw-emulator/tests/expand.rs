//! `$expand` over real HTTP: every relationship the generated metadata lists for a served type
//! is added where the operation documents `$expand` (only those its page names, when it names
//! some), and unknown names are a `400`.

mod common;

use common::{Fixture, codes, small_config, start};
use lcw_models::GraphType;
use lcw_models::beta::{
    TaskProcessingResult, TaskReport, UserProcessingResult, Workflow, WorkflowVersion,
};
use serde_json::Value;

/// The relationship names of a generated type.
fn relationships<T: GraphType>() -> Vec<&'static str> {
    T::PROPERTIES
        .iter()
        .filter(|p| p.is_relationship)
        .map(|p| p.name)
        .collect()
}

/// The first item of a collection answer, or the entity answer itself.
fn first(body: &Value) -> &Value {
    body.get("value").map_or(body, |v| &v[0])
}

/// Asks for every relationship of `T` on `path` at once (or those of `only`, for an operation
/// whose page restricts `$expand`) and checks each is there, with data.
async fn expands_all<T: GraphType>(f: &Fixture, path: &str) -> Value {
    expands_these::<T>(f, path, &relationships::<T>()).await
}

async fn expands_these<T: GraphType>(f: &Fixture, path: &str, names: &[&str]) -> Value {
    let names = names.to_vec();
    assert!(!names.is_empty(), "{} has relationships", T::ODATA_TYPE);
    let (status, body) = f
        .get(&f.beta(&format!("{path}?$expand={}", names.join(","))))
        .await;
    assert_eq!(status, 200, "{path}: {body}");
    let item = first(&body);
    for name in names {
        let value = &item[name];
        let has_data = value
            .as_array()
            .map_or(value.is_object(), |items| !items.is_empty());
        assert!(has_data, "{path}: {name} expanded to {value}");
    }
    item.clone()
}

#[tokio::test]
async fn every_relationship_of_the_served_types_expands() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    // The workflow pages name the relationships `$expand` works on.
    let get_workflow = expandable("workflow-get");
    let workflow = expands_these::<Workflow>(&f, &format!("workflows/{w}"), get_workflow).await;
    assert!(workflow["createdBy"]["displayName"].is_string());
    let (_, tasks) = f.get(&f.beta(&format!("workflows/{w}/tasks"))).await;
    assert_eq!(
        workflow["tasks"][0], tasks["value"][0],
        "an expanded task is the task itself"
    );
    let list_workflows = expandable("lifecycleworkflowscontainer-list-workflows");
    expands_these::<Workflow>(&f, "workflows", list_workflows).await;
    let (_, runs) = f.get(&f.beta(&format!("workflows/{w}/runs"))).await;
    expands_all::<WorkflowVersion>(&f, &format!("workflows/{w}/versions")).await;
    expands_all::<TaskReport>(&f, &format!("workflows/{w}/taskReports")).await;
    let user_result =
        expands_all::<UserProcessingResult>(&f, &format!("workflows/{w}/userProcessingResults"))
            .await;
    let u = user_result["id"].as_str().unwrap_or_default();
    assert_eq!(
        user_result["subject"]["id"],
        user_result["taskProcessingResults"][0]["subject"]["id"]
    );
    expands_all::<UserProcessingResult>(&f, &format!("workflows/{w}/executionScope")).await;
    let task_result = expands_all::<TaskProcessingResult>(
        &f,
        &format!("workflows/{w}/userProcessingResults/{u}/taskProcessingResults"),
    )
    .await;
    assert!(
        task_result["subject"]["displayName"].is_string(),
        "an expanded subject is the whole user"
    );
    let r = runs["value"][0]["id"].as_str().unwrap_or_default();
    expands_all::<TaskProcessingResult>(
        &f,
        &format!("workflows/{w}/runs/{r}/taskProcessingResults"),
    )
    .await;
    f.emulator.stop().await;
}

#[tokio::test]
async fn select_and_expand_combine_and_bad_names_are_refused() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    let (status, body) = f
        .get(&f.beta(&format!("workflows/{w}?$select=id&$expand=createdBy")))
        .await;
    assert_eq!(status, 200, "{body}");
    let keys: Vec<&str> = body
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(keys, ["@odata.context", "createdBy", "id"]);
    let cases = [
        (format!("workflows/{w}?$expand=nothing"), "PropertyNotFound"),
        (
            format!("workflows/{w}?$expand=displayName"),
            "InvalidExpand",
        ),
        (
            format!("workflows/{w}?$expand=createdBy($select=id)"),
            "UnsupportedQueryOption",
        ),
        // Relationships the workflow pages do not name for `$expand`.
        (
            format!("workflows/{w}?$expand=versions"),
            "UnsupportedExpandProperty",
        ),
        (
            "workflows?$expand=runs".to_owned(),
            "UnsupportedExpandProperty",
        ),
        (
            "workflows?$expand=createdBy,runs".to_owned(),
            "UnsupportedExpandProperty",
        ),
        (
            format!("workflows/{w}/runs?$expand=userProcessingResults"),
            "UnsupportedQueryOption",
        ),
    ];
    for (path, inner) in cases {
        let (status, body) = f.get(&f.beta(&path)).await;
        assert_eq!(
            (status, codes(&body)),
            (400, ("BadRequest".to_owned(), inner.to_owned())),
            "{path}"
        );
    }
    f.emulator.stop().await;
}

/// The relationships the generated beta table says an operation's `$expand` may name.
fn expandable(id: &str) -> &'static [&'static str] {
    lcw_models::beta::OPERATIONS
        .iter()
        .find(|op| op.id == id)
        .map(|op| op.expandable)
        .unwrap_or_else(|| panic!("no beta operation `{id}`"))
}
