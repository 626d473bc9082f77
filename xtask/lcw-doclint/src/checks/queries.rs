//! Example requests against what the docs say a call and its properties accept: an OData option
//! the page's `## Optional query parameters` does not name, a `$filter` on a property whose
//! description allows no `$filter` or not that operator, an `$orderby` on a property that does
//! not allow it. These notes feed the generated `PropertyInfo` and the emulator's answers, so an
//! example that contradicts them is a disagreement worth a look.

use lcw_docs::build::notes;
use lcw_docs::build::operations::operation_id;
use lcw_docs::diag::Span;
use lcw_docs::model::Verb;
use lcw_docs::overrides::canonical_query_option;
use lcw_docs::page::{ApiVersion, PageKind};

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject};
use crate::tree::own_type_name;

/// One `$filter` comparison or function call: the property it tests and the operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// First segment of the property path (`subject` of `subject/id`): the property of the
    /// queried type whose notes say what `$filter` it allows.
    pub property: String,
    /// The whole property path, every segment (`subject/id`).
    pub path: String,
    /// The operator or function (`eq`, `startswith`, `any`), or `not` for a term inside a
    /// `not` (reported once as `not`, once with its own operator).
    pub op: String,
}

/// The terms of a `$filter` value, read by the parser the emulator uses ([`lcw_odata`]): a
/// filter the emulator would refuse as malformed yields no terms here either (the error is
/// returned, not guessed around).
pub fn filter_terms(expr: &str) -> Result<Vec<Term>, lcw_odata::FilterError> {
    let parsed = lcw_odata::parse(expr)?;
    let mut out = Vec::new();
    parsed.for_each_term(&mut |term| {
        let property = term.path.first().cloned().unwrap_or_default();
        let path = term.path.join("/");
        if term.negated {
            out.push(Term {
                property: property.clone(),
                path: path.clone(),
                op: "not".into(),
            });
        }
        out.push(Term {
            property,
            path,
            op: term.op.to_owned(),
        });
    });
    // Only plain property names have notes (`$it`, `@odata.type` do not).
    out.retain(|t| {
        !t.property.is_empty()
            && t.property
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
    });
    Ok(out)
}

fn first_segment(path: &str) -> String {
    path.trim().split('/').next().unwrap_or("").to_string()
}

/// The properties of an `$orderby` value (`a desc, b`).
pub fn orderby_properties(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter_map(|part| part.split_whitespace().next())
        .map(first_segment)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The query of an example request line, decoded enough to read: `(name, value, column)` per
/// option, the column being where the name starts on the line (1-based, in characters).
pub fn query_options(line: &str) -> Vec<(String, String, u32)> {
    let Some(q) = line.find('?') else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut at = q + 1;
    let query = line[at..].trim_end();
    for part in query.split('&') {
        let col = line[..at].chars().count() as u32 + 1;
        at += part.len() + 1;
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        let value = value.replace('+', " ");
        let value = percent_encoding::percent_decode_str(&value)
            .decode_utf8_lossy()
            .into_owned();
        out.push((name.trim().to_string(), value, col));
    }
    out
}

/// Runs the query checks on an API page.
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    if p.page.kind != PageKind::Api {
        return;
    }
    let id = operation_id(p.page);
    let documented: Vec<String> = p
        .page
        .query_options
        .iter()
        .map(|o| canonical_query_option(&o.value))
        .collect();
    let returned = ctx.tree.response_type(p.page).filter(|t| !t.primitive);
    for block in &p.page.blocks {
        let is_request = block
            .annotation
            .as_ref()
            .and_then(|a| a.str_field("blockType"))
            .is_none_or(|t| t.eq_ignore_ascii_case("request"));
        let Some(code) = block.code.as_ref().filter(|_| is_request) else {
            continue;
        };
        let Some((offset, line)) = code
            .text
            .lines()
            .enumerate()
            .find(|(_, l)| !l.trim().is_empty())
        else {
            continue;
        };
        let mut words = line.split_whitespace();
        if words.next().and_then(Verb::parse).is_none()
            || !words
                .next()
                .is_some_and(|u| u.starts_with("http") || u.starts_with('/'))
        {
            continue;
        }
        let line_no = code.span.line + offset as u32;
        let col_base = if offset == 0 { code.span.col } else { 1 };
        for (name, value, col) in query_options(line) {
            if !name.starts_with('$') {
                continue;
            }
            let at = Span::new(line_no, col_base + col - 1);
            let option = canonical_query_option(&name);
            // State tokens are copied from a next or delta link the service returned, never
            // chosen by the caller: no page lists them among its query parameters.
            if is_state_token(&option) {
                continue;
            }
            if !documented.contains(&option) {
                out.push(
                    Finding::new(&p.file, at, codes::EXAMPLE_QUERY_OPTION_UNDOCUMENTED, format!("the example uses `{name}`, which `## Optional query parameters` does not name"))
                        .about(Subject::QueryOption { id: id.clone(), option: option.clone() }),
                );
            }
            let Some(ty) = &returned else { continue };
            let target = Target {
                ctx,
                file: &p.file,
                ty: &ty.name,
                version: p.page.version,
                at,
            };
            match option.as_str() {
                // A filter the shared parser cannot read is left to the emulator's tests (the
                // same text would be a `400` there); its terms cannot be told apart reliably.
                "$filter" => filter_terms(&value)
                    .unwrap_or_default()
                    .iter()
                    .for_each(|t| target.check_filter(t, out)),
                "$orderby" => orderby_properties(&value)
                    .iter()
                    .for_each(|name| target.check_orderby(name, out)),
                _ => {}
            }
        }
    }
}

/// The type an example queries, and where the finding goes.
struct Target<'c, 'a> {
    ctx: &'c Ctx<'a>,
    file: &'c str,
    ty: &'c str,
    version: ApiVersion,
    at: Span,
}

impl Target<'_, '_> {
    /// The description notes of `name` and the type whose page lists it; `None` when no page of
    /// the type chain lists it (another check's business).
    fn notes(&self, name: &str) -> Option<(notes::Notes, String)> {
        let page = self
            .ctx
            .tree
            .chain(self.version, self.ty)
            .into_iter()
            .find(|p| {
                p.properties
                    .iter()
                    .chain(&p.relationships)
                    .any(|r| r.name.value == name)
            })?;
        let row = page
            .properties
            .iter()
            .chain(&page.relationships)
            .find(|r| r.name.value == name)?;
        Some((
            notes::read(&row.description),
            own_type_name(page).unwrap_or_else(|| self.ty.to_string()),
        ))
    }

    fn check_filter(&self, term: &Term, out: &mut Vec<Finding>) {
        let Some((notes, owner)) = self.notes(&term.property) else {
            return;
        };
        let allowed: Vec<&str> = notes.filter.iter().map(|f| f.as_str()).collect();
        if allowed.iter().any(|a| a.eq_ignore_ascii_case(&term.op)) {
            return;
        }
        let message = if allowed.is_empty() {
            format!(
                "the example filters on `{}`, whose description allows no `$filter`",
                term.property
            )
        } else {
            format!(
                "the example filters `{}` with `{}`, its description allows only {}",
                term.property,
                term.op,
                allowed.join(", ")
            )
        };
        out.push(
            Finding::new(
                self.file,
                self.at,
                codes::EXAMPLE_FILTER_UNSUPPORTED,
                message,
            )
            .about(Subject::QuerySupport {
                ty: owner,
                name: term.property.clone(),
            }),
        );
    }

    fn check_orderby(&self, name: &str, out: &mut Vec<Finding>) {
        let Some((notes, owner)) = self.notes(name) else {
            return;
        };
        if !notes.orderby {
            let message = format!(
                "the example orders by `{name}`, whose description does not allow `$orderby`"
            );
            out.push(
                Finding::new(
                    self.file,
                    self.at,
                    codes::EXAMPLE_ORDERBY_UNSUPPORTED,
                    message,
                )
                .about(Subject::QuerySupport {
                    ty: owner,
                    name: name.to_string(),
                }),
            );
        }
    }
}

/// `$skiptoken` and `$deltatoken`, in any case.
fn is_state_token(option: &str) -> bool {
    ["$skiptoken", "$deltatoken"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(option))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(expr: &str) -> Vec<(String, String)> {
        filter_terms(expr)
            .unwrap_or_else(|e| panic!("`{expr}` should parse: {e:?}"))
            .into_iter()
            .map(|t| (t.property, t.op))
            .collect()
    }

    #[test]
    fn filter_terms_in_every_written_form() {
        let pair = |p: &str, o: &str| (p.to_string(), o.to_string());
        assert_eq!(terms("category eq 'leaver'"), vec![pair("category", "eq")]);
        assert_eq!(
            terms("(isEnabled eq true) and startsWith(displayName,'a and b') or subject/id ne '1'"),
            vec![
                pair("isEnabled", "eq"),
                pair("displayName", "startswith"),
                pair("subject", "ne")
            ]
        );
        assert_eq!(
            terms("tasks/any(t: t/isEnabled eq true)"),
            vec![pair("tasks", "any")]
        );
        assert_eq!(
            terms("not (category eq 'joiner')"),
            vec![pair("category", "not"), pair("category", "eq")]
        );
        assert_eq!(terms("category in ('a','b')"), vec![pair("category", "in")]);
        // Not filters at all: errors, never an empty list of terms.
        assert!(filter_terms("").is_err() && filter_terms("'x'").is_err());
        assert_eq!(
            terms("tasks/all(t: t/isEnabled eq true)"),
            vec![pair("tasks", "all")]
        );
    }

    #[test]
    fn filter_terms_keep_every_path_segment() {
        let paths: Vec<String> = filter_terms("subject/manager/id eq '1' and category eq 'joiner'")
            .expect("the filter parses")
            .into_iter()
            .map(|t| t.path)
            .collect();
        assert_eq!(paths, ["subject/manager/id", "category"]);
        assert!(filter_terms("category eq").is_err());
    }

    #[test]
    fn state_tokens_are_not_query_options_a_page_lists() {
        assert!(super::is_state_token("$skipToken") && super::is_state_token("$deltatoken"));
        assert!(!super::is_state_token("$skip") && !super::is_state_token("$top"));
    }

    #[test]
    fn query_options_with_columns() {
        let line = "GET https://graph.microsoft.com/beta/a?$filter=category%20eq%20'leaver'&$select=id,category";
        let got = query_options(line);
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("$filter", "category eq 'leaver'")
        );
        assert_eq!(got[1].0, "$select");
        let col = got[1].2 as usize;
        assert!(line[col - 1..].starts_with("$select"), "column {col}");
        assert!(query_options("GET https://graph.microsoft.com/beta/a").is_empty());
        assert_eq!(
            orderby_properties("startedDateTime desc, id"),
            vec!["startedDateTime", "id"]
        );
    }
}
