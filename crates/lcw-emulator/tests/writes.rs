//! Writes over real HTTP: create, update, delete, restore, purge, activate, new version, resume.

mod common;

use common::{NEW_WORKFLOW, codes, small_config, start};

#[tokio::test]
async fn workflow_lifecycle() {
    let f = start(small_config()).await;
    let body = r##"{"displayName":"Hire day","description":"d","category":"joiner","isEnabled":true,
        "executionConditions":{"@odata.type":"#microsoft.graph.identityGovernance.onDemandExecutionOnly"},
        "tasks":[{"displayName":"Enable","taskDefinitionId":"6fc52c9d-398b-4305-9763-15f42c1676fc","category":"joiner"}]}"##;
    let (status, created) = f.send(f.client.post(f.beta("workflows")).body(body)).await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    assert_eq!(created["displayName"], "Hire day");
    assert_eq!(created["version"], 1);
    assert_eq!(
        created["tasks"].as_array().map(Vec::len),
        Some(1),
        "tasks are expanded by default"
    );

    let (status, _) = f
        .send(
            f.client
                .patch(f.beta(&format!("workflows/{id}")))
                .body(r#"{"description":"new"}"#),
        )
        .await;
    assert_eq!(status, 204);
    let (_, got) = f.get(&f.beta(&format!("workflows/{id}"))).await;
    assert_eq!(got["description"], "new");

    let (status, _) = f.send(f.client.post(f.beta(&format!("workflows/{id}/createNewVersion"))).body(r#"{"workflow":{"displayName":"Hire day v2","tasks":[{"displayName":"a"},{"displayName":"b"}]}}"#)).await;
    assert_eq!(status, 200);
    let (_, versions) = f.get(&f.beta(&format!("workflows/{id}/versions"))).await;
    assert_eq!(versions["value"].as_array().map(Vec::len), Some(2));
    let (_, tasks) = f.get(&f.beta(&format!("workflows/{id}/tasks"))).await;
    assert_eq!(tasks["value"].as_array().map(Vec::len), Some(2));

    let (status, _) = f
        .send(f.client.delete(f.beta(&format!("workflows/{id}"))))
        .await;
    assert_eq!(status, 204);
    let (status, _) = f.get(&f.beta(&format!("workflows/{id}"))).await;
    assert_eq!(status, 404);
    let (status, deleted) = f
        .get(&f.beta(&format!("deletedItems/workflows/{id}")))
        .await;
    assert_eq!(status, 200);
    assert!(deleted["deletedDateTime"].is_string());
    let (status, _) = f
        .send(
            f.client
                .post(f.beta(&format!("deletedItems/workflows/{id}/restore"))),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = f.get(&f.beta(&format!("workflows/{id}"))).await;
    assert_eq!(status, 200);

    let (status, _) = f
        .send(f.client.delete(f.beta(&format!("workflows/{id}"))))
        .await;
    assert_eq!(status, 204);
    let (status, _) = f
        .send(
            f.client
                .delete(f.beta(&format!("deletedItems/workflows/{id}"))),
        )
        .await;
    assert_eq!(status, 204);
    let (status, _) = f
        .get(&f.beta(&format!("deletedItems/workflows/{id}")))
        .await;
    assert_eq!(status, 404);
    f.emulator.stop().await;
}

#[tokio::test]
async fn activate_adds_a_consistent_run_and_resume_finishes_a_task() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    let (_, scope) = f
        .get(&f.beta(&format!("workflows/{w}/executionScope")))
        .await;
    let user = scope["value"][0]["subject"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let (_, before) = f
        .get(&f.beta(&format!("workflows/{w}/runs?$count=true&$top=1")))
        .await;
    let body = format!(r#"{{"subjects":[{{"id":"{user}"}}]}}"#);
    let (status, _) = f
        .send(
            f.client
                .post(f.beta(&format!("workflows/{w}/activate")))
                .body(body),
        )
        .await;
    assert_eq!(status, 204);
    let (_, after) = f
        .get(&f.beta(&format!(
            "workflows/{w}/runs?$count=true&$orderby=scheduledDateTime desc&$top=1"
        )))
        .await;
    assert_eq!(
        after["@odata.count"].as_i64(),
        before["@odata.count"].as_i64().map(|n| n + 1)
    );
    let run = &after["value"][0];
    assert_eq!(run["workflowExecutionType"], "onDemand");
    assert_eq!(run["processingStatus"], "queued");
    assert_eq!(run["totalUsersCount"], 1);

    let run_id = run["id"].as_str().unwrap_or_default();
    let (_, results) = f
        .get(&f.beta(&format!(
            "workflows/{w}/runs/{run_id}/taskProcessingResults"
        )))
        .await;
    let result = &results["value"][0];
    let (task, result_id) = (
        result["task"]["id"].as_str().unwrap_or_default(),
        result["id"].as_str().unwrap_or_default(),
    );
    let resume = f.beta(&format!(
        "workflows/{w}/tasks/{task}/taskProcessingResults/{result_id}/resume"
    ));
    let (status, _) = f
        .send(
            f.client
                .post(&resume)
                .body(r#"{"data":{"operationStatus":"sideways"}}"#),
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = f
        .send(
            f.client
                .post(&resume)
                .body(r#"{"source":"s","type":"t","data":{"operationStatus":"completed"}}"#),
        )
        .await;
    assert_eq!(status, 204);
    let (_, run_after) = f
        .get(&f.beta(&format!("workflows/{w}/runs/{run_id}")))
        .await;
    assert_eq!(
        run_after["totalUnprocessedTasksCount"].as_i64(),
        run["totalUnprocessedTasksCount"].as_i64().map(|n| n - 1)
    );
    f.emulator.stop().await;
}

#[tokio::test]
async fn patch_applies_every_updatable_property_and_refuses_the_rest() {
    let f = start(small_config()).await;
    let (status, created) = f
        .send(f.client.post(f.beta("workflows")).body(NEW_WORKFLOW))
        .await;
    assert_eq!(status, 201, "{created}");
    let url = f.beta(&format!(
        "workflows/{}",
        created["id"].as_str().unwrap_or_default()
    ));
    let change = r#"{"displayName":"renamed","description":"why","isEnabled":true,"isSchedulingEnabled":true}"#;
    let (status, body) = f.send(f.client.patch(&url).body(change)).await;
    assert_eq!(status, 204, "{body}");
    let (_, got) = f.get(&url).await;
    let changed: serde_json::Value = serde_json::from_str(change).unwrap_or_default();
    for (name, value) in changed.as_object().into_iter().flatten() {
        assert_eq!(&got[name], value, "{name}");
    }
    let refused = [
        (r#"{"id":"x"}"#, "PropertyNotUpdatable"),
        (
            r#"{"createdDateTime":"2024-01-01T00:00:00Z"}"#,
            "PropertyNotUpdatable",
        ),
        (r#"{"category":"leaver"}"#, "PropertyNotUpdatable"),
        (
            r#"{"displayName":"ok","version":9}"#,
            "PropertyNotUpdatable",
        ),
        (r#"{"madeUp":1}"#, "PropertyNotFound"),
        (r#"{"isEnabled":"yes"}"#, "InvalidRequestBody"),
    ];
    for (body, inner) in refused {
        let (status, answer) = f.send(f.client.patch(&url).body(body)).await;
        assert_eq!(
            (status, codes(&answer)),
            (400, ("BadRequest".to_owned(), inner.to_owned())),
            "{body}"
        );
    }
    let (_, after) = f.get(&url).await;
    assert_eq!(
        after["displayName"], "renamed",
        "a refused PATCH changes nothing"
    );
    f.emulator.stop().await;
}

#[tokio::test]
async fn create_refuses_a_body_without_a_required_property() {
    let f = start(small_config()).await;
    let full: serde_json::Value = serde_json::from_str(NEW_WORKFLOW).unwrap_or_default();
    for required in ["displayName", "category", "executionConditions", "tasks"] {
        let mut body = full.clone();
        if let Some(map) = body.as_object_mut() {
            map.remove(required);
        }
        let (status, answer) = f
            .send(f.client.post(f.beta("workflows")).body(body.to_string()))
            .await;
        assert_eq!(
            (status, codes(&answer).1.as_str()),
            (400, "InvalidRequestBody"),
            "{required}: {answer}"
        );
    }
    let (status, answer) = f
        .send(f.client.post(f.beta("workflows")).body(NEW_WORKFLOW))
        .await;
    assert_eq!(status, 201, "{answer}");
    f.emulator.stop().await;
}

/// `PATCH .../tasks/{taskId}` (documented in v1.0) changes the name and description only.
#[tokio::test]
async fn task_update_changes_what_the_page_lists() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    let v1 = |rest: &str| f.url(&format!("/v1.0/{}/{rest}", common::LCW));
    let (_, tasks) = f.get(&v1(&format!("workflows/{w}/tasks"))).await;
    let task = tasks["value"][0].clone();
    let t = task["id"].as_str().unwrap_or_default().to_owned();
    let url = v1(&format!("workflows/{w}/tasks/{t}"));
    let (status, answer) = f
        .send(
            f.client
                .patch(&url)
                .body(r#"{"displayName":"Renamed","description":"Why"}"#),
        )
        .await;
    assert_eq!(status, 204, "{answer}");
    let (_, got) = f.get(&url).await;
    assert_eq!(
        (got["displayName"].as_str(), got["description"].as_str()),
        (Some("Renamed"), Some("Why"))
    );
    assert_eq!(got["executionSequence"], task["executionSequence"]);
    let (_, through_beta) = f.get(&f.beta(&format!("workflows/{w}/tasks/{t}"))).await;
    assert_eq!(through_beta["displayName"], "Renamed");
    for (body, inner) in [
        (r#"{"isEnabled":false}"#, "PropertyNotUpdatable"),
        (r#"{"nope":1}"#, "PropertyNotFound"),
        (r#"{"displayName":null}"#, "InvalidRequestBody"),
    ] {
        let (status, answer) = f.send(f.client.patch(&url).body(body)).await;
        assert_eq!(
            (status, codes(&answer).1.as_str()),
            (400, inner),
            "{body}: {answer}"
        );
    }
    let (_, unchanged) = f.get(&url).await;
    assert_eq!(unchanged["isEnabled"], task["isEnabled"]);
    // beta documents the task update too: it changes the same task, seen from both versions.
    let (status, answer) = f
        .send(
            f.client
                .patch(f.beta(&format!("workflows/{w}/tasks/{t}")))
                .body(r#"{"displayName":"Through beta"}"#),
        )
        .await;
    assert_eq!(status, 204, "{answer}");
    let (_, got) = f.get(&url).await;
    assert_eq!(got["displayName"], "Through beta");
    assert_eq!(got["description"], "Why");
    let (status, answer) = f
        .send(
            f.client
                .patch(f.beta(&format!("workflows/{w}/tasks/{t}")))
                .body(r#"{"isEnabled":false}"#),
        )
        .await;
    assert_eq!(
        (status, codes(&answer).1.as_str()),
        (400, "PropertyNotUpdatable"),
        "{answer}"
    );
    f.emulator.stop().await;
}
