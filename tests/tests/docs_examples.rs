//! Every JSON response example of the upstream API pages decodes into the generated type of
//! its operation and encodes back to the same JSON. Top-level properties the generated types
//! lack are listed; each must be covered by an entry of docs-src/overrides.toml: any entry with
//! `type` and `name` (or `wire_name`) naming it, such as a `[[property]]` rename, an
//! `[[add_property]]`, or an `[[example_property]]` for a key that only a wrong example carries.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use lcw_docs::model::{ApiVersion, Example, Operation, TypeRef};
use lcw_docs::{LoadOptions, load};
use serde_json::Value;

type Reencode = fn(&str, bool, &str) -> Option<(Result<Value, serde_json::Error>, &'static [lcw_models::PropertyInfo])>;

fn reencoder(version: ApiVersion) -> Reencode {
    match version {
        ApiVersion::Beta => lcw_models::beta::__reencode,
        ApiVersion::V1 => lcw_models::v1::__reencode,
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// (type, property) pairs that overrides.toml talks about: any entry with `type` and `name`
/// (and its `wire_name`, if any).
fn overridden_properties(root: &Path) -> BTreeSet<(String, String)> {
    let path = root.join("docs-src/overrides.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = BTreeSet::new();
    for entries in table.values().filter_map(toml::Value::as_array) {
        for entry in entries.iter().filter_map(toml::Value::as_table) {
            let Some(ty) = entry.get("type").and_then(toml::Value::as_str) else { continue };
            for key in ["name", "wire_name"] {
                if let Some(name) = entry.get(key).and_then(toml::Value::as_str) {
                    out.insert((ty.to_owned(), name.to_owned()));
                }
            }
        }
    }
    out
}

/// The type to decode into: the operation's return type, else the example's annotation (some
/// annotations name the wrong type, the operation is the better source).
fn target(op: &Operation, example: &Example) -> Option<String> {
    match &op.returns {
        Some(TypeRef::Named(name)) => Some(name.to_string()),
        Some(TypeRef::Collection(inner)) => match inner.as_ref() {
            TypeRef::Named(name) => Some(name.to_string()),
            _ => None,
        },
        Some(TypeRef::Primitive(_)) => None,
        None => example.response_type.as_ref().map(ToString::to_string),
    }
}

/// Whether a body is a collection page. Pages and annotations disagree about single versus
/// collection answers, so the shape of the body decides: a `value` array the type does not have.
fn is_page(body: &Value, properties: &[lcw_models::PropertyInfo]) -> bool {
    body.get("value").is_some_and(Value::is_array) && !properties.iter().any(|p| p.name == "value")
}

#[test]
fn upstream_response_examples_round_trip_through_generated_types() {
    let root = workspace();
    let upstream = root.join("../shared/graph-docs");
    assert!(
        upstream.join("api-reference").is_dir(),
        "the upstream Graph docs are expected at {} (../shared/graph-docs from the workspace root); this test needs them",
        upstream.display()
    );
    let docs = load(&upstream, &LoadOptions::default());
    let allowed = overridden_properties(&root);

    let mut checked = 0;
    let mut failures = Vec::new();
    let mut lacking = BTreeSet::new();
    for (version, model) in &docs.model.versions {
        let reencode = reencoder(*version);
        for op in &model.operations {
            for example in &op.examples {
                let Some(body) = example.response_body.as_deref().filter(|b| !b.trim().is_empty()) else { continue };
                let place = format!("{} ({}, example `{}`)", op.source.file.display(), version.segment(), example.name);
                let Some(type_name) = target(op, example) else { continue };
                // Upstream examples have trailing commas and similar slips: read them as the
                // docs reader does, then decode the repaired text.
                let Some(sent) = lcw_docs::parse::json::parse(body).value else {
                    failures.push(format!("{place}: response JSON cannot be read even leniently"));
                    continue;
                };
                let text = sent.to_string();
                let Some((_, properties)) = reencode(&type_name, false, "{}") else {
                    failures.push(format!("{place}: no generated type for `{type_name}`"));
                    continue;
                };
                let collection = is_page(&sent, properties);
                let Some((decoded, _)) = reencode(&type_name, collection, &text) else { continue };
                checked += 1;
                match decoded {
                    Err(e) => failures.push(format!("{place}: does not decode as `{type_name}`: {e}")),
                    Ok(back) if back != sent => failures.push(format!("{place}: re-encoding changed the JSON\n  sent: {sent}\n  back: {back}")),
                    Ok(_) => {}
                }
                let objects: Vec<&Value> = if collection {
                    sent.get("value").and_then(Value::as_array).map(|v| v.iter().collect()).unwrap_or_default()
                } else {
                    vec![&sent]
                };
                for key in objects.iter().filter_map(|o| o.as_object()).flat_map(|o| o.keys()) {
                    // `@odata.type`, `tasks@odata.context`: annotations, not properties.
                    if !key.contains('@') && !properties.iter().any(|p| p.name == key) {
                        lacking.insert((type_name.clone(), key.clone(), place.clone()));
                    }
                }
            }
        }
    }
    for (ty, key, place) in &lacking {
        let covered = allowed.contains(&(ty.clone(), key.clone()));
        eprintln!("property the generated `{ty}` lacks: `{key}` in {place}{}", if covered { " (covered by overrides.toml)" } else { "" });
        if !covered {
            failures.push(format!("{place}: `{key}` is not a property of the generated `{ty}` and overrides.toml does not cover it"));
        }
    }
    assert!(checked > 0, "no response example was checked: does lcw-docs read examples from {}?", upstream.display());
    assert!(failures.is_empty(), "{} of {checked} examples failed:\n{}", failures.len(), failures.join("\n"));
}
