//! What the HTTP tests share: start an emulator, call it, read answers.

#![allow(dead_code)]

use lcw_emulator::{EmulatorConfig, RunningEmulator, Sizes};
use serde_json::Value;

pub const LCW: &str = "identityGovernance/lifecycleWorkflows";

/// The smallest body that creates a workflow: every property the docs mark as required.
pub const NEW_WORKFLOW: &str = r##"{"displayName":"new","category":"joiner","tasks":[],
    "executionConditions":{"@odata.type":"#microsoft.graph.identityGovernance.onDemandExecutionOnly"}}"##;

/// See [`Fixture::seeded_ids`].
pub struct SeededIds {
    pub workflow: String,
    pub run: String,
    pub user_result: String,
    pub report: String,
    pub task: String,
    pub task_result: String,
    /// The first custom task extension, task definition and workflow template.
    pub extension: String,
    pub definition: String,
    pub template: String,
    /// The first lifecycle policy (beta) and its first rule.
    pub policy: String,
    pub rule: String,
}

/// The smallest body that creates a lifecycle policy.
pub const NEW_POLICY: &str = r##"{"@odata.type":"#microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy",
    "displayName":"made for a test","isEnabled":true,
    "enforcementAction":{"@odata.type":"#microsoft.graph.identityGovernance.disableOnlyEnforcementAction"},
    "rules":[{"@odata.type":"#microsoft.graph.identityGovernance.inactivityRule","lastActivityThresholdInDays":30}]}"##;

/// A deleted workflow run three times for one user: `user_result` is that user's result in
/// the latest run (in the executionScope), `first` and `second` the two earlier runs, which
/// reprocessed the user.
pub struct Reprocessed {
    pub workflow: String,
    pub user_result: String,
    pub first: String,
    pub second: String,
}

pub struct Fixture {
    pub emulator: RunningEmulator,
    pub client: reqwest::Client,
}

pub fn small_config() -> EmulatorConfig {
    EmulatorConfig {
        seed: 7,
        sizes: Sizes {
            workflows: 2,
            runs_per_workflow: 25,
            users_per_run: 3,
            tasks_per_workflow: 2,
        },
        default_page_size: 10,
        ..EmulatorConfig::default()
    }
}

pub async fn start(config: EmulatorConfig) -> Fixture {
    let emulator = match config.start().await {
        Ok(e) => e,
        Err(e) => panic!("emulator did not start: {e}"),
    };
    Fixture {
        emulator,
        client: reqwest::Client::new(),
    }
}

impl Fixture {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.emulator.base_url(), path)
    }

    pub fn beta(&self, rest: &str) -> String {
        self.url(&format!("/beta/{LCW}/{rest}"))
    }

    pub async fn get(&self, url: &str) -> (u16, Value) {
        self.send(self.client.get(url)).await
    }

    pub async fn send(&self, request: reqwest::RequestBuilder) -> (u16, Value) {
        let response = match request.send().await {
            Ok(r) => r,
            Err(e) => panic!("request failed: {e}"),
        };
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, value)
    }

    /// Ids that reach every documented path of the first workflow: a completed run, one of
    /// its user results, a task report, and a task with one of its results.
    pub async fn seeded_ids(&self) -> SeededIds {
        let w = self.workflow_id().await;
        let (_, runs) = self
            .get(&self.beta(&format!("workflows/{w}/runs?$top=999")))
            .await;
        let run = runs["value"]
            .as_array()
            .and_then(|v| v.iter().find(|r| r["processingStatus"] == "completed"))
            .cloned()
            .unwrap_or_default();
        let r = run["id"].as_str().unwrap_or_default().to_owned();
        let (_, results) = self
            .get(&self.beta(&format!("workflows/{w}/runs/{r}/taskProcessingResults")))
            .await;
        let task_result = results["value"][0].clone();
        let (_, ups) = self
            .get(&self.beta(&format!("workflows/{w}/userProcessingResults?$top=999")))
            .await;
        let u = ups["value"]
            .as_array()
            .and_then(|v| {
                v.iter()
                    .find(|u| u["scheduledDateTime"] == run["scheduledDateTime"])
            })
            .map(|u| u["id"].as_str().unwrap_or_default().to_owned())
            .unwrap_or_default();
        let (_, reports) = self
            .get(&self.beta(&format!("workflows/{w}/taskReports?$top=999")))
            .await;
        // A report of the same run, so its subjects include the user result above.
        let report = reports["value"]
            .as_array()
            .and_then(|v| v.iter().find(|t| t["runId"] == r.as_str()))
            .unwrap_or(&reports["value"][0])["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        let first = |path: &'static str| async move {
            let (_, list) = self.get(&self.beta(path)).await;
            text(&list["value"][0]["id"])
        };
        let extension = first("customTaskExtensions").await;
        let definition = first("taskDefinitions").await;
        let template = first("workflowTemplates").await;
        let policy = first("lifecyclePolicies").await;
        let (_, rules) = self
            .get(&self.beta(&format!("lifecyclePolicies/{policy}/rules")))
            .await;
        let rule = text(&rules["value"][0]["id"]);
        SeededIds {
            workflow: w,
            run: r,
            user_result: u,
            report,
            task: text(&task_result["task"]["id"]),
            task_result: text(&task_result["id"]),
            extension,
            definition,
            template,
            policy,
            rule,
        }
    }

    /// A new lifecycle policy of its own; in deletedItems when `deleted`.
    pub async fn new_policy(&self, deleted: bool) -> String {
        let (status, made) = self
            .send(
                self.client
                    .post(self.beta("lifecyclePolicies"))
                    .body(NEW_POLICY),
            )
            .await;
        assert_eq!(status, 201, "{made}");
        let id = made["id"].as_str().unwrap_or_default().to_owned();
        if deleted {
            let (status, _) = self
                .send(
                    self.client
                        .delete(self.beta(&format!("lifecyclePolicies/{id}"))),
                )
                .await;
            assert_eq!(status, 204);
        }
        id
    }

    /// A user of the tenant: the subject of the first workflow's first user result.
    pub async fn user_id(&self) -> String {
        let w = self.workflow_id().await;
        let (_, scope) = self
            .get(&self.beta(&format!("workflows/{w}/userProcessingResults?$top=1")))
            .await;
        scope["value"][0]["subject"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// A run of workflow `w` that has not finished (one `cancelProcessing` can cancel).
    pub async fn unfinished_run(&self, w: &str) -> String {
        let (_, runs) = self
            .get(&self.beta(&format!("workflows/{w}/runs?$top=999")))
            .await;
        runs["value"]
            .as_array()
            .and_then(|v| {
                v.iter().rev().find(|r| {
                    r["processingStatus"] == "queued" || r["processingStatus"] == "inProgress"
                })
            })
            .map(|r| r["id"].as_str().unwrap_or_default().to_owned())
            .unwrap_or_default()
    }

    /// A new custom task extension of its own, for a delete.
    pub async fn new_extension(&self) -> String {
        let (status, made) = self
            .send(
                self.client
                    .post(self.beta("customTaskExtensions"))
                    .body(r#"{"displayName":"made for a test"}"#),
            )
            .await;
        assert_eq!(status, 201, "{made}");
        made["id"].as_str().unwrap_or_default().to_owned()
    }

    /// See [`Reprocessed`].
    pub async fn reprocessed(&self) -> Reprocessed {
        let workflow = self.new_workflow().await;
        let user = self.user_id().await;
        for _ in 0..3 {
            let (status, body) = self
                .send(
                    self.client
                        .post(self.beta(&format!("workflows/{workflow}/activate")))
                        .body(format!(r#"{{"subjects":[{{"id":"{user}"}}]}}"#)),
                )
                .await;
            assert_eq!(status, 204, "{body}");
        }
        let (_, runs) = self
            .get(&self.beta(&format!("workflows/{workflow}/runs")))
            .await;
        let run = |i: usize| {
            runs["value"][i]["id"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        };
        let (first, second) = (run(0), run(1));
        let (_, scope) = self
            .get(&self.beta(&format!("workflows/{workflow}/executionScope")))
            .await;
        let user_result = scope["value"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let (status, _) = self
            .send(
                self.client
                    .delete(self.beta(&format!("workflows/{workflow}"))),
            )
            .await;
        assert_eq!(status, 204);
        Reprocessed {
            workflow,
            user_result,
            first,
            second,
        }
    }

    /// A workflow created and then deleted, for the deleted-items operations.
    pub async fn deleted_workflow(&self) -> String {
        let id = self.new_workflow().await;
        let (status, _) = self
            .send(self.client.delete(self.beta(&format!("workflows/{id}"))))
            .await;
        assert_eq!(status, 204);
        id
    }

    /// A new workflow of its own, for a delete.
    pub async fn new_workflow(&self) -> String {
        let (status, made) = self
            .send(self.client.post(self.beta("workflows")).body(NEW_WORKFLOW))
            .await;
        assert_eq!(status, 201, "{made}");
        made["id"].as_str().unwrap_or_default().to_owned()
    }

    /// The first workflow's id.
    pub async fn workflow_id(&self) -> String {
        let (_, body) = self.get(&self.beta("workflows")).await;
        body["value"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Every item of a collection, following next links; also returns the page count.
    pub async fn crawl(&self, first: &str) -> (Vec<Value>, usize) {
        let mut items = Vec::new();
        let mut next = Some(first.to_owned());
        let mut pages = 0;
        while let Some(url) = next.take() {
            let (status, body) = self.get(&url).await;
            assert_eq!(status, 200, "{url}: {body}");
            pages += 1;
            items.extend(body["value"].as_array().cloned().unwrap_or_default());
            next = body["@odata.nextLink"].as_str().map(str::to_owned);
            assert!(pages < 10_000, "next links never end");
        }
        (items, pages)
    }
}

/// `error.innerError.code` and `error.code` of an error body.
pub fn codes(body: &Value) -> (String, String) {
    (
        body["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        body["error"]["innerError"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    )
}
