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
use crate::index::own_type_name;
use crate::typecell;

/// One `$filter` comparison or function call: the property it tests and the operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// First segment of the property path (`subject` of `subject/id`).
    pub property: String,
    /// The operator or function as written (`eq`, `startsWith`, `any`).
    pub op: String,
}

/// Splits `text` at each top-level (outside quotes and parentheses) ` and ` / ` or `.
fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut quoted, mut start) = (0i32, false, 0);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' => quoted = !quoted,
            b'(' if !quoted => depth += 1,
            b')' if !quoted => depth -= 1,
            b' ' if !quoted && depth == 0 => {
                let rest = &text[i..];
                let word = [" and ", " or "]
                    .into_iter()
                    .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w));
                if let Some(w) = word {
                    out.push(&text[start..i]);
                    i += w.len();
                    start = i;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&text[start..]);
    out
}

/// Reads the terms of a `$filter` value; what it cannot read it leaves out.
pub fn filter_terms(expr: &str) -> Vec<Term> {
    let mut out = Vec::new();
    for clause in clauses(expr) {
        let mut c = clause.trim();
        while let Some(inner) = c.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
            c = inner.trim();
        }
        if let Some(rest) = c.strip_prefix("not").filter(|r| r.starts_with([' ', '('])) {
            let inner = filter_terms(rest);
            out.extend(inner.iter().map(|t| Term {
                property: t.property.clone(),
                op: "not".into(),
            }));
            out.extend(inner);
            continue;
        }
        let head_end = c.find([' ', '(']).unwrap_or(c.len());
        let head = &c[..head_end];
        if c[head_end..].starts_with('(') {
            // `startsWith(displayName,'x')`, or `tasks/any(t: ...)` on a collection.
            let (path, func) = match head.rsplit_once('/') {
                Some((path, func)) => (path.to_string(), func),
                None => {
                    let args = &c[head_end + 1..];
                    (
                        args.split([',', ')'])
                            .next()
                            .unwrap_or("")
                            .trim()
                            .to_string(),
                        head,
                    )
                }
            };
            out.push(Term {
                property: first_segment(&path),
                op: func.to_string(),
            });
        } else if let Some(op) = c[head_end..].split_whitespace().next() {
            out.push(Term {
                property: first_segment(head),
                op: op.to_string(),
            });
        }
    }
    out.retain(|t| {
        !t.property.is_empty()
            && t.property
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
    });
    out
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
        let value = value
            .replace("%20", " ")
            .replace("%27", "'")
            .replace("%24", "$")
            .replace('+', " ");
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
    let returned = p
        .page
        .response_prose
        .as_ref()
        .and_then(|r| typecell::from_response_prose(&r.value))
        .filter(|t| !t.primitive);
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
                "$filter" => filter_terms(&value)
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
            .index
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

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(expr: &str) -> Vec<(String, String)> {
        filter_terms(expr)
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
                pair("displayName", "startsWith"),
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
        assert!(terms("").is_empty() && terms("'x'").is_empty());
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
