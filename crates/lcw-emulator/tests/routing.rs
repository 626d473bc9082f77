//! Routing like Graph over real HTTP: bound actions and functions by their short and their
//! namespace-qualified names, function parameters in any order and as aliases, `/$count` on
//! collections, the navigation routes to documented collections, and `$expand` kept to what
//! each page documents.

mod common;

use common::{Fixture, LCW, codes, small_config, start};
use lcw_emulator::{ApiVersion, NAMESPACE};
use serde_json::Value;

const WINDOW_START: &str = "2000-01-01T00:00:00Z";
const WINDOW_END: &str = "2100-01-01T00:00:00Z";

impl Fixture {
    fn at(&self, version: ApiVersion, rest: &str) -> String {
        self.url(&format!("/{}/{LCW}/{rest}", version.as_str()))
    }

    /// Status, `Content-Type` and body text.
    async fn raw(&self, url: &str) -> (u16, String, String) {
        let response = match self.client.get(url).send().await {
            Ok(r) => r,
            Err(e) => panic!("request failed: {e}"),
        };
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (
            status,
            content_type,
            response.text().await.unwrap_or_default(),
        )
    }
}

/// The body without `@odata.context` (which names the path as sent).
fn without_context(mut body: Value) -> Value {
    if let Some(object) = body.as_object_mut() {
        object.remove("@odata.context");
    }
    body
}

fn bad_request(status: u16, body: &Value) -> (u16, String) {
    (status, codes(body).0)
}

#[tokio::test]
async fn bound_functions_answer_by_short_and_qualified_name_in_any_order() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    for version in [ApiVersion::Beta, ApiVersion::V1] {
        for collection in ["runs", "userProcessingResults", "taskReports"] {
            let base = format!("workflows/{w}/{collection}");
            let short =
                format!("{base}/summary(startDateTime={WINDOW_START},endDateTime={WINDOW_END})");
            let (status, expected) = f.get(&f.at(version, &short)).await;
            assert_eq!(status, 200, "{short}: {expected}");
            let expected = without_context(expected);
            let same = [
                format!(
                    "{base}/{NAMESPACE}.summary(startDateTime={WINDOW_START},endDateTime={WINDOW_END})"
                ),
                format!("{base}/summary(endDateTime={WINDOW_END},startDateTime={WINDOW_START})"),
                format!(
                    "{base}/{NAMESPACE}.summary(endDateTime={WINDOW_END},startDateTime={WINDOW_START})"
                ),
                // Parameter aliases, given in the query string.
                format!(
                    "{base}/{NAMESPACE}.summary(startDateTime=@s,endDateTime=@e)?@e={WINDOW_END}&@s={WINDOW_START}"
                ),
                format!(
                    "{base}/summary(startDateTime=@s,endDateTime={WINDOW_END})?@s={WINDOW_START}"
                ),
            ];
            for path in same {
                let (status, body) = f.get(&f.at(version, &path)).await;
                assert_eq!(status, 200, "{} {path}: {body}", version.as_str());
                assert_eq!(without_context(body), expected, "{path}");
            }
            // A wrong namespace or an unknown function resolves to no segment: Graph's 400.
            let unknown = [
                format!(
                    "{base}/microsoft.graph.summary(startDateTime={WINDOW_START},endDateTime={WINDOW_END})"
                ),
                format!(
                    "{base}/microsoft.graph.identityGovernance.nothing(startDateTime={WINDOW_START},endDateTime={WINDOW_END})"
                ),
                format!("{base}/total(startDateTime={WINDOW_START},endDateTime={WINDOW_END})"),
            ];
            for path in unknown {
                let (status, body) = f.get(&f.at(version, &path)).await;
                assert_eq!(
                    (status, codes(&body).1.as_str()),
                    (400, "ResourceNotFound"),
                    "{path}: {body}"
                );
            }
            // An alias the query string does not give, a parameter the function lacks.
            let bad_arguments = [
                format!("{base}/summary(startDateTime=@s,endDateTime={WINDOW_END})"),
                format!(
                    "{base}/summary(startDateTime={WINDOW_START},endDateTime={WINDOW_END},extra=1)"
                ),
            ];
            for path in bad_arguments {
                let (status, body) = f.get(&f.at(version, &path)).await;
                assert_eq!(
                    (status, codes(&body).1.as_str()),
                    (400, "InvalidFunctionParameter"),
                    "{path}: {body}"
                );
            }
        }
    }
    f.emulator.stop().await;
}

#[tokio::test]
async fn bound_actions_answer_by_short_and_qualified_name() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    let (_, users) = f
        .get(&f.beta(&format!("workflows/{w}/userProcessingResults?$top=1")))
        .await;
    let subject = users["value"][0]["subject"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(!subject.is_empty(), "{users}");
    let body = format!(r#"{{"subjects":[{{"id":"{subject}"}}]}}"#);
    for version in [ApiVersion::Beta, ApiVersion::V1] {
        for action in [
            "activate".to_owned(),
            format!("{NAMESPACE}.activate"),
            "microsoft.graph.identityGovernance.Activate".to_owned(),
        ] {
            let url = f.at(version, &format!("workflows/{w}/{action}"));
            let (status, answer) = f.send(f.client.post(&url).body(body.clone())).await;
            assert_eq!(status, 204, "{url}: {answer}");
        }
        for wrong in [
            "microsoft.graph.activate".to_owned(),
            format!("{NAMESPACE}.activateNothing"),
            "activateNothing".to_owned(),
        ] {
            let url = f.at(version, &format!("workflows/{w}/{wrong}"));
            let (status, answer) = f.send(f.client.post(&url).body(body.clone())).await;
            assert_eq!(
                (status, codes(&answer).1.as_str()),
                (400, "ResourceNotFound"),
                "{url}: {answer}"
            );
        }
        // Navigation properties are no operations: they take no namespace.
        let (status, answer) = f
            .get(&f.at(version, &format!("workflows/{w}/{NAMESPACE}.runs")))
            .await;
        assert_eq!(bad_request(status, &answer), (400, "BadRequest".into()));
    }
    // A deleted workflow's restore, qualified.
    let deleted = f.deleted_workflow().await;
    let url = f.beta(&format!(
        "deletedItems/workflows/{deleted}/{NAMESPACE}.restore"
    ));
    let (status, answer) = f.send(f.client.post(&url)).await;
    assert_eq!(status, 200, "{url}: {answer}");
    assert_eq!(answer["id"], deleted.as_str());
    f.emulator.stop().await;
}

#[tokio::test]
async fn count_segments_answer_plain_numbers_on_collections_only() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    for version in [ApiVersion::Beta, ApiVersion::V1] {
        let (runs, _) = f
            .crawl(&f.at(version, &format!("workflows/{w}/runs")))
            .await;
        let (status, content_type, text) = f
            .raw(&f.at(version, &format!("workflows/{w}/runs/$count")))
            .await;
        assert_eq!(status, 200, "{text}");
        assert!(content_type.starts_with("text/plain"), "{content_type}");
        assert_eq!(text, runs.len().to_string());
        // `$filter` counts what it keeps, like `@odata.count`.
        let filter = "$filter=processingStatus%20eq%20'completed'";
        let (_, page) = f
            .get(&f.at(version, &format!("workflows/{w}/runs?{filter}&$count=true")))
            .await;
        let (status, _, text) = f
            .raw(&f.at(version, &format!("workflows/{w}/runs/$count?{filter}")))
            .await;
        assert_eq!(status, 200, "{text}");
        assert_eq!(text, page["@odata.count"].to_string());
        let completed = runs
            .iter()
            .filter(|r| r["processingStatus"] == "completed")
            .count();
        assert_eq!(text, completed.to_string());
        // `$search` where the list documents it.
        let (_, workflows) = f.get(&f.at(version, "workflows")).await;
        let name = workflows["value"][0]["displayName"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let search = format!("$search=%22displayName:{}%22", name.replace(' ', "%20"));
        let (_, page) = f
            .get(&f.at(version, &format!("workflows?{search}&$count=true")))
            .await;
        let (status, _, text) = f
            .raw(&f.at(version, &format!("workflows/$count?{search}")))
            .await;
        assert_eq!(status, 200, "{text}");
        assert_eq!(text, page["@odata.count"].to_string());
        assert_ne!(text, "0");
        // Navigation collections count too.
        let (status, _, text) = f
            .raw(&f.at(
                version,
                &format!("workflows/{w}/userProcessingResults/$count"),
            ))
            .await;
        let (users, _) = f
            .crawl(&f.at(version, &format!("workflows/{w}/userProcessingResults")))
            .await;
        assert_eq!((status, text), (200, users.len().to_string()));
        // Not on an entity, a function result, or an undocumented option.
        for path in [
            format!("workflows/{w}/$count"),
            format!(
                "workflows/{w}/runs/{}/$count",
                runs[0]["id"].as_str().unwrap_or_default()
            ),
            format!(
                "workflows/{w}/runs/summary(startDateTime={WINDOW_START},endDateTime={WINDOW_END})/$count"
            ),
        ] {
            let (status, body) = f.get(&f.at(version, &path)).await;
            assert_eq!(
                (status, codes(&body).1.as_str()),
                (400, "InvalidCountSegment"),
                "{path}: {body}"
            );
        }
        let (status, body) = f.get(&f.at(version, "nothing/$count")).await;
        assert_eq!((status, codes(&body).1.as_str()), (400, "ResourceNotFound"));
        let (status, body) = f
            .get(&f.at(version, "workflows/not-a-workflow/runs/$count"))
            .await;
        assert_eq!(status, 404, "{body}");
        let (status, body) = f
            .get(&f.at(
                version,
                &format!("workflows/{w}/runs/$count?$search=%22x%22"),
            ))
            .await;
        assert_eq!(
            (status, codes(&body).1.as_str()),
            (400, "UnsupportedQueryOption"),
            "runs document no $search: {body}"
        );
        let (status, _) = f
            .send(f.client.post(f.at(version, "workflows/$count")).body("{}"))
            .await;
        assert_eq!(status, 405);
    }
    f.emulator.stop().await;
}

#[tokio::test]
async fn navigation_routes_reach_documented_collections() {
    let f = start(small_config()).await;
    let ids = f.seeded_ids().await;
    let (w, r, task) = (&ids.workflow, &ids.run, &ids.task);
    // What the tables imply: a route to `runs/{runId}/userProcessingResults` in both versions,
    // derived from the run type's relationship, not documented as an operation itself.
    for version in [ApiVersion::Beta, ApiVersion::V1] {
        let routes = lcw_emulator::derived_routes(version);
        let derived: Vec<&str> = routes.iter().map(|(_, path, _)| *path).collect();
        assert!(
            derived.contains(&"/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults"),
            "{derived:?}"
        );
        for (method, _, returns_collection) in &routes {
            assert!(*method == "GET" && *returns_collection);
        }
        let (users, _) = f
            .crawl(&f.at(
                version,
                &format!("workflows/{w}/runs/{r}/userProcessingResults"),
            ))
            .await;
        assert!(!users.is_empty());
        for user in &users {
            let id = user["id"].as_str().unwrap_or_default();
            let (status, one) = f
                .get(&f.at(
                    version,
                    &format!("workflows/{w}/runs/{r}/userProcessingResults/{id}"),
                ))
                .await;
            assert_eq!(status, 200, "{one}");
            assert_eq!(without_context(one)["id"], user["id"]);
        }
        // The documented list's options apply.
        let (status, body) = f
            .get(&f.at(
                version,
                &format!("workflows/{w}/runs/{r}/userProcessingResults?$select=id&$top=1"),
            ))
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["value"].as_array().map(Vec::len), Some(1));
        let (status, body) = f
            .get(&f.at(
                version,
                &format!("workflows/{w}/runs/{r}/userProcessingResults?$search=%22x%22"),
            ))
            .await;
        assert_eq!(status, 400, "{body}");
        // Versions and their tasks.
        for path in [
            format!("workflows/{w}/versions/1"),
            format!("workflows/{w}/versions/1/tasks"),
            format!("workflows/{w}/versions/1/tasks/{task}"),
            format!("workflows/{w}/tasks/{task}/taskProcessingResults"),
        ] {
            let (status, body) = f.get(&f.at(version, &path)).await;
            assert_eq!(status, 200, "{} {path}: {body}", version.as_str());
        }
        // A collection under a workflow that does not exist, and a run that does not.
        let (status, _) = f
            .get(&f.at(
                version,
                &format!("workflows/{w}/runs/nope/userProcessingResults"),
            ))
            .await;
        assert_eq!(status, 404);
    }
    // A deleted workflow's execution scope is a collection too.
    let deleted = f.deleted_workflow().await;
    let (status, body) = f
        .get(&f.beta(&format!("deletedItems/workflows/{deleted}/executionScope")))
        .await;
    assert_eq!(status, 200, "{body}");
    f.emulator.stop().await;
}

#[tokio::test]
async fn expand_keeps_to_what_each_page_documents() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    for version in [ApiVersion::Beta, ApiVersion::V1] {
        for path in ["workflows".to_owned(), format!("workflows/{w}")] {
            let (status, body) = f
                .get(&f.at(version, &format!("{path}?$expand=createdBy,lastModifiedBy")))
                .await;
            assert_eq!(status, 200, "{path}: {body}");
            let item = body.get("value").map_or(&body, |v| &v[0]);
            assert!(item["createdBy"].is_object(), "{item}");
            assert!(item["lastModifiedBy"].is_object(), "{item}");
            for undocumented in ["runs", "versions", "executionScope", "createdBy,runs"] {
                let (status, body) = f
                    .get(&f.at(version, &format!("{path}?$expand={undocumented}")))
                    .await;
                assert_eq!(
                    (status, codes(&body).1.as_str()),
                    (400, "UnsupportedExpandProperty"),
                    "{path}?$expand={undocumented}: {body}"
                );
            }
        }
        // Pages that document `$expand` without naming relationships allow each of them.
        let (status, body) = f
            .get(&f.at(version, &format!("workflows/{w}/versions?$expand=tasks")))
            .await;
        assert_eq!(status, 200, "{body}");
    }
    f.emulator.stop().await;
}
