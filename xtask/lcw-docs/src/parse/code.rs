//! Code blocks and the annotation comments before them: JSON checks, request lines.

use super::blocks::Block;
use super::table::LineIter;
use super::{PageReader, json, message};
use crate::codes;
use crate::diag::{Severity, Span};
use crate::page::{AnnotatedBlock, Annotation, CodeBlock, RequestLine};

impl PageReader<'_> {
    pub(super) fn html(&mut self, start: usize, end: usize) {
        let raw = self.slice(start, end);
        let mut from = 0;
        while let Some(p) = raw[from..].find("<!--") {
            let open = from + p;
            let body_start = open + 4;
            let (body, next) = match raw[body_start..].find("-->") {
                Some(close) => (&raw[body_start..body_start + close], body_start + close + 3),
                None => (&raw[body_start..], raw.len()),
            };
            from = next;
            let trimmed = body.trim();
            if !trimmed.starts_with('{') {
                continue;
            }
            let annotation = self.annotation(body, start + open, start + body_start);
            self.flush_annotation();
            self.pending = Some(annotation);
        }
    }

    pub(super) fn annotation(&mut self, body: &str, open: usize, body_offset: usize) -> Annotation {
        let (annotation, parsed) = read_annotation(body, self.span(open));
        match (annotation.value.is_object(), parsed.worst()) {
            (true, Some(problem)) => {
                let what = problem.slip.message();
                self.report(
                    body_offset + problem.offset,
                    Severity::Warning,
                    codes::ANNOTATION_REPAIRED,
                    format!("annotation comment is not valid JSON ({what}); read as repaired"),
                );
            }
            (true, None) => {}
            (false, worst) => {
                let (at, what) = worst.map_or((open, "not an object"), |p| {
                    (body_offset + p.offset, p.slip.message())
                });
                self.report(
                    at,
                    Severity::Error,
                    codes::ANNOTATION_INVALID,
                    format!("annotation comment cannot be read as a JSON object ({what})"),
                );
            }
        }
        annotation
    }

    pub(super) fn flush_annotation(&mut self) {
        if let Some(annotation) = self.pending.take() {
            self.page.blocks.push(AnnotatedBlock {
                annotation: Some(annotation),
                code: None,
            });
        }
    }

    pub(super) fn code(&mut self, block: &Block, lang: &str) {
        let raw = self.slice(block.range.start, block.range.end);
        let fenced = raw.trim_start().starts_with("```") || raw.trim_start().starts_with("~~~");
        let content_offset = if fenced {
            raw.find('\n')
                .map_or(block.range.end, |n| block.range.start + n + 1)
        } else {
            block.range.start
        };
        let span = self.span(content_offset);
        let code = CodeBlock {
            lang: lang.to_string(),
            text: block.text.clone(),
            span,
        };
        if lang == "json" {
            // A `json` fence sometimes holds a whole response, status line and headers first.
            let message = message::split(&code.text);
            if let Some(body) = message.body {
                self.json_blocks
                    .push((body.to_string(), content_offset + message.body_offset));
            } else if message.start_line.is_none() {
                self.json_blocks.push((code.text.clone(), content_offset));
            }
        }
        if matches!(self.section.as_deref(), Some("http request")) {
            self.request_lines(&code.text, content_offset);
        }
        let annotation = self.pending.take();
        self.page.blocks.push(AnnotatedBlock {
            annotation,
            code: Some(code),
        });
    }

    pub(super) fn check_json(&mut self, text: &str, offset: usize) {
        if text.trim().is_empty() {
            return;
        }
        let parsed = json::check(text);
        if parsed.strict {
            return;
        }
        let (at, what) = parsed
            .worst()
            .map_or((0, "unreadable"), |p| (p.offset, p.slip.message()));
        if parsed.value.is_some() {
            self.report(
                offset + at,
                Severity::Warning,
                codes::JSON_BLOCK_REPAIRED,
                format!("json block is not valid JSON ({what}); read as repaired"),
            );
        } else {
            self.report(
                offset + at,
                Severity::Error,
                codes::JSON_BLOCK_INVALID,
                format!("json block does not parse ({what})"),
            );
        }
    }

    pub(super) fn request_lines(&mut self, text: &str, offset: usize) {
        for (s, e) in (LineIter {
            text,
            pos: 0,
            end: text.len(),
        }) {
            let line = &text[s..e];
            let trimmed = line.trim_start();
            let Some((verb, rest)) = trimmed.split_once(char::is_whitespace) else {
                continue;
            };
            if crate::model::Verb::parse(verb).is_none() {
                continue;
            }
            let path = strip_host_and_version(rest.trim());
            let span = self.span(offset + s + (line.len() - trimmed.len()));
            self.page.http_requests.push(RequestLine {
                verb: verb.to_string(),
                path: path.to_string(),
                span,
            });
        }
    }
}

/// Reads the text between `<!--` and `-->` (`raw`) as the page reader does: leniently, keeping
/// only an object (anything else gives `Null`). `span` is where `<!--` is. The lenient reading
/// comes back too, for diagnostics.
pub fn read_annotation(raw: &str, span: Span) -> (Annotation, json::Lenient) {
    let parsed = json::parse(raw);
    let value = match &parsed.value {
        Some(v @ serde_json::Value::Object(_)) => v.clone(),
        _ => serde_json::Value::Null,
    };
    let annotation = Annotation {
        value,
        raw: raw.to_string(),
        strict_json: parsed.strict,
        span,
    };
    (annotation, parsed)
}

/// `https://graph.microsoft.com/beta/x` -> `/x`; a path without host is kept as written.
pub fn strip_host_and_version(path: &str) -> &str {
    let mut rest = path;
    if let Some(p) = rest.find("://") {
        let after = &rest[p + 3..];
        rest = after.find('/').map_or("", |s| &after[s..]);
    }
    for version in ["/beta/", "/v1.0/"] {
        if rest.starts_with(version) {
            return &rest[version.len() - 1..];
        }
    }
    if rest == "/beta" || rest == "/v1.0" {
        return "/";
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_and_version_are_stripped() {
        assert_eq!(
            strip_host_and_version("https://graph.microsoft.com/beta/a/b"),
            "/a/b"
        );
        assert_eq!(strip_host_and_version("/v1.0/a"), "/a");
        assert_eq!(strip_host_and_version("/a/b/"), "/a/b/");
        assert_eq!(strip_host_and_version("https://x"), "");
    }
}
