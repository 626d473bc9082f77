//! Applying the entries to one version's model, and reporting those whose target is missing.

use std::collections::BTreeSet;

use super::{Entry, MissingTarget, Overrides, active, applies, canonical_query_option};
use crate::build::paths::{Segments, normalise};
use crate::build::property_with_notes;
use crate::build::resolve::{GRAPH, Names, qualify, resolve_cell};
use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span};
use crate::model::{EnumMember, Example, FilterOp, QualifiedName, Source, TypeDef, VersionModel};
use crate::page::ApiVersion;
use crate::parse::json;

impl Overrides {
    fn error(
        &self,
        diagnostics: &mut Diagnostics,
        span: Span,
        code: &'static str,
        severity: Severity,
        message: String,
    ) {
        diagnostics.push(Diagnostic::new(
            self.file.clone(),
            span,
            severity,
            code,
            message,
        ));
    }

    /// Reports an entry that finds its target already as it would make it, or cannot change it.
    fn no_effect(&self, diagnostics: &mut Diagnostics, span: Span, message: String) {
        self.error(
            diagnostics,
            span,
            codes::OVERRIDE_NO_EFFECT,
            Severity::Warning,
            message,
        );
    }

    /// Applies every entry that concerns `version`. Returns the spans of entries whose target
    /// exists in this version (see [`Overrides::report_missing`]).
    pub fn apply(
        &self,
        version: ApiVersion,
        model: &mut VersionModel,
        names: &Names,
        diagnostics: &mut Diagnostics,
    ) -> BTreeSet<Span> {
        let mut hits = BTreeSet::new();
        for o in active(&self.types, version) {
            let Some(ty) = type_mut(model, &o.type_name) else {
                continue;
            };
            hits.insert(o.span);
            let ns = ty.name.namespace.clone();
            if let Some(base) = &o.base {
                ty.base = (!base.trim().is_empty()).then(|| qualify(base, None, &ns, names));
            }
            if let Some(key) = &o.key {
                ty.key = (!key.trim().is_empty()).then(|| key.trim().to_string());
            }
            if let Some(is_abstract) = o.is_abstract {
                ty.is_abstract = is_abstract;
            }
        }
        for o in active(&self.property, version) {
            let Some(ty) = type_mut(model, &o.type_name) else {
                continue;
            };
            let ns = ty.name.namespace.clone();
            let Some(property) = ty
                .properties
                .iter_mut()
                .find(|p| p.documented_name.as_deref().unwrap_or(&p.wire_name) == o.name)
            else {
                continue;
            };
            hits.insert(o.span);
            if let Some(wire) = &o.wire_name
                && *wire != property.wire_name
            {
                property.documented_name = Some(property.wire_name.clone());
                property.wire_name = wire.clone();
            }
            if let Some(ops) = &o.filter {
                let parsed: Vec<Option<FilterOp>> =
                    ops.iter().map(|op| FilterOp::parse(op.trim())).collect();
                match ops.iter().zip(&parsed).find(|(_, p)| p.is_none()) {
                    Some((bad, _)) => self.error(
                        diagnostics,
                        o.span,
                        codes::OVERRIDES_INVALID,
                        Severity::Error,
                        format!("override filter: unknown operator `{bad}`"),
                    ),
                    None => property.filter = parsed.into_iter().flatten().collect(),
                }
            }
            if let Some(orderby) = o.orderby {
                property.orderby = orderby;
            }
            if let Some(cell) = &o.ty {
                match resolve_cell(cell, None, &ns, names) {
                    Ok(resolved) => property.ty = resolved,
                    Err(reason) => self.error(
                        diagnostics,
                        o.span,
                        codes::OVERRIDES_INVALID,
                        Severity::Error,
                        format!("override type: {reason}"),
                    ),
                }
            }
        }
        for o in active(&self.add_property, version) {
            let Some(ty) = type_mut(model, &o.type_name) else {
                continue;
            };
            hits.insert(o.span);
            if ty.properties.iter().any(|p| p.wire_name == o.name) {
                let message = format!(
                    "`{}` already lists `{}` in {}",
                    o.type_name,
                    o.name,
                    version.segment()
                );
                self.no_effect(diagnostics, o.span, message);
                continue;
            }
            let ns = ty.name.namespace.clone();
            let resolved = match resolve_cell(&o.ty, None, &ns, names) {
                Ok(resolved) => resolved,
                Err(reason) => {
                    self.error(
                        diagnostics,
                        o.span,
                        codes::OVERRIDES_INVALID,
                        Severity::Error,
                        format!("override type: {reason}"),
                    );
                    continue;
                }
            };
            let source = Source {
                file: self.file.clone(),
                span: o.span,
            };
            ty.properties.push(property_with_notes(
                o.name.clone(),
                resolved,
                o.description.clone(),
                o.relationship,
                source,
            ));
        }
        for o in active(&self.enums, version) {
            let Some(def) = lookup(&o.name).and_then(|n| model.enums.get_mut(&n)) else {
                continue;
            };
            hits.insert(o.span);
            if let Some(flags) = o.flags {
                def.flags = flags;
            }
            let has_sentinel = def.sentinel_index().is_some();
            for member in &o.add_members {
                if def.members.iter().any(|m| m.name == *member) {
                    let message = format!(
                        "`{}` already lists `{member}` in {}",
                        o.name,
                        version.segment()
                    );
                    self.no_effect(diagnostics, o.span, message);
                    continue;
                }
                def.members.push(EnumMember {
                    name: member.clone(),
                    description: String::new(),
                    after_sentinel: has_sentinel,
                });
            }
        }
        for o in active(&self.operation, version) {
            for op in model.operations.iter_mut().filter(|op| op.id == o.id) {
                hits.insert(o.span);
                if let Some(cell) = &o.returns {
                    match resolve_cell(cell, None, GRAPH, names) {
                        Ok(resolved) => op.returns = Some(resolved),
                        Err(reason) => self.error(
                            diagnostics,
                            o.span,
                            codes::OVERRIDES_INVALID,
                            Severity::Error,
                            format!("override returns: {reason}"),
                        ),
                    }
                }
                if let Some(status) = o.success_status {
                    op.success_status = status;
                }
                for option in o
                    .add_query_options
                    .iter()
                    .map(|q| canonical_query_option(q))
                {
                    if !op.query_options.contains(&option) {
                        op.query_options.push(option);
                    }
                }
                if let Some(path) = &o.path {
                    let normalised = normalise(path, &[], &Segments::default());
                    op.path = normalised.path;
                    op.path_params = normalised.params;
                }
            }
        }
        for o in active(&self.example, version) {
            let examples = model
                .operations
                .iter_mut()
                .filter(|op| op.id == o.operation)
                .flat_map(|op| op.examples.iter_mut())
                .filter(|e| o.name.as_ref().is_none_or(|name| *name == e.name));
            for example in examples {
                hits.insert(o.span);
                if let Err(why) = unwrap_body(example, &o.unwrap) {
                    let message = format!(
                        "example `{}` of `{}` {why} in {}",
                        example.name,
                        o.operation,
                        version.segment()
                    );
                    self.no_effect(diagnostics, o.span, message);
                }
            }
        }
        hits
    }

    /// Reports entries whose target was found in no version they apply to (or, for entries
    /// naming versions, missing in one of them). `hits` pairs each version built with what
    /// [`Overrides::apply`] returned for it.
    pub fn report_missing(
        &self,
        hits: &[(ApiVersion, BTreeSet<Span>)],
        diagnostics: &mut Diagnostics,
    ) {
        self.report_missing_of(&self.property, hits, diagnostics);
        self.report_missing_of(&self.add_property, hits, diagnostics);
        self.report_missing_of(&self.types, hits, diagnostics);
        self.report_missing_of(&self.enums, hits, diagnostics);
        self.report_missing_of(&self.operation, hits, diagnostics);
        self.report_missing_of(&self.example, hits, diagnostics);
    }

    fn report_missing_of<T: Entry>(
        &self,
        entries: &[T],
        hits: &[(ApiVersion, BTreeSet<Span>)],
        diagnostics: &mut Diagnostics,
    ) {
        for entry in entries {
            let (span, versions) = (entry.span(), entry.versions());
            let relevant: Vec<&(ApiVersion, BTreeSet<Span>)> =
                hits.iter().filter(|(v, _)| applies(versions, *v)).collect();
            let missing: Vec<ApiVersion> = relevant
                .iter()
                .filter(|(_, h)| !h.contains(&span))
                .map(|(v, _)| *v)
                .collect();
            // An entry naming its versions must find its target in each; one without applies
            // wherever the target exists.
            let report = if versions.is_some() {
                !missing.is_empty()
            } else {
                missing.len() == relevant.len() && !relevant.is_empty()
            };
            if !report {
                continue;
            }
            let target = entry.target();
            let segments: Vec<&str> = missing.iter().map(|v| v.segment()).collect();
            let message = format!(
                "override names {target}, which does not exist in {}",
                segments.join(", ")
            );
            diagnostics.push(Diagnostic {
                missing_target: Some(Box::new(MissingTarget {
                    table: T::TABLE,
                    target,
                    versions: missing,
                })),
                ..Diagnostic::new(
                    self.file.clone(),
                    span,
                    Severity::Error,
                    codes::OVERRIDE_TARGET_MISSING,
                    message,
                )
            });
        }
    }
}

/// Replaces the example's response body by the value of its member `member`, keeping the
/// written body; says what stood in the way when it cannot.
fn unwrap_body(example: &mut Example, member: &str) -> Result<(), String> {
    let written = example
        .response_body
        .as_deref()
        .ok_or("has no response body")?;
    let body = json::parse(written)
        .value
        .ok_or("has a response body that cannot be read")?;
    let inner = body
        .as_object()
        .and_then(|members| members.get(member))
        .ok_or_else(|| format!("has no member `{member}` in its response body"))?;
    let sent = serde_json::to_string_pretty(inner).map_err(|e| e.to_string())?;
    example.documented_response_body = example.response_body.replace(sent);
    Ok(())
}

fn lookup(name: &str) -> Option<QualifiedName> {
    QualifiedName::parse(name.trim())
}

fn type_mut<'m>(model: &'m mut VersionModel, name: &str) -> Option<&'m mut TypeDef> {
    lookup(name).and_then(|n| model.types.get_mut(&n))
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::super::schema::tests::parse;
    use super::*;

    /// An API page of `operation` whose examples (request name, response body) are given.
    fn page_with_examples(operation: &str, examples: &[(&str, &str)]) -> (PathBuf, String) {
        let mut text = format!(
            "# {operation}\n\nNamespace: microsoft.graph.workshop\n\n## HTTP request\n\n```http\nPOST /workshop/parts\n```\n\n## Examples\n"
        );
        for (name, body) in examples {
            text.push_str(&format!(
                "\n<!-- {{\"blockType\": \"request\", \"name\": \"{name}\"}} -->\n```http\nPOST https://graph.microsoft.com/beta/workshop/parts\n```\n\n<!-- {{\"blockType\": \"response\"}} -->\n```http\nHTTP/1.1 200 OK\n\n{body}\n```\n"
            ));
        }
        (
            PathBuf::from(format!("api-reference/beta/api/{operation}.md")),
            text,
        )
    }

    fn load_with(
        pages: &[(PathBuf, String)],
        text: &str,
    ) -> (Vec<crate::model::Operation>, Vec<Diagnostic>) {
        let (overrides, read) = parse(text);
        assert!(read.is_empty(), "{read:?}");
        let docs = crate::load::load_texts(pages, Some(overrides), &Default::default());
        let beta = docs.model.versions.get(&ApiVersion::Beta);
        let operations = beta
            .expect("the test pages are beta pages, so the model has a beta version")
            .operations
            .clone();
        let about_overrides = docs
            .diagnostics
            .into_iter()
            .filter(|d| d.file == Path::new("overrides.toml"))
            .collect();
        (operations, about_overrides)
    }

    #[test]
    fn an_example_override_unwraps_the_examples_it_names() {
        let wrapped = r#"{"part": {"id": "p1", "size": 3,}}"#;
        let pages = [page_with_examples(
            "part-create",
            &[("create_one", wrapped), ("create_two", wrapped)],
        )];
        let text = "[[example]]\noperation = \"part-create\"\nname = \"create_two\"\nunwrap = \"part\"\nreason = \"r\"\n";
        let (operations, diagnostics) = load_with(&pages, text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let examples = &operations[0].examples;
        let body = |i: usize| -> Option<serde_json::Value> {
            serde_json::from_str(examples[i].response_body.as_deref()?).ok()
        };
        assert_eq!(body(1), Some(serde_json::json!({"id": "p1", "size": 3})));
        assert_eq!(
            examples[1].documented_response_body.as_deref(),
            Some(wrapped)
        );
        assert_eq!(examples[0].response_body.as_deref(), Some(wrapped));
        assert_eq!(examples[0].documented_response_body, None);
    }

    #[test]
    fn an_example_override_without_a_name_unwraps_every_example_and_says_what_it_misses() {
        let pages = [page_with_examples(
            "part-create",
            &[
                ("create_one", r#"{"part": {"id": "p1"}}"#),
                ("create_two", r#"{"id": "p2"}"#),
            ],
        )];
        let text = "[[example]]\noperation = \"part-create\"\nunwrap = \"part\"\nreason = \"r\"\n";
        let (operations, diagnostics) = load_with(&pages, text);
        let examples = &operations[0].examples;
        assert!(examples[0].documented_response_body.is_some());
        assert!(examples[1].documented_response_body.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, codes::OVERRIDE_NO_EFFECT);
        assert!(
            diagnostics[0].message.contains("create_two"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn an_example_override_that_matches_no_example_is_an_error() {
        let pages = [page_with_examples(
            "part-create",
            &[("create_one", r#"{"part": {"id": "p1"}}"#)],
        )];
        for text in [
            "[[example]]\noperation = \"part-create\"\nname = \"create_three\"\nunwrap = \"part\"\nreason = \"r\"\n",
            "[[example]]\noperation = \"part-delete\"\nunwrap = \"part\"\nreason = \"r\"\n",
        ] {
            let (operations, diagnostics) = load_with(&pages, text);
            assert!(operations[0].examples[0].documented_response_body.is_none());
            assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
            assert_eq!(diagnostics[0].code, codes::OVERRIDE_TARGET_MISSING);
            assert_eq!(diagnostics[0].severity, Severity::Error);
        }
    }
}
