//! Every JSON response example of the API pages decodes into the generated type of its
//! operation and encodes back to the same JSON: those of docs-src, and those of the upstream
//! Graph docs sample. The sample is not part of the repository: its test is ignored by
//! `cargo test` and run by `cargo xtask upstream-check --docs DIR`, which names it in
//! `LCW_UPSTREAM_DOCS`.
//!
//! Both trees are read with docs-src/overrides.toml, as the generator reads docs-src:
//! an example an `[[example]]` entry corrects is checked as the service sends it. Properties the
//! generated types lack are listed, in the body and in every nested object: the generated
//! metadata gives the type at each position (the property's value type, or the object's own
//! `@odata.type` when that is a subtype of it), and its `PropertyInfo`s the keys it has. Each
//! must be explained by a property entry of overrides.toml (a `[[property]]` rename or an
//! `[[add_property]]`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use lcw_docs::model::{ApiVersion, Example, Operation, TypeRef};
use lcw_docs::{LoadOptions, load};
use lcw_models::{PropertyInfo, PropertyType, TypeInfo};
use serde_json::Value;

type Reencode =
    fn(&str, bool, &str) -> Option<(Result<Value, serde_json::Error>, &'static [PropertyInfo])>;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The type to decode into and whether the answer is a collection page: the operation's
/// return type (after overrides), else the example's annotation. Annotations, prose and bodies
/// disagree about both; the operation is what the client sends and decodes by.
fn target(op: &Operation, example: &Example) -> Option<(String, bool)> {
    match &op.returns {
        Some(TypeRef::Named(name)) => Some((name.to_string(), false)),
        Some(TypeRef::Collection(inner)) => match inner.as_ref() {
            TypeRef::Named(name) => Some((name.to_string(), true)),
            _ => None,
        },
        Some(TypeRef::Primitive(_)) => None,
        None => example
            .response_type
            .as_ref()
            .map(|t| (t.to_string(), example.response_is_collection)),
    }
}

/// What the generated code of one version knows about a position in a body: its metadata
/// (`TYPES`: each type's base and properties, with the type of each property's value).
struct Generated {
    reencode: Reencode,
    types: &'static [TypeInfo],
}

impl Generated {
    fn of(version: ApiVersion) -> Self {
        match version {
            ApiVersion::Beta => Generated {
                reencode: lcw_models::beta::__reencode,
                types: lcw_models::beta::TYPES,
            },
            ApiVersion::V1 => Generated {
                reencode: lcw_models::v1::__reencode,
                types: lcw_models::v1::TYPES,
            },
        }
    }

    /// The generated properties of `ty`, inherited ones included; `None` for a name the
    /// generated code has no type for (an enum, a primitive, an unknown name).
    fn properties(&self, ty: &str) -> Option<&'static [PropertyInfo]> {
        TypeInfo::find(self.types, ty).map(|t| t.properties)
    }

    /// Whether an object that says it is `own` can stand where `declared` is expected: the
    /// same type or a generated subtype of it. Examples also name unrelated types; the
    /// generated code then decodes the declared type.
    fn fits(&self, own: &str, declared: &str) -> bool {
        let mut current = TypeInfo::find(self.types, own);
        let mut steps = 0;
        while let Some(ty) = current.filter(|_| steps <= self.types.len()) {
            if ty.name == declared {
                return true;
            }
            current = ty.base.and_then(|base| TypeInfo::find(self.types, base));
            steps += 1;
        }
        false
    }

    /// Adds to `out` each `(type, key)` of `value` and its nested objects where the generated
    /// type at that position lacks the key. `ty` is the type the position declares; an object's
    /// own `@odata.type` wins when it names that type or a subtype of it.
    fn lacking(&self, ty: &str, value: &Value, out: &mut BTreeSet<(String, String)>) {
        let Some(object) = value.as_object() else {
            return;
        };
        let own = object
            .get("@odata.type")
            .and_then(Value::as_str)
            .map(|t| t.trim_start_matches('#'));
        let ty = own.filter(|t| self.fits(t, ty)).unwrap_or(ty);
        let Some(properties) = self.properties(ty) else {
            return;
        };
        for (key, member) in object {
            // `@odata.type`, `tasks@odata.context`: annotations, not properties.
            if key.contains('@') {
                continue;
            }
            let inner = match properties.iter().find(|p| p.name == key).map(|p| p.ty) {
                None => {
                    out.insert((ty.to_owned(), key.clone()));
                    continue;
                }
                Some(PropertyType::Complex(inner) | PropertyType::Entity(inner)) => inner,
                // Primitives and enums hold no object; an untyped value is kept as raw JSON.
                Some(_) => continue,
            };
            match member {
                Value::Array(items) => items.iter().for_each(|item| self.lacking(inner, item, out)),
                Value::Object(_) => self.lacking(inner, member, out),
                _ => {}
            }
        }
    }
}

/// A key an example carries in error: (type, key, why).
type Slip = (&'static str, &'static str, &'static str);

/// Keys that upstream response examples (and so their restatements in docs-src) carry but
/// neither the type's page nor the service's own property names (graph-metadata type mappings)
/// know: typos and stale names. They decode into `additional_properties` and re-encode
/// unchanged; no override should invent them.
const EXAMPLE_SLIPS: &[Slip] = &[
    (
        "topTasksInsightsSummary",
        "totalProcessedTasks",
        "the first entry of the same example and the schema say totalTasks",
    ),
    (
        "topWorkflowsInsightsSummary",
        "onDemandRuns",
        "not in the page or the schema, which count totalRuns",
    ),
    (
        "topWorkflowsInsightsSummary",
        "scheduledRuns",
        "not in the page or the schema, which count totalRuns",
    ),
    (
        "topWorkflowsInsightsSummary",
        "scheduldedRuns",
        "a misspelling of scheduledRuns, itself undocumented",
    ),
];

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn upstream_response_examples_round_trip_through_generated_types() {
    response_examples_round_trip(&lcw_docs::paths::upstream_docs(), EXAMPLE_SLIPS);
}

#[test]
fn docs_src_response_examples_round_trip_through_generated_types() {
    response_examples_round_trip(&lcw_docs::paths::docs_src(), EXAMPLE_SLIPS);
}

/// Checks every response example under `docs_root`, read with docs-src/overrides.toml; `slips`
/// are the keys the examples are known to carry in error, each of which must still be seen.
fn response_examples_round_trip(docs_root: &Path, slips: &[Slip]) {
    let overrides_file = workspace().join("docs-src/overrides.toml");
    let docs = load(
        docs_root,
        &LoadOptions {
            namespace: None,
            overrides: Some(overrides_file.clone()),
        },
    );
    let overrides = docs
        .overrides
        .as_ref()
        .expect("lcw-docs reads the overrides file it is given");
    assert_eq!(overrides.unreadable, None, "{}", overrides_file.display());

    let mut failures: Vec<String> = docs
        .diagnostics
        .iter()
        .filter(|d| d.file == overrides.file)
        // docs-src documents pages the upstream sample lacks; whether each override still finds
        // its target there is lcw-docs' own test (`diagnostic_counts_by_code`).
        .filter(|d| d.missing_target.is_none())
        .map(|d| format!("overrides.toml does not apply cleanly to the pages: {d}"))
        .collect();
    let mut checked = 0;
    let mut lacking = BTreeSet::new();
    for (version, model) in &docs.model.versions {
        let generated = Generated::of(*version);
        for op in &model.operations {
            for example in &op.examples {
                let Some(body) = example
                    .response_body
                    .as_deref()
                    .filter(|b| !b.trim().is_empty())
                else {
                    continue;
                };
                let place = format!(
                    "{} ({}, example `{}`)",
                    op.source.file.display(),
                    version.segment(),
                    example.name
                );
                let Some((type_name, collection)) = target(op, example) else {
                    continue;
                };
                // Upstream examples have trailing commas and similar slips: read them as the
                // docs reader does, then decode the repaired text.
                let Some(sent) = lcw_docs::parse::json::parse(body).value else {
                    failures.push(format!(
                        "{place}: response JSON cannot be read even leniently"
                    ));
                    continue;
                };
                let text = sent.to_string();
                if generated.properties(&type_name).is_none() {
                    failures.push(format!("{place}: no generated type for `{type_name}`"));
                    continue;
                }
                let Some((decoded, _)) = (generated.reencode)(&type_name, collection, &text) else {
                    continue;
                };
                checked += 1;
                match decoded {
                    Err(e) => {
                        failures.push(format!("{place}: does not decode as `{type_name}`: {e}"))
                    }
                    Ok(back) if back != sent => failures.push(format!(
                        "{place}: re-encoding changed the JSON\n  sent: {sent}\n  back: {back}"
                    )),
                    Ok(_) => {}
                }
                let objects: Vec<&Value> = if collection {
                    sent.get("value")
                        .and_then(Value::as_array)
                        .map(|v| v.iter().collect())
                        .unwrap_or_default()
                } else {
                    vec![&sent]
                };
                let mut found = BTreeSet::new();
                for object in objects {
                    generated.lacking(&type_name, object, &mut found);
                }
                lacking.extend(
                    found
                        .into_iter()
                        .map(|(ty, key)| (*version, ty, key, place.clone())),
                );
            }
        }
    }
    let mut slips_seen = BTreeSet::new();
    for (version, ty, key, place) in &lacking {
        let slip = slips
            .iter()
            .find(|(t, k, _)| ty.ends_with(&format!(".{t}")) && key == k);
        if let Some(slip) = slip {
            slips_seen.insert(*slip);
            continue;
        }
        let reason = overrides.property_reason(*version, ty, key);
        eprintln!(
            "property the generated `{ty}` lacks: `{key}` in {place}{}",
            if reason.is_some() {
                " (explained by overrides.toml)"
            } else {
                ""
            }
        );
        if reason.is_none() {
            failures.push(format!("{place}: `{key}` is not a property of the generated `{ty}` and no property entry of overrides.toml explains it"));
        }
    }
    let stale: Vec<_> = slips.iter().filter(|s| !slips_seen.contains(s)).collect();
    assert!(
        stale.is_empty(),
        "EXAMPLE_SLIPS entries no example shows any more: {stale:?}"
    );
    assert!(
        checked > 0,
        "no response example was checked: does lcw-docs read examples from {}?",
        docs_root.display()
    );
    assert!(
        failures.is_empty(),
        "{} problems in {checked} examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn lacking_properties_are_found_in_nested_objects_of_known_types() {
    let generated = Generated::of(ApiVersion::Beta);
    let ns = "microsoft.graph.identityGovernance";
    let body = serde_json::json!({
        "displayName": "d",
        "bogusTop": 1,
        "executionConditions": {
            "@odata.type": format!("#{ns}.triggerAndScopeBasedConditions"),
            "scope": {"@odata.type": format!("#{ns}.ruleBasedSubjectSet"), "rule": "r", "bogusScope": 2},
            "trigger": {"@odata.type": format!("#{ns}.timeBasedAttributeTrigger"), "offsetInDays": 1}
        },
        "tasks": [
            {"displayName": "t", "bogusTask": true},
            // A type that cannot stand here: the declared task type is checked.
            {"@odata.type": format!("#{ns}.run"), "continueOnError": false, "failedTasksCount": 1}
        ]
    });
    let mut found = BTreeSet::new();
    generated.lacking(&format!("{ns}.workflow"), &body, &mut found);
    let at = |ty: &str, key: &str| (format!("{ns}.{ty}"), key.to_owned());
    let expected: BTreeSet<_> = [
        at("workflow", "bogusTop"),
        at("ruleBasedSubjectSet", "bogusScope"),
        at("task", "bogusTask"),
        at("task", "failedTasksCount"),
    ]
    .into();
    assert_eq!(found, expected);
}
