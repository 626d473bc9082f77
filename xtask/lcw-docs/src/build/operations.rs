//! API pages to [`Operation`]s: request lines, query options, body, return type, status, examples.

use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span};
use crate::model::{Example, Operation, QualifiedName, Source, TypeRef, Verb};
use crate::page::{AnnotatedBlock, CodeBlock, DocPage};
use crate::parse::message;

use super::paths::{self, Segments};
use super::resolve::{Names, qualify_with};
use super::{page_namespace, property_from_row};

/// The operation id of a page: file stem, lower case, without the `identitygovernance-` prefix.
pub fn operation_id(page: &DocPage) -> String {
    let stem = page
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    stem.strip_prefix("identitygovernance-")
        .map(str::to_string)
        .unwrap_or(stem)
}

/// Every operation of one API page (one per request line). With `path_fixed` (an override
/// replaces the page's path) the written path is still read, but what it needed to become a
/// template is not reported: the override's reason explains it.
pub fn page_operations(
    page: &DocPage,
    names: &Names,
    segments: &Segments,
    path_fixed: bool,
    diagnostics: &mut Diagnostics,
) -> Vec<Operation> {
    let report = |diagnostics: &mut Diagnostics, span: Span, severity, code, message: String| {
        diagnostics.push(Diagnostic::new(
            page.path.clone(),
            span,
            severity,
            code,
            message,
        ));
    };
    let page_span = page.title.as_ref().map_or(Span::new(1, 1), |t| t.span);
    if page.http_requests.is_empty() {
        report(
            diagnostics,
            page_span,
            Severity::Warning,
            codes::NO_REQUEST_LINE,
            "API page has no request line under `## HTTP request`".to_string(),
        );
        return Vec::new();
    }
    let ns = page_namespace(page);
    let examples = examples(page);
    let (returns, prose_status) = page.response_prose.as_ref().map_or((None, None), |prose| {
        returns_from_prose(&prose.value, &ns, &|candidate| {
            names.find(candidate).cloned()
        })
    });
    let returns = returns.or_else(|| examples.iter().find_map(example_returns));
    let success_status = examples
        .iter()
        .find_map(|e| e.response_status)
        .or(prose_status);
    let success_status = success_status.unwrap_or_else(|| {
        report(
            diagnostics,
            page_span,
            Severity::Warning,
            codes::NO_SUCCESS_STATUS,
            "no success status in the examples or the response prose; 200 assumed".to_string(),
        );
        200
    });
    let mut query_options: Vec<String> = Vec::new();
    for option in &page.query_options {
        let canonical = crate::overrides::canonical_query_option(&option.value);
        if !query_options.contains(&canonical) {
            query_options.push(canonical);
        }
    }
    let request_body: Vec<_> = page
        .request_body
        .iter()
        .filter_map(|row| property_from_row(page, row, false, names, &ns, diagnostics))
        .collect();
    let function_params: Vec<_> = page
        .function_parameters
        .iter()
        .filter_map(|row| property_from_row(page, row, false, names, &ns, diagnostics))
        .collect();
    let title = page
        .title
        .as_ref()
        .map(|t| t.value.clone())
        .unwrap_or_default();
    let id = operation_id(page);
    let mut operations = Vec::new();
    for line in &page.http_requests {
        let Some(verb) = Verb::parse(&line.verb) else {
            report(
                diagnostics,
                line.span,
                Severity::Error,
                codes::BAD_REQUEST_LINE,
                format!("unknown verb `{}`", line.verb),
            );
            continue;
        };
        if line.path.trim().is_empty() {
            report(
                diagnostics,
                line.span,
                Severity::Error,
                codes::BAD_REQUEST_LINE,
                "request line has no path".to_string(),
            );
            continue;
        }
        let path = match with_function_parameters(&line.path, page, verb) {
            Some(completed) => {
                report(
                    diagnostics,
                    line.span,
                    Severity::Warning,
                    codes::FUNCTION_PARAMETERS_MISSING,
                    format!(
                        "`{}` shows the function without its parameters; `## Function parameters` lists them, so the path is `{completed}`",
                        line.path.trim()
                    ),
                );
                completed
            }
            None => line.path.clone(),
        };
        let normalised = paths::normalise(&path, &sample_keys(page, line.span), segments);
        if !normalised.rewrites.is_empty() && !path_fixed {
            let rewrites = normalised.rewrites.join(", ");
            report(
                diagnostics,
                line.span,
                Severity::Warning,
                codes::PATH_NORMALISED,
                format!(
                    "request path normalised to `{}`: {rewrites}",
                    normalised.path
                ),
            );
        }
        if normalised.unknown_root && !path_fixed {
            report(
                diagnostics,
                line.span,
                Severity::Warning,
                codes::PATH_UNKNOWN_ROOT,
                format!(
                    "request path `{}` does not start at a named root segment",
                    normalised.path
                ),
            );
        }
        operations.push(Operation {
            title: title.clone(),
            id: id.clone(),
            verb,
            path: normalised.path,
            path_params: normalised.params,
            query_options: query_options.clone(),
            expandable: page.expandable.iter().map(|n| n.value.clone()).collect(),
            request_body: request_body.clone(),
            function_params: function_params.clone(),
            returns: returns.clone(),
            success_status,
            examples: examples.clone(),
            source: Source {
                file: page.path.clone(),
                span: line.span,
            },
        });
    }
    operations
}

/// A `GET` path whose last segment is a function written without its parameters, completed
/// from the page's `## Function parameters` table: `.../summary` becomes
/// `.../summary(startDateTime={startDateTime},endDateTime={endDateTime})`.
fn with_function_parameters(path: &str, page: &DocPage, verb: Verb) -> Option<String> {
    if verb != Verb::Get || page.function_parameters.is_empty() {
        return None;
    }
    let path = path.trim().trim_end_matches('/');
    let (route, query) = path
        .split_once('?')
        .map_or((path, None), |(r, q)| (r, Some(q)));
    let last = route.rsplit('/').next()?;
    if last.contains('(') || last.starts_with('{') || last.is_empty() {
        return None;
    }
    let arguments: Vec<String> = page
        .function_parameters
        .iter()
        .map(|p| format!("{0}={{{0}}}", p.name.value))
        .collect();
    let mut completed = format!("{route}({})", arguments.join(","));
    if let Some(query) = query {
        completed.push('?');
        completed.push_str(query);
    }
    Some(completed)
}

/// `sampleKeys` of the annotation on the code block holding the request line at `span`.
fn sample_keys(page: &DocPage, span: Span) -> Vec<String> {
    let holder = page.blocks.iter().find(|b| {
        b.code.as_ref().is_some_and(|c| {
            let lines = u32::try_from(c.text.lines().count()).unwrap_or(u32::MAX);
            c.span.line <= span.line && span.line < c.span.line.saturating_add(lines.max(1))
        })
    });
    let keys = holder
        .and_then(|b| b.annotation.as_ref())
        .and_then(|a| a.value.get("sampleKeys"))
        .and_then(|k| k.as_array());
    keys.map(|k| {
        k.iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    })
    .unwrap_or_default()
}

/// The return type and the success status a `## Response` prose (`text`, on a page of namespace
/// `ns`) states, as stage 2 reads them: the first word that names a defined type (dotted, or
/// followed by `object(s)`, `resource`, `collection` or `entity`), a collection when
/// `collection` comes up to three words before it or `collection` / `objects` right after it;
/// the first three-digit number starting with 2.
///
/// `find` answers the defined name a candidate spelling stands for (stage 2 passes its
/// per-version [`Names`]; the lint a lookup over the stage-2 model it holds), so both read the
/// same prose into the same type.
pub fn returns_from_prose(
    text: &str,
    ns: &str,
    find: &dyn Fn(&str) -> Option<QualifiedName>,
) -> (Option<TypeRef>, Option<u16>) {
    let status = text
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 3 && w.starts_with('2'))
        .and_then(|w| w.parse::<u16>().ok());
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
                .trim_end_matches('.')
        })
        .collect();
    for (i, word) in words.iter().enumerate() {
        if word.is_empty() || !word.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let next = words
            .get(i + 1)
            .map(|w| w.to_ascii_lowercase())
            .unwrap_or_default();
        let typed_word = matches!(
            next.as_str(),
            "object" | "objects" | "resource" | "collection" | "entity"
        );
        if !word.contains('.') && !typed_word {
            continue;
        }
        let name = qualify_with(word, None, ns, find);
        if find(&name.to_string()).is_none() {
            continue;
        }
        let before = words[..i]
            .iter()
            .rev()
            .take(3)
            .any(|w| w.eq_ignore_ascii_case("collection"));
        // "x collection", "x objects", and "x object collection" / "x resource collection".
        let after_next_is_collection = typed_word
            && words
                .get(i + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("collection"));
        let collection =
            before || next == "collection" || next == "objects" || after_next_is_collection;
        let named = TypeRef::Named(name);
        let ty = if collection {
            TypeRef::Collection(Box::new(named))
        } else {
            named
        };
        return (Some(ty), status);
    }
    (None, status)
}

fn example_returns(example: &Example) -> Option<TypeRef> {
    let named = TypeRef::Named(example.response_type.clone()?);
    Some(if example.response_is_collection {
        TypeRef::Collection(Box::new(named))
    } else {
        named
    })
}

/// What a code block is to the examples.
enum ExampleBlock {
    Request,
    Response,
    /// A bare `json` fence right after a response fence that had only its status and headers.
    ResponseBody,
    Other,
}

fn example_block(block: &AnnotatedBlock, index: usize, examples: &[Example]) -> ExampleBlock {
    let block_type = block
        .annotation
        .as_ref()
        .and_then(|a| a.str_field("blockType"))
        .map(str::to_ascii_lowercase);
    match block_type.as_deref() {
        Some("request") => return ExampleBlock::Request,
        Some("response") => return ExampleBlock::Response,
        Some(_) => return ExampleBlock::Other,
        None => {}
    }
    let Some(code) = &block.code else {
        return ExampleBlock::Other;
    };
    let message = message::split(&code.text);
    if is_unannotated_request(block) {
        ExampleBlock::Request
    } else if message.status.is_some() {
        ExampleBlock::Response
    } else if message.start_line.is_none()
        && message.body.is_some()
        && examples.last().is_some_and(|e| {
            e.response_block.is_some_and(|b| b + 1 == index) && e.response_body.is_none()
        })
    {
        ExampleBlock::ResponseBody
    } else {
        ExampleBlock::Other
    }
}

/// Request/response pairs in page order. A response pairs with the request before it.
pub fn examples(page: &DocPage) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    for (index, block) in page.blocks.iter().enumerate() {
        match example_block(block, index, &out) {
            ExampleBlock::Request => out.push(request_example(block)),
            ExampleBlock::Response => {
                let slot = match out.last_mut() {
                    Some(last)
                        if last.response_status.is_none()
                            && last.response_body.is_none()
                            && last.response_type.is_none() =>
                    {
                        last
                    }
                    _ => {
                        out.push(empty_example());
                        let last = out.len() - 1;
                        &mut out[last]
                    }
                };
                slot.response_block = Some(index);
                fill_response(slot, block);
            }
            ExampleBlock::ResponseBody => {
                if let (Some(last), Some(code)) = (out.last_mut(), &block.code) {
                    fill_body(last, code);
                }
            }
            ExampleBlock::Other => {}
        }
    }
    out
}

fn is_unannotated_request(block: &AnnotatedBlock) -> bool {
    block.code.as_ref().is_some_and(|c| {
        message::split(&c.text).start_line.is_some_and(|line| {
            let mut words = line.split_whitespace();
            words.next().and_then(Verb::parse).is_some()
                && words.next().is_some_and(|u| u.starts_with("http"))
        })
    })
}

fn empty_example() -> Example {
    Example {
        name: String::new(),
        request_line: String::new(),
        request_body: None,
        response_type: None,
        response_is_collection: false,
        response_status: None,
        response_body: None,
        documented_response_body: None,
        response_span: None,
        response_block: None,
    }
}

fn request_example(block: &AnnotatedBlock) -> Example {
    let mut example = empty_example();
    example.name = block
        .annotation
        .as_ref()
        .and_then(|a| a.str_field("name"))
        .unwrap_or("")
        .to_string();
    if let Some(code) = &block.code {
        let message = message::split(&code.text);
        example.request_line = message.start_line.unwrap_or_default().to_string();
        example.request_body = message.body.map(str::to_string);
    }
    example
}

fn fill_response(example: &mut Example, block: &AnnotatedBlock) {
    if let Some(annotation) = &block.annotation {
        let odata_type = annotation
            .str_field("@odata.type")
            .or_else(|| annotation.str_field("@type"));
        if let Some(ty) = odata_type.map(|t| t.trim().trim_start_matches('#')) {
            // `collection(x)` is the same as `Collection(x)`: never a type named `collection(x`.
            let (inner, is_collection) = match ty
                .get(.."Collection(".len())
                .filter(|head| head.eq_ignore_ascii_case("Collection("))
                .and_then(|_| ty["Collection(".len()..].strip_suffix(')'))
            {
                Some(inner) => (inner, true),
                None => (ty, false),
            };
            example.response_type = QualifiedName::parse(inner);
            example.response_is_collection = is_collection;
        }
        let flag = annotation.value.get("isCollection");
        if flag.is_some_and(|v| v.as_bool() == Some(true) || v.as_str() == Some("true")) {
            example.response_is_collection = true;
        }
    }
    if let Some(code) = &block.code {
        example.response_status = message::split(&code.text).status;
        fill_body(example, code);
    }
}

fn fill_body(example: &mut Example, code: &CodeBlock) {
    let message = message::split(&code.text);
    if let Some(body) = message.body {
        let line = u32::try_from(message.body_line).unwrap_or(0);
        example.response_span = Some(Span::new(code.span.line.saturating_add(line), 1));
        example.response_body = Some(body.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{ApiVersion, PageKind};

    #[test]
    fn operation_ids_drop_the_family_prefix_and_fold_case() {
        let id = |path: &str| {
            operation_id(&DocPage::empty(
                path.into(),
                ApiVersion::Beta,
                PageKind::Api,
            ))
        };
        assert_eq!(
            id("api-reference/beta/api/identitygovernance-run-get.md"),
            "run-get"
        );
        assert_eq!(
            id("api-reference/beta/api/workflow-list-executionscope.md"),
            "workflow-list-executionscope"
        );
        assert_eq!(
            id("api-reference/beta/api/identitygovernance-deletedItemcontainer-delete.md"),
            "deleteditemcontainer-delete"
        );
    }

    #[test]
    fn prose_returns_a_collection_of_objects() {
        let gadget = QualifiedName::new("microsoft.graph", "gadget");
        let find = |c: &str| (c == "microsoft.graph.gadget").then(|| gadget.clone());
        let read = |prose: &str| returns_from_prose(prose, "microsoft.graph", &find).0;
        let many = Some(TypeRef::Collection(Box::new(TypeRef::Named(
            gadget.clone(),
        ))));
        assert_eq!(
            read("returns `200 OK` and the gadget object collection."),
            many
        );
        assert_eq!(
            read("returns `200 OK` and a collection of gadget objects."),
            many
        );
        assert_eq!(
            read("returns `200 OK` and a gadget object in the body."),
            Some(TypeRef::Named(gadget))
        );
    }
}
