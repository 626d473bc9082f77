//! `GET /{version}/$metadata`: the CSDL document of each version, read back as XML.

mod common;

use common::{small_config, start};
use lcw_emulator::{ApiVersion, AuthConfig, EmulatorConfig};

const EDMX: &str = "http://docs.oasis-open.org/odata/ns/edmx";
const EDM: &str = "http://docs.oasis-open.org/odata/ns/edm";
const IG: &str = "microsoft.graph.identityGovernance";

fn guarded() -> EmulatorConfig {
    EmulatorConfig {
        auth: AuthConfig {
            token: Some("secret".into()),
            read_only_token: None,
        },
        ..small_config()
    }
}

/// The key of `ty` (qualified, aliases already spelled out by the caller), found on the type
/// or the nearest base that declares one, as CSDL inherits keys.
fn key_of(doc: &roxmltree::Document, aliases: &[(&str, &str)], ty: &str) -> Option<String> {
    let mut current = ty.to_owned();
    for _ in 0..16 {
        let (ns, name) = current.rsplit_once('.')?;
        let schema = doc.descendants().find(|n| {
            n.has_tag_name((EDM, "Schema"))
                && (n.attribute("Namespace") == Some(ns) || n.attribute("Alias") == Some(ns))
        })?;
        let def = schema
            .children()
            .find(|n| n.has_tag_name((EDM, "EntityType")) && n.attribute("Name") == Some(name))?;
        if let Some(key) = def.children().find(|n| n.has_tag_name((EDM, "Key"))) {
            return key
                .children()
                .find(|n| n.has_tag_name((EDM, "PropertyRef")))
                .and_then(|r| r.attribute("Name"))
                .map(str::to_owned);
        }
        let base = def.attribute("BaseType")?;
        current = aliases
            .iter()
            .find_map(|(alias, ns)| {
                base.strip_prefix(alias)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .map(|rest| format!("{ns}.{rest}"))
            })
            .unwrap_or_else(|| base.to_owned());
    }
    None
}

#[tokio::test]
async fn both_versions_serve_their_csdl_without_a_token() {
    let f = start(guarded()).await;
    for (version, segment) in [(ApiVersion::V1, "v1.0"), (ApiVersion::Beta, "beta")] {
        let answer = f
            .client
            .get(f.url(&format!("/{segment}/$metadata")))
            .send()
            .await
            .expect("answered");
        assert_eq!(answer.status(), 200, "{segment}");
        assert_eq!(
            answer
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok()),
            Some("application/xml"),
            "{segment}"
        );
        let text = answer.text().await.expect("body");
        assert_eq!(text, lcw_emulator::metadata_document(version), "{segment}");
        assert!(
            text.contains(&format!(
                "api-reference/{segment} by `cargo xtask regenerate`"
            )),
            "{segment}: generated from its own version's docs"
        );

        let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
        let root = doc.root_element();
        assert!(root.has_tag_name((EDMX, "Edmx")), "{segment}");
        assert_eq!(root.attribute("Version"), Some("4.0"));
        let schema = doc
            .descendants()
            .find(|n| n.has_tag_name((EDM, "Schema")) && n.attribute("Namespace") == Some(IG))
            .expect("the lifecycle workflows namespace");
        let workflow = schema
            .children()
            .find(|n| {
                n.has_tag_name((EDM, "EntityType")) && n.attribute("Name") == Some("workflow")
            })
            .expect("the workflow entity type");
        assert!(
            workflow
                .children()
                .any(|n| n.has_tag_name((EDM, "NavigationProperty"))
                    && n.attribute("Name") == Some("runs")
                    && n.attribute("ContainsTarget") == Some("true")),
            "{segment}: runs are contained in their workflow"
        );
        let aliases = [("graph", "microsoft.graph")];
        assert_eq!(
            key_of(&doc, &aliases, &format!("{IG}.workflow")).as_deref(),
            Some("id"),
            "{segment}"
        );
        let singleton = doc
            .descendants()
            .find(|n| {
                n.has_tag_name((EDM, "Singleton"))
                    && n.attribute("Name") == Some("identityGovernance")
            })
            .expect("the root the paths start from");
        assert_eq!(
            singleton.attribute("Type"),
            Some("graph.identityGovernance")
        );
        assert!(
            schema
                .children()
                .any(|n| n.has_tag_name((EDM, "Action")) && n.attribute("Name") == Some("activate")),
            "{segment}: the bound actions"
        );
    }
    // Everything else still needs the token.
    let other = f
        .client
        .get(f.url("/v1.0/identityGovernance/lifecycleWorkflows/workflows"))
        .send()
        .await
        .expect("answered");
    assert_eq!(other.status(), 401);
    let unknown = f
        .client
        .get(f.url("/v2.0/$metadata"))
        .bearer_auth("secret")
        .send()
        .await
        .expect("answered");
    assert_eq!(
        unknown.status(),
        400,
        "no metadata for a version that does not exist"
    );
}
