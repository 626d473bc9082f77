//! Bad requests of every kind, auth and request ids, over real HTTP.

mod common;

use common::{LCW, NEW_WORKFLOW, codes, small_config, start};
use lcw_emulator::AuthConfig;

#[tokio::test]
async fn bad_requests_answer_graph_errors_and_the_server_keeps_serving() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    let cases: Vec<(reqwest::RequestBuilder, u16, &str)> = vec![
        (f.client.get(f.url("/")), 400, "InvalidVersion"),
        (
            f.client.get(f.url("/v2.0/identityGovernance")),
            400,
            "InvalidVersion",
        ),
        (
            f.client.get(f.beta("nothing/here")),
            400,
            "ResourceNotFound",
        ),
        (f.client.get(f.beta("workflows/%zz")), 400, "InvalidPath"),
        (
            f.client
                .get(f.beta("workflows/00000000-0000-0000-0000-000000000000")),
            404,
            "ResourceNotFound",
        ),
        (
            f.client.get(f.beta(&format!("workflows/{w}/runs/nope"))),
            404,
            "ResourceNotFound",
        ),
        (
            f.client.get(f.beta(&format!("workflows/{w}/versions/99"))),
            404,
            "ResourceNotFound",
        ),
        (f.client.put(f.beta(&format!("workflows/{w}"))), 405, ""),
        (
            f.client.post(f.beta(&format!("workflows/{w}/runs"))),
            405,
            "",
        ),
        (
            f.client.post(f.beta("workflows")).body("{not json"),
            400,
            "InvalidRequestBody",
        ),
        (
            f.client.post(f.beta("workflows")).body("[1,2]"),
            400,
            "InvalidRequestBody",
        ),
        (
            f.client.post(f.beta("workflows")),
            400,
            "InvalidRequestBody",
        ),
        (
            f.client
                .post(f.beta("workflows"))
                .body(r#"{"displayName": 5}"#),
            400,
            "InvalidRequestBody",
        ),
        (
            f.client
                .post(f.beta("workflows"))
                .body(r#"{"displayName": "x", "category": "sideways"}"#),
            400,
            "InvalidRequestBody",
        ),
        (
            f.client
                .patch(f.beta(&format!("workflows/{w}")))
                .body(r#"{"id": "x"}"#),
            400,
            "PropertyNotUpdatable",
        ),
        (
            f.client
                .post(f.beta("workflows"))
                .body(NEW_WORKFLOW.replacen(
                    '{',
                    r#"{"createdDateTime":"2024-01-01T00:00:00Z","#,
                    1,
                )),
            400,
            "PropertyReadOnly",
        ),
        (
            f.client
                .get(f.beta("workflows"))
                .query(&[("$search", "unquoted")]),
            400,
            "InvalidSearch",
        ),
        (
            f.client
                .get(f.beta("workflows"))
                .query(&[("$search", "\"\"")]),
            400,
            "InvalidSearch",
        ),
        (
            f.client
                .get(f.beta("workflows"))
                .query(&[("$select", "id,,displayName")]),
            400,
            "InvalidQueryOption",
        ),
        (
            f.client
                .get(f.beta("workflows"))
                .query(&[("$orderby", "displayName,")]),
            400,
            "InvalidQueryOption",
        ),
        (
            f.client
                .post(f.beta(&format!("workflows/{w}/activate")))
                .body("{}"),
            400,
            "InvalidRequestBody",
        ),
        // Action parameters follow the operation's request body table: one it does not list,
        // and a missing required one, are refused before the action runs.
        (
            f.client
                .post(f.beta(&format!("workflows/{w}/activate")))
                .body(r#"{"subjects":[{"id":"x"}],"notAParameter":1}"#),
            400,
            "InvalidRequestBody",
        ),
        (
            f.client
                .post(f.beta(&format!("workflows/{w}/activateAndWait")))
                .body("{}"),
            400,
            "InvalidRequestBody",
        ),
        (
            f.client
                .post(f.beta(&format!("workflows/{w}/clearQuarantine")))
                .body(r#"{"force":true}"#),
            400,
            "InvalidRequestBody",
        ),
    ];
    for (request, status, inner) in cases {
        let (got, body) = f.send(request).await;
        assert_eq!(got, status, "{body}");
        assert!(body["error"]["code"].is_string(), "{body}");
        assert!(body["error"]["message"].is_string(), "{body}");
        if !inner.is_empty() {
            assert_eq!(codes(&body).1, inner, "{body}");
        }
        // Still serving.
        let (ok, _) = f.get(&f.beta("workflows")).await;
        assert_eq!(ok, 200);
    }
    // 405 names the allowed methods.
    let response = f.client.put(f.beta(&format!("workflows/{w}"))).send().await;
    let allow = response.ok().and_then(|r| {
        r.headers()
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    });
    assert!(
        allow.is_some_and(|a| a.contains("GET") && a.contains("PATCH") && a.contains("DELETE"))
    );
    f.emulator.stop().await;
}

#[tokio::test]
async fn bearer_tokens_are_checked() {
    let config = lcw_emulator::EmulatorConfig {
        auth: AuthConfig {
            token: Some("secret".into()),
            read_only_token: Some("reader".into()),
        },
        ..small_config()
    };
    let f = start(config).await;
    let url = f.beta("workflows");
    let (status, body) = f.get(&url).await;
    assert_eq!(
        (status, codes(&body).0.as_str()),
        (401, "InvalidAuthenticationToken")
    );
    let (status, _) = f.send(f.client.get(&url).bearer_auth("wrong")).await;
    assert_eq!(status, 401);
    let (status, _) = f
        .send(f.client.get(&url).header("Authorization", "Basic c2VjcmV0"))
        .await;
    assert_eq!(status, 401);
    let (status, _) = f.send(f.client.get(&url).bearer_auth("secret")).await;
    assert_eq!(status, 200);
    let (status, _) = f.send(f.client.get(&url).bearer_auth("reader")).await;
    assert_eq!(status, 200);
    let (status, body) = f
        .send(f.client.post(&url).bearer_auth("reader").body(NEW_WORKFLOW))
        .await;
    assert_eq!(
        (status, codes(&body).0.as_str()),
        (403, "Authorization_RequestDenied")
    );
    let (status, _) = f
        .send(f.client.post(&url).bearer_auth("secret").body(NEW_WORKFLOW))
        .await;
    assert_eq!(status, 201);
    f.emulator.stop().await;
}

#[tokio::test]
async fn request_ids_are_echoed_in_headers_and_error_bodies() {
    let f = start(small_config()).await;
    let response = f
        .client
        .get(f.beta("nothing"))
        .header("client-request-id", "my-id-1")
        .send()
        .await;
    let Ok(response) = response else {
        panic!("no answer")
    };
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(header("client-request-id").as_deref(), Some("my-id-1"));
    let request_id = header("request-id").unwrap_or_default();
    assert_eq!(request_id.len(), 36);
    let body: serde_json::Value = response.json().await.unwrap_or_default();
    assert_eq!(body["error"]["innerError"]["client-request-id"], "my-id-1");
    assert_eq!(
        body["error"]["innerError"]["request-id"],
        request_id.as_str()
    );
    assert!(body["error"]["innerError"]["date"].is_string());
    let ok = f
        .client
        .get(f.url(&format!("/beta/{LCW}/workflows")))
        .send()
        .await;
    assert!(ok.is_ok_and(|r| r.headers().contains_key("request-id")));
    f.emulator.stop().await;
}

#[tokio::test]
async fn stop_closes_the_port() {
    let f = start(small_config()).await;
    let url = f.beta("workflows");
    let (status, _) = f.get(&url).await;
    assert_eq!(status, 200);
    f.emulator.stop().await;
    assert!(reqwest::Client::new().get(&url).send().await.is_err());
}

/// Deep or long `$filter` expressions are refused by the parser before anything recurses on
/// them, so they cannot overflow a stack and take the server down.
#[tokio::test]
async fn oversized_filters_are_refused_and_the_server_keeps_serving() {
    use lcw_odata::{FILTER_TOO_COMPLEX, MAX_FILTER_DEPTH, MAX_FILTER_TERMS};
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    let runs = f.beta(&format!("workflows/{w}/runs"));
    let term = "processingStatus eq 'completed'";
    let nested = |n: usize| format!("{}{term}{}", "(".repeat(n), ")".repeat(n));
    let chain = |n: usize| vec![term; n].join(" or ");
    let refused = [
        ("1000 parentheses", nested(1000)),
        ("one level too deep", nested(MAX_FILTER_DEPTH + 1)),
        ("1000 nots", format!("{}{term}", "not ".repeat(1000))),
        ("1000 ors", chain(1000)),
        ("one term too many", chain(MAX_FILTER_TERMS + 1)),
    ];
    for (what, filter) in &refused {
        let (status, body) = f
            .send(f.client.get(&runs).query(&[("$filter", filter)]))
            .await;
        assert_eq!(
            (status, codes(&body)),
            (
                400,
                ("BadRequest".to_owned(), FILTER_TOO_COMPLEX.to_owned())
            ),
            "{what}: {body}"
        );
        let (ok, _) = f.get(&f.beta("workflows")).await;
        assert_eq!(ok, 200, "not serving after {what}");
    }
    // The largest accepted filters are checked and evaluated on every run without harm.
    for (what, filter) in [
        ("deepest", nested(MAX_FILTER_DEPTH)),
        ("longest", chain(MAX_FILTER_TERMS)),
    ] {
        let (status, body) = f
            .send(f.client.get(&runs).query(&[("$filter", &filter)]))
            .await;
        assert_eq!(status, 200, "{what}: {body}");
        assert!(
            body["value"]
                .as_array()
                .is_some_and(|v| v.iter().all(|r| r["processingStatus"] == "completed")),
            "{what}: {body}"
        );
    }
    f.emulator.stop().await;
}

#[tokio::test]
async fn remote_binds_need_allow_remote() {
    let config = lcw_emulator::EmulatorConfig {
        host: std::net::Ipv4Addr::UNSPECIFIED.into(),
        ..small_config()
    };
    let refused = config.clone().start().await.err().map(|e| e.kind());
    assert_eq!(refused, Some(std::io::ErrorKind::PermissionDenied));
    let f = start(lcw_emulator::EmulatorConfig {
        allow_remote: true,
        ..config
    })
    .await;
    assert!(
        f.emulator.base_url().starts_with("http://127.0.0.1:"),
        "{}",
        f.emulator.base_url()
    );
    f.emulator.stop().await;
}

/// Next links and context URLs come from the configured public URL (by default the bound
/// address), never from the request's `Host`: a client follows a next link with its token, so
/// a forged `Host` must not be able to point it elsewhere.
#[tokio::test]
async fn a_hostile_host_header_changes_nothing() {
    let f = start(small_config()).await;
    let w = f.workflow_id().await;
    let url = f.beta(&format!("workflows/{w}/runs?$top=2"));
    let (status, honest) = f.send(f.client.get(&url)).await;
    assert_eq!(status, 200, "{honest}");
    let bound = format!("{}/beta/", f.emulator.base_url());
    assert_eq!(f.emulator.public_url(), f.emulator.base_url());
    for hostile in [
        "evil.example.com",
        "evil.example.com:443",
        "user@evil.example.com",
        "127.0.0.1.evil.example.com",
    ] {
        let (status, body) = f.send(f.client.get(&url).header("Host", hostile)).await;
        assert_eq!(status, 200, "{hostile}: {body}");
        for key in ["@odata.nextLink", "@odata.context"] {
            let link = body[key].as_str().unwrap_or_default();
            assert!(link.starts_with(&bound), "{hostile}: {key} {link}");
            assert!(!link.contains("evil"), "{hostile}: {key} {link}");
            assert_eq!(body[key], honest[key], "{hostile}: {key}");
        }
    }
    f.emulator.stop().await;
}

/// With a public URL configured, every absolute link starts with it, whatever `Host` says.
#[tokio::test]
async fn links_use_the_configured_public_url() {
    let f = start(lcw_emulator::EmulatorConfig {
        public_url: Some("https://graph.example.test/".into()),
        ..small_config()
    })
    .await;
    assert_eq!(f.emulator.public_url(), "https://graph.example.test");
    let w = f.workflow_id().await;
    let url = f.beta(&format!("workflows/{w}/runs?$top=2"));
    let (status, body) = f
        .send(f.client.get(&url).header("Host", "evil.example.com"))
        .await;
    assert_eq!(status, 200, "{body}");
    for key in ["@odata.nextLink", "@odata.context"] {
        let link = body[key].as_str().unwrap_or_default();
        assert!(
            link.starts_with("https://graph.example.test/beta/"),
            "{key}: {link}"
        );
    }
    f.emulator.stop().await;
    let refused = lcw_emulator::EmulatorConfig {
        public_url: Some("https://user@evil.example.com".into()),
        ..small_config()
    }
    .start()
    .await
    .err()
    .map(|e| e.kind());
    assert_eq!(refused, Some(std::io::ErrorKind::InvalidInput));
}

/// 401 asks for a bearer token, 403 names the missing permission in its message, 405 lists the
/// methods in `Allow` and not in a code, and error answers never claim a preference applied.
#[tokio::test]
async fn error_answers_carry_graph_codes_and_headers() {
    let config = lcw_emulator::EmulatorConfig {
        auth: AuthConfig {
            token: Some("secret".into()),
            read_only_token: Some("reader".into()),
        },
        ..small_config()
    };
    let f = start(config).await;
    let url = f.beta("workflows");
    let answer = |request: reqwest::RequestBuilder| async move {
        let Ok(response) = request.send().await else {
            panic!("no answer")
        };
        let headers = response.headers().clone();
        let body: serde_json::Value = response.json().await.unwrap_or_default();
        (headers, body)
    };
    let (headers, body) = answer(
        f.client
            .get(&url)
            .header("Prefer", "include-unknown-enum-members"),
    )
    .await;
    assert_eq!(
        headers
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok()),
        Some("Bearer"),
        "{body}"
    );
    assert!(!headers.contains_key("preference-applied"), "{headers:?}");
    let (headers, body) =
        answer(f.client.post(&url).bearer_auth("reader").body(NEW_WORKFLOW)).await;
    assert_eq!(
        codes(&body),
        ("Authorization_RequestDenied".to_owned(), String::new()),
        "{body}"
    );
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains(lcw_emulator::WRITE_PERMISSION)),
        "{body}"
    );
    assert!(!headers.contains_key("www-authenticate"));
    let w = body_id(&answer(f.client.get(&url).bearer_auth("secret")).await.1);
    let (headers, body) = answer(
        f.client
            .put(f.beta(&format!("workflows/{w}")))
            .bearer_auth("secret"),
    )
    .await;
    assert_eq!(
        codes(&body),
        ("Request_BadRequest".to_owned(), String::new()),
        "{body}"
    );
    let allow = headers
        .get("allow")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        ["GET", "PATCH", "DELETE"].iter().all(|m| allow.contains(m)),
        "{allow}"
    );
    // A successful answer does say it applied the preference.
    let (headers, _) = answer(
        f.client
            .get(&url)
            .bearer_auth("secret")
            .header("Prefer", "include-unknown-enum-members"),
    )
    .await;
    assert!(headers.contains_key("preference-applied"));
    f.emulator.stop().await;
}

fn body_id(body: &serde_json::Value) -> String {
    body["value"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}
