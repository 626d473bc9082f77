//! API examples against the resources: properties a response carries that its type does not
//! document, response annotations naming another type than the page returns, and annotations
//! that disagree with the body on collection-ness.
//!
//! A member of a body's top-level object is reported as an example member, so that an
//! `[[example]]` override unwrapping it can explain it; the unwrapped value is then checked
//! against the type too, as the body the service sends.

use super::{Ctx, PageCtx};
use crate::blocks::BlockJson;
use crate::codes;
use crate::finding::{Finding, Subject};
use crate::typecell::NamedType;
use lcw_docs::build::operations::{examples, operation_id};
use lcw_docs::page::{DocPage, PageKind};
use lcw_docs::parse::json::{Json, Node};
use lcw_docs::parse::version_of;

/// Nested objects are followed this deep.
const MAX_NESTING: usize = 4;

/// The type a response annotation names, with `Collection(...)` and `isCollection` folded in.
fn annotated_type(
    ctx: &Ctx<'_>,
    p: &PageCtx<'_>,
    annotation: &lcw_docs::page::Annotation,
) -> Option<NamedType> {
    let text = annotation
        .str_field("@odata.type")
        .or_else(|| annotation.str_field("@type"))?;
    let mut ty = ctx.tree.read_type(p.page, text)?;
    if annotation
        .value
        .get("isCollection")
        .and_then(|v| v.as_bool())
        == Some(true)
    {
        ty.collection = true;
    }
    Some(ty)
}

/// What a response body shows itself to be: one object when its `@odata.context` ends in
/// `$entity`, a collection when it is a `value` page; `None` when it does not say.
fn body_is_one_object(root: &Node, value_page: bool) -> Option<bool> {
    let context = root.get("@odata.context").and_then(Node::as_str);
    if context.is_some_and(|c| c.trim_end().ends_with("$entity")) {
        Some(true)
    } else if value_page {
        Some(false)
    } else {
        None
    }
}

/// Runs the example checks on an API page.
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    if p.page.kind != PageKind::Api {
        return;
    }
    let documented = ctx.tree.response_type(p.page);
    let id = operation_id(p.page);
    let op = Subject::Operation { id: id.clone() };
    let names = example_names(p.page);
    for (i, block) in p.page.blocks.iter().enumerate() {
        let Some(annotation) = block
            .annotation
            .as_ref()
            .filter(|a| a.str_field("blockType") == Some("response"))
        else {
            continue;
        };
        let annotated = annotated_type(ctx, p, annotation);
        let mut check_as = annotated.clone().or_else(|| documented.clone());
        if let (Some(a), Some(d)) = (&annotated, &documented)
            && a.name != d.name
        {
            out.push(
                Finding::new(
                    &p.file,
                    annotation.span,
                    codes::EXAMPLE_ANNOTATION_TYPE,
                    format!(
                        "the response example is annotated `{}`, the page says it returns `{}`",
                        a.display(),
                        d.display()
                    ),
                )
                .about(op.clone()),
            );
            check_as = Some(d.clone());
        }
        let Some(json) = p.json.get(i).and_then(Option::as_ref) else {
            continue;
        };
        let Some(root) = json.root.as_ref() else {
            continue;
        };
        let value_array = match root.get("value") {
            Some(Node {
                value: Json::Array(items),
                ..
            }) => Some(items),
            _ => None,
        };
        if let Some(a) = &annotated
            && root.members().is_some()
            && a.collection != value_array.is_some()
        {
            let (says, shows) = if a.collection {
                ("a collection", "a single object")
            } else {
                ("a single object", "a `value` array")
            };
            out.push(
                Finding::new(
                    &p.file,
                    json.span(root.offset),
                    codes::EXAMPLE_COLLECTION,
                    format!("the response annotation says {says}, the body shows {shows}"),
                )
                .about(op.clone()),
            );
        }
        if let Some(d) = &documented
            && let Some(one) = body_is_one_object(root, value_array.is_some())
            && d.collection == one
        {
            let (says, shows) = if d.collection {
                (
                    "a collection",
                    "one object (its `@odata.context` ends in `$entity`)",
                )
            } else {
                ("one object", "a `value` page")
            };
            out.push(
                Finding::new(
                    &p.file,
                    json.span(root.offset),
                    codes::EXAMPLE_SHAPE_AGAINST_PROSE,
                    format!("the Response section returns {says}, the example's body is {shows}"),
                )
                .about(op.clone()),
            );
        }
        let Some(ty) = check_as.filter(|t| !t.primitive) else {
            continue;
        };
        let example = ExampleBody {
            ctx,
            p,
            json,
            operation: &id,
            name: names.get(&i).map_or("", String::as_str),
        };
        match value_array {
            Some(items) => items
                .iter()
                .for_each(|item| example.check_object(&ty.name, item, 0, false, out)),
            None => example.check_object(&ty.name, root, 0, true, out),
        }
        if let Some(sent) = example.unwrapped(root) {
            example.check_object(&ty.name, sent, 0, false, out);
        }
    }
}

/// Example names (the request annotation's `name`) by the index of their response block, paired
/// as the model builder pairs them.
fn example_names(page: &DocPage) -> std::collections::HashMap<usize, String> {
    examples(page)
        .into_iter()
        .filter_map(|e| Some((e.response_block?, e.name)))
        .collect()
}

/// One response body under check.
struct ExampleBody<'c, 'a> {
    ctx: &'c Ctx<'a>,
    p: &'c PageCtx<'a>,
    json: &'c BlockJson<'a>,
    /// The operation id of the page.
    operation: &'c str,
    /// The example's name.
    name: &'c str,
}

impl ExampleBody<'_, '_> {
    /// The member of the top-level object that an `[[example]]` override says holds what the
    /// service sends, when one does.
    fn unwrapped<'n>(&self, root: &'n Node) -> Option<&'n Node> {
        let overrides = self.ctx.overrides?;
        let version = version_of(self.p.page.path.as_path());
        root.members()?
            .iter()
            .find(|m| {
                overrides
                    .unwrap_reason(version, self.operation, self.name, &m.key)
                    .is_some()
            })
            .map(|m| &m.value)
    }

    /// Checks every key of an example object against the documented properties of `ty`; `top`
    /// for the body's top-level object.
    fn check_object(&self, ty: &str, node: &Node, depth: usize, top: bool, out: &mut Vec<Finding>) {
        let (ctx, p, json) = (self.ctx, self.p, self.json);
        let Some(members) = node.members() else {
            return;
        };
        let own = node
            .get("@odata.type")
            .and_then(Node::as_str)
            .map(|t| t.trim().trim_start_matches('#'));
        let version = p.page.version;
        let ty = own
            .filter(|t| ctx.tree.type_entry(version, t).is_some())
            .unwrap_or(ty);
        if ctx.tree.type_entry(version, ty).is_none() {
            return;
        }
        // A property may come from a base type this tree does not document.
        let complete = ctx.tree.chain_complete(version, ty);
        for m in members {
            if m.key.starts_with('@') || m.key.contains("@odata.") {
                continue;
            }
            // An override may add the property to a base type: the finding is about that type.
            let owner = ctx
                .overrides
                .and_then(|o| {
                    ctx.tree
                        .lineage(version, ty)
                        .into_iter()
                        .find(|t| o.property_reason(version, t, &m.key).is_some())
                })
                .unwrap_or_else(|| ty.to_string());
            let about = if top {
                Subject::ExampleMember {
                    operation: self.operation.to_string(),
                    example: self.name.to_string(),
                    ty: owner,
                    name: m.key.clone(),
                }
            } else {
                Subject::Property {
                    ty: owner,
                    name: m.key.clone(),
                }
            };
            match ctx.tree.find_property(version, ty, &m.key) {
                None if !complete => {}
                None => out.push(
                    Finding::new(
                        &p.file,
                        json.span(m.key_offset),
                        codes::EXAMPLE_PROPERTY_UNKNOWN,
                        format!(
                            "`{}` is in the example but `{ty}` does not document it",
                            m.key
                        ),
                    )
                    .about(about),
                ),
                Some(found) if found.case_only => out.push(
                    Finding::new(
                        &p.file,
                        json.span(m.key_offset),
                        codes::EXAMPLE_PROPERTY_UNKNOWN,
                        format!(
                            "`{}` is in the example but `{ty}` spells it `{}`",
                            m.key, found.row.name.value
                        ),
                    )
                    .about(about),
                ),
                Some(found) if depth < MAX_NESTING => {
                    let Some(inner) = ctx.tree.read_linked_type(
                        found.page,
                        &found.row.ty.text,
                        found.row.ty.link_target.as_deref(),
                    ) else {
                        continue;
                    };
                    if inner.primitive {
                        continue;
                    }
                    match &m.value.value {
                        Json::Array(items) => items.iter().for_each(|item| {
                            self.check_object(&inner.name, item, depth + 1, false, out)
                        }),
                        Json::Object(_) => {
                            self.check_object(&inner.name, &m.value, depth + 1, false, out)
                        }
                        _ => {}
                    }
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testkit::*;
    use crate::codes;
    use crate::finding::Severity;

    #[test]
    fn a_property_an_override_adds_to_a_base_explains_the_subtype_example() {
        let base = resource("rule", 10).prop("id", "String", 20).build();
        let derived = resource("inactivityRule", 10)
            .inherits("rule")
            .prop("days", "Int32", 20)
            .build();
        let get = api("identitygovernance-rule-get")
            .response_prose("Answers `200 OK` with one microsoft.graph.identityGovernance.rule", 50)
            .block(
                Some(r#"{"blockType": "response", "@odata.type": "microsoft.graph.identityGovernance.rule"}"#),
                100,
                "http",
                "HTTP/1.1 200 OK\n\n{\n  \"@odata.type\": \"#microsoft.graph.identityGovernance.inactivityRule\",\n  \"days\": 3,\n  \"ruleType\": \"inactivity\",\n  \"other\": 1\n}",
            )
            .build();
        let added = "[[add_property]]\ntype = \"microsoft.graph.identityGovernance.rule\"\nname = \"ruleType\"\nty = \"String\"\ndescription = \"d\"\nreason = \"every example has it\"\n";
        let found = lint_pages_with(vec![base, derived, get], added);
        let unknown: Vec<_> = found
            .iter()
            .filter(|f| f.code == codes::EXAMPLE_PROPERTY_UNKNOWN)
            .map(|f| (f.line, f.severity))
            .collect();
        assert_eq!(
            unknown,
            [(105, Severity::Note), (106, Severity::Warning)],
            "{found:#?}"
        );
    }

    fn run_page() -> lcw_docs::page::DocPage {
        resource("run", 10)
            .prop("id", "String", 20)
            .prop("totalTasksCounts", "Int32", 21)
            .prop(
                "summary",
                "microsoft.graph.identityGovernance.runSummary",
                22,
            )
            .build()
    }

    fn summary_page() -> lcw_docs::page::DocPage {
        resource("runSummary", 10)
            .prop("failedRuns", "Int32", 20)
            .build()
    }

    #[test]
    fn example_properties_must_be_documented() {
        let get = api("identitygovernance-run-get")
            .response_prose("Answers `200 OK` with one microsoft.graph.identityGovernance.run", 50)
            .block(
                Some(r#"{"blockType": "response", "@odata.type": "microsoft.graph.identityGovernance.run"}"#),
                100,
                "http",
                "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"id\": \"1\",\n  \"totalTasksCount\": 2,\n  \"summary\": {\"failedRuns\": 1, \"totalTasks\": 3}\n}",
            )
            .build();
        let found = lint_pages(vec![run_page(), summary_page(), get]);
        assert_has(
            &found,
            codes::EXAMPLE_PROPERTY_UNKNOWN,
            105,
            "totalTasksCount",
        );
        assert_has(&found, codes::EXAMPLE_PROPERTY_UNKNOWN, 106, "totalTasks");
        assert_eq!(
            count(&found, codes::EXAMPLE_PROPERTY_UNKNOWN),
            2,
            "{found:#?}"
        );
    }

    #[test]
    fn examples_are_checked_against_the_type_of_their_own_version() {
        let body = "HTTP/1.1 200 OK\n\n{\n  \"failedRuns\": 1,\n  \"totalUsers\": 2\n}";
        let summary = |dir: &str| {
            api("identitygovernance-run-summary")
                .path(&format!("api-reference/{dir}/api/identitygovernance-run-summary.md"))
                .response_prose("Answers `200 OK` with one microsoft.graph.identityGovernance.runSummary", 50)
                .block(Some(r#"{"blockType": "response", "@odata.type": "microsoft.graph.identityGovernance.runSummary"}"#), 100, "http", body)
                .build()
        };
        let v1_type = resource("runSummary", 10)
            .path("api-reference/v1.0/resources/identitygovernance-runsummary.md")
            .prop("failedRuns", "Int32", 20)
            .prop("totalUsers", "Int32", 21)
            .build();
        // Beta pages first, as the loader reads them: the beta type must not stand in for v1.0.
        let found = lint_pages(vec![
            summary_page(),
            summary("beta"),
            v1_type,
            summary("v1.0"),
        ]);
        let unknown: Vec<_> = found
            .iter()
            .filter(|f| f.code == codes::EXAMPLE_PROPERTY_UNKNOWN)
            .map(|f| f.file.as_str())
            .collect();
        assert_eq!(
            unknown,
            ["api-reference/beta/api/identitygovernance-run-summary.md"],
            "{found:#?}"
        );
    }

    #[test]
    fn an_unwrapped_member_is_explained_and_its_value_checked_as_the_body() {
        let wrapped =
            "HTTP/1.1 200 OK\n\n{\n  \"run\": {\"id\": \"1\", \"summary\": {\"lostRuns\": 1}}\n}";
        let renew = api("identitygovernance-run-renew")
            .response_prose("Answers `200 OK` with one microsoft.graph.identityGovernance.run", 50)
            .block(Some(r#"{"blockType": "request", "name": "renew_one"}"#), 80, "http", "POST https://graph.microsoft.com/beta/runs/1/renew")
            .block(Some(r#"{"blockType": "response", "@odata.type": "microsoft.graph.identityGovernance.run"}"#), 100, "http", wrapped)
            .block(Some(r#"{"blockType": "request", "name": "renew_two"}"#), 180, "http", "POST https://graph.microsoft.com/beta/runs/2/renew")
            .block(Some(r#"{"blockType": "response", "@odata.type": "microsoft.graph.identityGovernance.run"}"#), 200, "http", wrapped)
            .build();
        let text = "[[example]]\noperation = \"run-renew\"\nname = \"renew_one\"\nunwrap = \"run\"\nreason = \"sent bare\"\n";
        let mut read = lcw_docs::diag::Diagnostics::default();
        let overrides =
            lcw_docs::overrides::Overrides::parse(text, "overrides.toml".into(), &mut read);
        assert!(read.as_slice().is_empty(), "{:?}", read.as_slice());
        let mut found =
            crate::lint::check_pages_with(&[run_page(), summary_page(), renew], Some(&overrides));
        crate::lint::explain(&mut found, &overrides);
        let unknown = |line: u32| {
            found
                .iter()
                .find(|f| f.code == codes::EXAMPLE_PROPERTY_UNKNOWN && f.line == line)
        };
        // The wrapper of the named example is explained; the other example's is not.
        let first =
            unknown(103).unwrap_or_else(|| panic!("no wrapper finding for renew_one: {found:#?}"));
        assert_eq!(first.severity, crate::finding::Severity::Note, "{first}");
        assert!(
            first
                .message
                .ends_with("(corrected by overrides.toml: sent bare)"),
            "{first}"
        );
        assert_eq!(
            unknown(203).map(|f| f.severity),
            Some(crate::finding::Severity::Warning),
            "{found:#?}"
        );
        // The unwrapped run is checked: its summary carries an undocumented key.
        assert_has(&found, codes::EXAMPLE_PROPERTY_UNKNOWN, 103, "lostRuns");
        assert_eq!(
            count(&found, codes::EXAMPLE_PROPERTY_UNKNOWN),
            3,
            "{found:#?}"
        );
    }

    #[test]
    fn response_prose_against_the_body_shape() {
        let get = |prose: &str, body: &str| {
            api("identitygovernance-deleteditemcontainer-get")
                .response_prose(prose, 50)
                .block(
                    Some(r#"{"blockType": "response", "@odata.type": "microsoft.graph.identityGovernance.run"}"#),
                    100,
                    "http",
                    &format!("HTTP/1.1 200 OK\n\n{body}"),
                )
                .build()
        };
        let shape = |prose: &str, body: &str| {
            let found = lint_pages(vec![run_page(), summary_page(), get(prose, body)]);
            count(&found, codes::EXAMPLE_SHAPE_AGAINST_PROSE)
        };
        let many = "Answers `200 OK` with a microsoft.graph.identityGovernance.run collection";
        let one = "Answers `200 OK` with one microsoft.graph.identityGovernance.run";
        let entity = r#"{"@odata.context": "https://graph.microsoft.com/beta/$metadata#runs/$entity", "id": "1"}"#;
        let page =
            r#"{"@odata.context": "https://graph.microsoft.com/beta/$metadata#runs", "value": []}"#;
        assert_eq!(shape(many, entity), 1);
        assert_eq!(shape(one, page), 1);
        assert_eq!(shape(one, entity), 0);
        assert_eq!(shape(many, page), 0);
        assert_eq!(
            shape(many, r#"{"id": "1"}"#),
            0,
            "a body that does not say is not judged"
        );
    }

    #[test]
    fn annotation_type_and_collection_against_the_page() {
        let get = api("identitygovernance-userprocessingresult-get")
            .response_prose("Answers `200 OK` with one microsoft.graph.identityGovernance.runSummary", 50)
            .block(
                Some(r#"{"blockType": "response", "@odata.type": "microsoft.graph.identityGovernance.run"}"#),
                100,
                "http",
                "HTTP/1.1 200 OK\n\n{\"failedRuns\": 1}",
            )
            .block(
                Some(r#"{"blockType": "response", "@odata.type": "Collection(microsoft.graph.identityGovernance.runSummary)"}"#),
                200,
                "http",
                "HTTP/1.1 200 OK\n\n{\"failedRuns\": 1}",
            )
            .build();
        let found = lint_pages(vec![run_page(), summary_page(), get]);
        assert_has(
            &found,
            codes::EXAMPLE_ANNOTATION_TYPE,
            94,
            "identityGovernance.run`",
        );
        assert_has(&found, codes::EXAMPLE_COLLECTION, 202, "collection");
        // Checked against the type the page returns, so `failedRuns` is known.
        assert_eq!(
            count(&found, codes::EXAMPLE_PROPERTY_UNKNOWN),
            0,
            "{found:#?}"
        );
    }
}
