//! The container's other families over real HTTP: task definitions, workflow templates,
//! custom task extensions, settings, insights, subject processing results, reprocessed runs and
//! the workflow actions beyond `activate`. Reads return the seeded data, writes change later
//! reads, summaries add up with the listed runs and results, errors are Graph's.

mod common;

use common::{Fixture, LCW, codes, small_config, start};
use serde_json::{Value, json};

const WINDOW: &str = "(startDateTime=2000-01-01T00:00:00Z,endDateTime=2100-01-01T00:00:00Z)";

fn int(v: &Value, key: &str) -> i64 {
    v[key].as_i64().unwrap_or(-1)
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

fn ids(list: &Value) -> Vec<String> {
    list["value"]
        .as_array()
        .map(|v| v.iter().map(|x| text(&x["id"])).collect())
        .unwrap_or_default()
}

async fn send_json(f: &Fixture, method: reqwest::Method, url: &str, body: &str) -> (u16, Value) {
    f.send(f.client.request(method, url).body(body.to_owned()))
        .await
}

async fn all_runs(f: &Fixture, w: &str) -> Vec<Value> {
    f.crawl(&f.beta(&format!("workflows/{w}/runs?$top=999")))
        .await
        .0
}

async fn workflows(f: &Fixture) -> Vec<Value> {
    f.crawl(&f.beta("workflows")).await.0
}

#[tokio::test]
async fn task_definitions_and_templates_are_the_ones_tasks_use() {
    let f = start(small_config()).await;
    let (definitions, _) = f.crawl(&f.beta("taskDefinitions")).await;
    let known: Vec<String> = definitions.iter().map(|d| text(&d["id"])).collect();
    assert!(known.len() >= 10, "{known:?}");
    let mut custom_tasks = 0;
    for w in workflows(&f).await {
        for task in w["tasks"].as_array().into_iter().flatten() {
            let id = text(&task["taskDefinitionId"]);
            assert!(known.contains(&id), "{id} of {}", w["id"]);
            let (status, definition) = f.get(&f.beta(&format!("taskDefinitions/{id}"))).await;
            assert_eq!((status, text(&definition["id"])), (200, id.clone()));
            // A task of the custom extension definition names an extension that exists.
            for argument in task["arguments"].as_array().into_iter().flatten() {
                if argument["name"] == "customTaskExtensionID" {
                    custom_tasks += 1;
                    let url = f.beta(&format!(
                        "customTaskExtensions/{}",
                        text(&argument["value"])
                    ));
                    assert_eq!(f.get(&url).await.0, 200);
                }
            }
        }
    }
    assert!(
        custom_tasks > 0,
        "the seeded data has a custom extension task"
    );
    let (templates, _) = f.crawl(&f.beta("workflowTemplates")).await;
    let categories: Vec<String> = templates.iter().map(|t| text(&t["category"])).collect();
    for w in workflows(&f).await {
        // Without the Prefer header a later category reads as the sentinel on both sides.
        assert!(
            categories.contains(&text(&w["category"])),
            "{}",
            w["category"]
        );
    }
    for template in &templates {
        let (status, one) = f
            .get(&f.beta(&format!("workflowTemplates/{}", text(&template["id"]))))
            .await;
        assert_eq!(
            (status, &one["displayName"]),
            (200, &template["displayName"])
        );
        for task in template["tasks"].as_array().into_iter().flatten() {
            assert!(known.contains(&text(&task["taskDefinitionId"])), "{task}");
        }
    }
    let (status, leavers) = f
        .get(&f.beta("workflowTemplates?$filter=category eq 'leaver'"))
        .await;
    assert_eq!(status, 200, "{leavers}");
    assert!(
        leavers["value"]
            .as_array()
            .is_some_and(|v| !v.is_empty() && v.iter().all(|t| t["category"] == "leaver"))
    );
    // v1.0 serves the same definitions; unknown ids are 404.
    let (v1, _) = f
        .crawl(&f.url(&format!("/v1.0/{LCW}/taskDefinitions")))
        .await;
    let v1: Vec<String> = v1.iter().map(|d| text(&d["id"])).collect();
    assert_eq!(v1, known);
    for path in ["taskDefinitions/nope", "workflowTemplates/nope"] {
        let (status, body) = f.get(&f.beta(path)).await;
        assert_eq!((status, codes(&body).1.as_str()), (404, "ResourceNotFound"));
    }
    f.emulator.stop().await;
}

#[tokio::test]
async fn custom_task_extensions_can_be_created_changed_and_deleted() {
    let f = start(small_config()).await;
    let (_, before) = f.get(&f.beta("customTaskExtensions")).await;
    let before = ids(&before);
    assert!(!before.is_empty());
    let body = json!({
        "displayName": "Mailbox access",
        "description": "Grant the manager access",
        "endpointConfiguration": {
            "@odata.type": "#microsoft.graph.logicAppTriggerEndpointConfiguration",
            "subscriptionId": "c500b67c-e9b7-4ad2-a90d-77d41385ae55",
            "resourceGroupName": "RG-LCM",
            "logicAppWorkflowName": "ManagerAccess"
        },
        "callbackConfiguration": {
            "@odata.type": "#microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
            "timeoutDuration": "PT5M"
        }
    });
    let (status, made) = send_json(
        &f,
        reqwest::Method::POST,
        &f.beta("customTaskExtensions"),
        &body.to_string(),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let id = text(&made["id"]);
    assert_eq!(made["displayName"], "Mailbox access");
    assert_eq!(
        made["endpointConfiguration"]["logicAppWorkflowName"],
        "ManagerAccess"
    );
    assert!(made["createdDateTime"].is_string());
    let one = f.beta(&format!("customTaskExtensions/{id}"));
    assert_eq!(
        f.get(&one).await.1["description"],
        "Grant the manager access"
    );
    let (_, after) = f.get(&f.beta("customTaskExtensions")).await;
    assert_eq!(ids(&after).len(), before.len() + 1);
    let (status, _) = send_json(
        &f,
        reqwest::Method::PATCH,
        &one,
        r#"{"displayName":"Renamed","description":null}"#,
    )
    .await;
    assert_eq!(status, 204);
    let (_, changed) = f.get(&one).await;
    assert_eq!(changed["displayName"], "Renamed");
    assert!(changed.get("description").is_none(), "{changed}");
    // Bad bodies: unknown, read-only, wrong type, missing name on create.
    for (method, url, bad, inner) in [
        (
            reqwest::Method::PATCH,
            one.clone(),
            r#"{"nonsense":1}"#,
            "PropertyNotFound",
        ),
        (
            reqwest::Method::PATCH,
            one.clone(),
            r#"{"createdDateTime":"2024-01-01T00:00:00Z"}"#,
            "PropertyNotUpdatable",
        ),
        (
            reqwest::Method::PATCH,
            one.clone(),
            r#"{"displayName":5}"#,
            "InvalidRequestBody",
        ),
        (
            reqwest::Method::POST,
            f.beta("customTaskExtensions"),
            r#"{"description":"no name","id":"mine"}"#,
            "PropertyNotUpdatable",
        ),
        (
            reqwest::Method::POST,
            f.beta("customTaskExtensions"),
            "[]",
            "InvalidRequestBody",
        ),
    ] {
        let (status, answer) = send_json(&f, method, &url, bad).await;
        assert_eq!(
            (status, codes(&answer).1.as_str()),
            (400, inner),
            "{bad}: {answer}"
        );
    }
    let (status, _) = f.send(f.client.delete(&one)).await;
    assert_eq!(status, 204);
    assert_eq!(f.get(&one).await.0, 404);
    let (_, last) = f.get(&f.beta("customTaskExtensions")).await;
    assert_eq!(ids(&last), before);
    assert_eq!(f.send(f.client.delete(&one)).await.0, 404);
    f.emulator.stop().await;
}

#[tokio::test]
async fn settings_read_and_update() {
    let f = start(small_config()).await;
    let url = f.beta("settings");
    let (status, settings) = f.get(&url).await;
    assert_eq!(status, 200, "{settings}");
    assert!(settings["workflowScheduleIntervalInHours"].is_i64());
    assert!(settings["emailSettings"]["senderDomain"].is_string());
    let body = r#"{"workflowScheduleIntervalInHours":7,"emailSettings":{"senderDomain":"contoso.test","useCompanyBranding":false}}"#;
    let (status, _) = send_json(&f, reqwest::Method::PATCH, &url, body).await;
    assert_eq!(status, 204);
    for prefix in ["beta", "v1.0"] {
        let (_, after) = f.get(&f.url(&format!("/{prefix}/{LCW}/settings"))).await;
        assert_eq!(int(&after, "workflowScheduleIntervalInHours"), 7);
        assert_eq!(after["emailSettings"]["senderDomain"], "contoso.test");
        assert_eq!(after["emailSettings"]["useCompanyBranding"], false);
    }
    for bad in [
        r#"{"workflowScheduleIntervalInHours":0,"emailSettings":{}}"#,
        r#"{"workflowScheduleIntervalInHours":3}"#,
        r#"{"workflowScheduleIntervalInHours":"3","emailSettings":{}}"#,
        r#"{"id":"x","workflowScheduleIntervalInHours":3,"emailSettings":{}}"#,
        r#"{"nonsense":true}"#,
    ] {
        let (status, answer) = send_json(&f, reqwest::Method::PATCH, &url, bad).await;
        assert_eq!(status, 400, "{bad}: {answer}");
    }
    assert_eq!(
        int(&f.get(&url).await.1, "workflowScheduleIntervalInHours"),
        7
    );
    f.emulator.stop().await;
}

/// Every run of every workflow that counts (not deleted), scheduled in the window.
async fn runs_in(f: &Fixture, start: &str, end: &str) -> Vec<(Value, Value)> {
    let mut out = Vec::new();
    for w in workflows(f).await {
        let (runs, _) = f
            .crawl(&f.beta(&format!("workflows/{}/runs?$top=999", text(&w["id"]))))
            .await;
        for r in runs {
            let at = text(&r["scheduledDateTime"]);
            if at.as_str() >= start && at.as_str() < end {
                out.push((w.clone(), r));
            }
        }
    }
    out
}

#[tokio::test]
async fn insights_add_up_with_the_listed_runs() {
    let f = start(small_config()).await;
    // A window that cuts through the history: some runs fall in it, some not.
    let (start_at, end_at) = ("2024-05-26T00:00:00Z", "2024-05-30T00:00:00Z");
    let window = format!("(startDateTime={start_at},endDateTime={end_at})");
    let runs = runs_in(&f, start_at, end_at).await;
    let (status, all) = f.get(&f.beta("workflows/x/runs")).await;
    assert_eq!(status, 404, "{all}");
    assert!(!runs.is_empty());
    let sum = |key: &str| runs.iter().map(|(_, r)| int(r, key)).sum::<i64>();
    let count = |status: &str| {
        runs.iter()
            .filter(|(_, r)| r["processingStatus"] == status)
            .count() as i64
    };
    let (status, summary) = f
        .get(&f.beta(&format!("insights/workflowsProcessedSummary{window}")))
        .await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(int(&summary, "totalRuns"), runs.len() as i64);
    assert_eq!(int(&summary, "successfulRuns"), count("completed"));
    assert_eq!(
        int(&summary, "failedRuns"),
        count("failed") + count("completedWithErrors")
    );
    assert_eq!(int(&summary, "totalUsers"), sum("totalUsersCount"));
    assert_eq!(
        int(&summary, "successfulUsers"),
        sum("successfulUsersCount")
    );
    assert_eq!(int(&summary, "failedUsers"), sum("failedUsersCount"));
    assert_eq!(int(&summary, "totalTasks"), sum("totalTasksCount"));
    assert_eq!(int(&summary, "failedTasks"), sum("failedTasksCount"));
    let (_, by_category) = f
        .get(&f.beta(&format!("insights/workflowsProcessedByCategory{window}")))
        .await;
    let per = |kind: &str| {
        ["Joiner", "Leaver", "Mover"]
            .iter()
            .map(|c| int(&by_category, &format!("{kind}{c}Runs")))
            .sum::<i64>()
    };
    assert_eq!(per("total"), int(&summary, "totalRuns"));
    assert_eq!(per("successful"), int(&summary, "successfulRuns"));
    assert_eq!(per("failed"), int(&summary, "failedRuns"));
    let (_, top_workflows) = f
        .get(&f.beta(&format!("insights/topWorkflowsProcessedSummary{window}")))
        .await;
    let rows = top_workflows["value"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for row in &rows {
        let own = runs
            .iter()
            .filter(|(w, _)| w["id"] == row["workflowId"])
            .count() as i64;
        assert_eq!(int(row, "totalRuns"), own, "{row}");
    }
    let total: i64 = rows.iter().map(|r| int(r, "totalRuns")).sum();
    assert_eq!(total, int(&summary, "totalRuns"));
    let users: i64 = rows.iter().map(|r| int(r, "totalUsers")).sum();
    assert_eq!(users, int(&summary, "totalUsers"));
    let (_, top_tasks) = f
        .get(&f.beta(&format!("insights/topTasksProcessedSummary{window}")))
        .await;
    let rows = top_tasks["value"].as_array().cloned().unwrap_or_default();
    let tasks: i64 = rows.iter().map(|r| int(r, "totalTasks")).sum();
    let failed: i64 = rows.iter().map(|r| int(r, "failedTasks")).sum();
    assert_eq!(tasks, int(&summary, "totalTasks"));
    assert_eq!(failed, int(&summary, "failedTasks"));
    for row in &rows {
        let (status, _) = f
            .get(&f.beta(&format!(
                "taskDefinitions/{}",
                text(&row["taskDefinitionId"])
            )))
            .await;
        assert_eq!(status, 200, "{row}");
    }
    // v1.0 answers the same counts; a bad window is a 400.
    let (_, v1) = f
        .get(&f.url(&format!(
            "/v1.0/{LCW}/insights/workflowsProcessedSummary{window}"
        )))
        .await;
    assert_eq!(int(&v1, "totalRuns"), int(&summary, "totalRuns"));
    for bad in [
        "insights/workflowsProcessedSummary(startDateTime=yesterday,endDateTime=2024-01-01T00:00:00Z)",
        "insights/topTasksProcessedSummary(startDateTime=2024-01-01T00:00:00Z)",
    ] {
        let (status, body) = f.get(&f.beta(bad)).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
    f.emulator.stop().await;
}

#[tokio::test]
async fn subject_processing_results_match_the_user_results() {
    let f = start(small_config()).await;
    let ids_ = f.seeded_ids().await;
    let (w, r) = (&ids_.workflow, &ids_.run);
    let (status, subjects) = f
        .get(&f.beta(&format!("workflows/{w}/runs/{r}/subjectProcessingResults")))
        .await;
    assert_eq!(status, 200, "{subjects}");
    let (_, users) = f
        .get(&f.beta(&format!("workflows/{w}/runs/{r}/userProcessingResults")))
        .await;
    assert_eq!(ids(&subjects), ids(&users));
    let list = subjects["value"].as_array().cloned().unwrap_or_default();
    for (s, u) in list
        .iter()
        .zip(users["value"].as_array().into_iter().flatten())
    {
        assert_eq!(s["subjectType"], "user");
        assert_eq!(s["subject"]["directoryObject"]["id"], u["subject"]["id"]);
        assert_eq!(s["totalTasksCount"], u["totalTasksCount"]);
    }
    let (_, summary) = f
        .get(&f.beta(&format!(
            "workflows/{w}/runs/{r}/subjectProcessingResults/summary{WINDOW}"
        )))
        .await;
    let sum = |k: &str| list.iter().map(|s| int(s, k)).sum::<i64>();
    assert_eq!(int(&summary, "totalSubjects"), list.len() as i64);
    assert_eq!(int(&summary, "totalTasks"), sum("totalTasksCount"));
    assert_eq!(int(&summary, "failedTasks"), sum("failedTasksCount"));
    let completed = list
        .iter()
        .filter(|s| s["processingStatus"] == "completed")
        .count();
    assert_eq!(int(&summary, "successfulSubjects"), completed as i64);
    // A window without the run counts nothing.
    let (_, empty) = f
        .get(&f.beta(&format!(
            "workflows/{w}/runs/{r}/subjectProcessingResults/summary(startDateTime=2000-01-01T00:00:00Z,endDateTime=2000-01-02T00:00:00Z)"
        )))
        .await;
    assert_eq!(int(&empty, "totalSubjects"), 0);
    let one = &ids_.user_result;
    let (status, got) = f
        .get(&f.beta(&format!(
            "workflows/{w}/runs/{r}/subjectProcessingResults/{one}"
        )))
        .await;
    assert_eq!((status, text(&got["id"])), (200, one.clone()));
    let report = &ids_.report;
    let (status, of_report) = f
        .get(&f.beta(&format!(
            "workflows/{w}/taskReports/{report}/subjectProcessingResults"
        )))
        .await;
    assert_eq!((status, ids(&of_report)), (200, ids(&subjects)));
    let (status, v1) = f
        .get(&f.url(&format!(
            "/v1.0/{LCW}/workflows/{w}/runs/{r}/subjectProcessingResults/{one}"
        )))
        .await;
    assert_eq!((status, text(&v1["id"])), (200, one.clone()));
    let (status, body) = f
        .get(&f.beta(&format!(
            "workflows/{w}/runs/{r}/subjectProcessingResults/nope"
        )))
        .await;
    assert_eq!((status, codes(&body).1.as_str()), (404, "ResourceNotFound"));
    f.emulator.stop().await;
}

#[tokio::test]
async fn reprocessed_runs_list_and_unlink() {
    let f = start(small_config()).await;
    let again = f.reprocessed().await;
    let base = f.beta(&format!(
        "deletedItems/workflows/{}/executionScope/{}/reprocessedRuns",
        again.workflow, again.user_result
    ));
    let (status, list) = f.get(&base).await;
    assert_eq!(status, 200, "{list}");
    assert_eq!(ids(&list), vec![again.first.clone(), again.second.clone()]);
    let nested = format!("{base}/{}/reprocessedRuns", again.first);
    let (status, later) = f.get(&nested).await;
    assert_eq!(status, 200, "{later}");
    assert_eq!(ids(&later).first(), Some(&again.second));
    let (status, _) = f
        .send(f.client.delete(format!("{base}/{}/$ref", again.second)))
        .await;
    assert_eq!(status, 204);
    assert_eq!(ids(&f.get(&base).await.1), vec![again.first.clone()]);
    // The nested list keeps its own links.
    assert_eq!(ids(&f.get(&nested).await.1).first(), Some(&again.second));
    let (status, _) = f
        .send(f.client.delete(format!("{nested}/{}/$ref", again.second)))
        .await;
    assert_eq!(status, 204);
    assert!(!ids(&f.get(&nested).await.1).contains(&again.second));
    let (status, body) = f
        .send(f.client.delete(format!("{base}/{}/$ref", again.second)))
        .await;
    assert_eq!((status, codes(&body).1.as_str()), (404, "ResourceNotFound"));
    f.emulator.stop().await;
}

#[tokio::test]
async fn workflow_actions_change_the_runs() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    let user = f.user_id().await;

    let before = all_runs(&f, &w).await.len();
    let action = |name: &str| f.beta(&format!("workflows/{w}/{name}"));
    let (status, _) = send_json(
        &f,
        reqwest::Method::POST,
        &action("activateWithScope"),
        &format!(r#"{{"subjects":[{{"id":"{user}"}}]}}"#),
    )
    .await;
    assert_eq!(status, 204);
    let after = all_runs(&f, &w).await;
    assert_eq!(after.len(), before + 1);
    assert_eq!(
        int(after.last().unwrap_or(&Value::Null), "totalUsersCount"),
        1
    );
    // activateAndWait answers the awaited result: the run is there and finished.
    let body = format!(
        r##"{{"subject":{{"@odata.type":"#microsoft.graph.identityGovernance.provisioningObjectWorkflowSubject","id":"{user}"}}}}"##
    );
    let (status, awaited) =
        send_json(&f, reqwest::Method::POST, &action("activateAndWait"), &body).await;
    assert_eq!(status, 200, "{awaited}");
    assert_eq!(awaited["processingStatus"], "completed");
    assert_eq!(awaited["subject"]["id"], user.as_str());
    let after = all_runs(&f, &w).await;
    assert_eq!(after.len(), before + 2);
    assert_eq!(
        after.last().unwrap_or(&Value::Null)["processingStatus"],
        "completed"
    );
    let unknown = body.replace(&user, "00000000-0000-0000-0000-000000000000");
    let (_, failed) = send_json(
        &f,
        reqwest::Method::POST,
        &action("activateAndWait"),
        &unknown,
    )
    .await;
    assert_eq!(failed["processingStatus"], "failed");
    assert_eq!(all_runs(&f, &w).await.len(), before + 2);
    // cancelProcessing cancels an unfinished run, and refuses a finished one.
    let open = f.unfinished_run(&w).await;
    let cancel = |run: &str| {
        format!(
            r##"{{"scope":{{"@odata.type":"#microsoft.graph.identityGovernance.cancelRunsScope","runs":[{{"id":"{run}"}}]}}}}"##
        )
    };
    let (status, _) = send_json(
        &f,
        reqwest::Method::POST,
        &action("cancelProcessing"),
        &cancel(&open),
    )
    .await;
    assert_eq!(status, 204);
    let (_, run) = f.get(&f.beta(&format!("workflows/{w}/runs/{open}"))).await;
    assert!(
        run["processingStatus"] == "canceled" || run["processingStatus"] == "unknownFutureValue",
        "{run}"
    );
    let (status, _) = send_json(
        &f,
        reqwest::Method::POST,
        &action("cancelProcessing"),
        &cancel(&open),
    )
    .await;
    assert_eq!(status, 400);
    let (status, _) = send_json(
        &f,
        reqwest::Method::POST,
        &action("cancelProcessing"),
        &cancel("nope"),
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = send_json(
        &f,
        reqwest::Method::POST,
        &action("cancelProcessing"),
        r#"{"scope":{}}"#,
    )
    .await;
    assert_eq!(status, 400);
    // previewWorkflow changes nothing and takes at most 10 subjects.
    let count = all_runs(&f, &w).await.len();
    let (status, _) = send_json(
        &f,
        reqwest::Method::POST,
        &action("previewWorkflow"),
        &format!(r#"{{"subjects":[{{"id":"{user}"}}]}}"#),
    )
    .await;
    assert_eq!(status, 204);
    assert_eq!(all_runs(&f, &w).await.len(), count);
    let many: Vec<Value> = (0..11).map(|i| json!({"id": format!("u{i}")})).collect();
    let (status, _) = send_json(
        &f,
        reqwest::Method::POST,
        &action("previewWorkflow"),
        &json!({"subjects": many}).to_string(),
    )
    .await;
    assert_eq!(status, 400);
    let (status, _) = send_json(
        &f,
        reqwest::Method::POST,
        &action("activateWithScope"),
        r#"{"subjects":[{}]}"#,
    )
    .await;
    assert_eq!(status, 400);
    // The scope the service schema declares and Microsoft's SDKs send: `activateUserScope`.
    let count = all_runs(&f, &w).await.len();
    let user_scope = |users: &str| {
        format!(
            r##"{{"scope":{{"@odata.type":"#microsoft.graph.identityGovernance.activateUserScope","users":{users}}}}}"##
        )
    };
    let (status, answer) = send_json(
        &f,
        reqwest::Method::POST,
        &action("activateWithScope"),
        &user_scope(&format!(
            r##"[{{"@odata.type":"#microsoft.graph.user","id":"{user}"}}]"##
        )),
    )
    .await;
    assert_eq!(status, 204, "{answer}");
    let after = all_runs(&f, &w).await;
    assert_eq!(after.len(), count + 1);
    assert_eq!(
        int(after.last().unwrap_or(&Value::Null), "totalUsersCount"),
        1
    );
    for refused in [
        user_scope("[]"),
        user_scope(r#"[{"displayName":"no id"}]"#),
        r##"{"scope":{"@odata.type":"#microsoft.graph.identityGovernance.activateGroupScope","group":{"id":"g"}}}"##.to_owned(),
        r#"{"scope":{"users":[{"id":"u"}]}}"#.to_owned(),
        format!(r#"{{"scope":{{"@odata.type":"microsoft.graph.identityGovernance.activateUserScope","users":[{{"id":"{user}"}}],"group":{{}}}}}}"#),
        format!(r#"{{"subjects":[{{"id":"{user}"}}],"scope":{{"@odata.type":"microsoft.graph.identityGovernance.activateUserScope","users":[{{"id":"{user}"}}]}}}}"#),
    ] {
        let (status, answer) = send_json(
            &f,
            reqwest::Method::POST,
            &action("activateWithScope"),
            &refused,
        )
        .await;
        assert_eq!(status, 400, "{refused}: {answer}");
    }
    assert_eq!(all_runs(&f, &w).await.len(), count + 1);
    f.emulator.stop().await;
}

#[tokio::test]
async fn clear_quarantine_lifts_it() {
    let f = start(small_config()).await;
    let all = workflows(&f).await;
    let quarantined = all
        .iter()
        .find(|w| w["quarantineDetails"]["quarantineType"] != "notQuarantined")
        .cloned()
        .unwrap_or_default();
    let w = text(&quarantined["id"]);
    assert!(!w.is_empty(), "a seeded workflow is quarantined");
    assert!(quarantined["settings"]["quarantineConfiguration"].is_object());
    let (status, cleared) = f
        .send(
            f.client
                .post(f.beta(&format!("workflows/{w}/clearQuarantine"))),
        )
        .await;
    assert_eq!(status, 200, "{cleared}");
    assert_eq!(cleared["id"], w.as_str());
    assert_eq!(
        cleared["quarantineDetails"]["quarantineType"],
        "notQuarantined"
    );
    let (_, again) = f.get(&f.beta(&format!("workflows/{w}"))).await;
    assert_eq!(
        again["quarantineDetails"]["quarantineType"],
        "notQuarantined"
    );
    let (status, _) = f
        .send(f.client.post(f.beta("workflows/nope/clearQuarantine")))
        .await;
    assert_eq!(status, 404);
    f.emulator.stop().await;
}

/// The subjects of a policy's report, checked against the report's count.
async fn relationships(f: &Fixture, id: &str) -> Vec<Value> {
    let (status, report) = f
        .get(&f.beta(&format!("lifecyclePolicies/{id}/report")))
        .await;
    assert_eq!(status, 200, "{report}");
    let (subjects, _) = f
        .crawl(&f.beta(&format!("lifecyclePolicies/{id}/report/subjects")))
        .await;
    assert_eq!(int(&report, "subjectsInScopeCount"), subjects.len() as i64);
    subjects
}

#[tokio::test]
async fn lifecycle_policies_rules_reports_and_priorities() {
    let f = start(small_config()).await;
    let (status, list) = f.get(&f.beta("lifecyclePolicies")).await;
    assert_eq!(status, 200, "{list}");
    let seeded = ids(&list);
    assert_eq!(seeded.len(), 2);
    let (_, priorities) = f
        .get(&f.beta("lifecyclePolicyPriorityConfigurations/agentIdentity"))
        .await;
    let order: Vec<String> = priorities["orderedPolicyIds"]
        .as_array()
        .map(|v| v.iter().map(text).collect())
        .unwrap_or_default();
    assert_eq!(order, seeded);
    // The report covers as many subjects as it lists; the first policy binds them.
    let first = relationships(&f, &order[0]).await;
    let second = relationships(&f, &order[1]).await;
    assert!(first.iter().all(|s| s["relationship"] == "effective"));
    assert!(
        second
            .iter()
            .all(|s| s["relationship"] == "inScopeButIneffective")
    );
    // The impact lists the noncompliant subjects whose action falls in the window.
    let (start_at, end_at) = ("2024-05-20T00:00:00Z", "2024-05-28T00:00:00Z");
    let (status, impact) = f
        .get(&f.beta(&format!(
            "lifecyclePolicies/{}/impact(startDateTime={start_at},endDateTime={end_at})",
            order[0]
        )))
        .await;
    assert_eq!(status, 200, "{impact}");
    let due: Vec<String> = first
        .iter()
        .filter(|s| {
            let at = text(&s["enforcement"]["lastActionDateTime"]);
            s["compliance"]["status"] == "nonCompliant"
                && at.as_str() >= start_at
                && at.as_str() < end_at
        })
        .map(|s| text(&s["id"]))
        .collect();
    assert!(!due.is_empty(), "the window holds some enforcement actions");
    assert_eq!(ids(&impact), due);
    // Reordering makes the other policy bind.
    let body = format!(r#"{{"orderedPolicyIds":["{}"]}}"#, order[1]);
    let url = f.beta("lifecyclePolicyPriorityConfigurations/agentIdentity");
    assert_eq!(
        send_json(&f, reqwest::Method::PATCH, &url, &body).await.0,
        204
    );
    let swapped = relationships(&f, &order[1]).await;
    assert!(swapped.iter().all(|s| s["relationship"] == "effective"));
    let (status, _) = send_json(
        &f,
        reqwest::Method::PATCH,
        &url,
        r#"{"orderedPolicyIds":["nope"]}"#,
    )
    .await;
    assert_eq!(status, 400);
    // Create, update, rules, delete, restore.
    let (status, made) = send_json(
        &f,
        reqwest::Method::POST,
        &f.beta("lifecyclePolicies"),
        common::NEW_POLICY,
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let id = text(&made["id"]);
    assert_eq!(made["rules"][0]["ruleType"], "inactivity");
    let one = f.beta(&format!("lifecyclePolicies/{id}"));
    assert_eq!(
        send_json(
            &f,
            reqwest::Method::PATCH,
            &one,
            r#"{"displayName":"renamed"}"#
        )
        .await
        .0,
        204
    );
    let (_, got) = f.get(&one).await;
    assert_eq!(
        (got["displayName"].as_str(), int(&got, "versionNumber")),
        (Some("renamed"), 2)
    );
    let rule = text(&got["rules"][0]["id"]);
    let rule_url = f.beta(&format!("lifecyclePolicies/{id}/rules/{rule}"));
    let (status, _) = send_json(
        &f,
        reqwest::Method::PATCH,
        &rule_url,
        r#"{"isEnabled":false,"lastActivityThresholdInDays":45}"#,
    )
    .await;
    assert_eq!(status, 204);
    let (_, changed) = f.get(&rule_url).await;
    assert_eq!(
        (
            changed["isEnabled"].as_bool(),
            int(&changed, "lastActivityThresholdInDays")
        ),
        (Some(false), 45)
    );
    for bad in [
        r#"{"minimumSponsorCount":2}"#,
        r#"{"lastActivityThresholdInDays":0}"#,
        r#"{"nonsense":1}"#,
    ] {
        let (status, answer) = send_json(&f, reqwest::Method::PATCH, &rule_url, bad).await;
        assert_eq!(status, 400, "{bad}: {answer}");
    }
    for bad in [
        r#"{"isEnabled":true}"#,
        r##"{"@odata.type":"#microsoft.graph.identityGovernance.lifecyclePolicy","displayName":"x","isEnabled":true}"##,
        r#"{"displayName":"x","isEnabled":"yes"}"#,
        r#"{"displayName":"x","isEnabled":true,"rules":[{"isEnabled":true}]}"#,
        r#"{"displayName":"x","isEnabled":true,"versionNumber":3}"#,
        // The create page marks enforcementAction `Required.`.
        r##"{"@odata.type":"#microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy","displayName":"x","isEnabled":true}"##,
    ] {
        let (status, answer) =
            send_json(&f, reqwest::Method::POST, &f.beta("lifecyclePolicies"), bad).await;
        assert_eq!(status, 400, "{bad}: {answer}");
    }
    let (_, config) = f.get(&url).await;
    assert!(
        config["orderedPolicyIds"]
            .as_array()
            .is_some_and(|v| v.contains(&json!(id)))
    );
    assert_eq!(f.send(f.client.delete(&one)).await.0, 204);
    assert_eq!(f.get(&one).await.0, 404);
    assert!(!ids(&f.get(&f.beta("lifecyclePolicies")).await.1).contains(&id));
    let (_, config) = f.get(&url).await;
    assert!(
        !config["orderedPolicyIds"]
            .as_array()
            .is_some_and(|v| v.contains(&json!(id)))
    );
    let restore = f.beta(&format!("deletedItems/lifecyclePolicies/{id}/restore"));
    let (status, back) = f.send(f.client.post(&restore)).await;
    assert_eq!((status, text(&back["id"])), (200, id.clone()));
    assert_eq!(f.get(&one).await.0, 200);
    assert_eq!(f.send(f.client.post(&restore)).await.0, 404);
    for path in [
        "lifecyclePolicies/nope".to_owned(),
        format!("lifecyclePolicies/{id}/rules/nope"),
        "lifecyclePolicyPriorityConfigurations/nope".to_owned(),
    ] {
        let (status, body) = f.get(&f.beta(&path)).await;
        assert_eq!(
            (status, codes(&body).1.as_str()),
            (404, "ResourceNotFound"),
            "{path}"
        );
    }
    f.emulator.stop().await;
}
