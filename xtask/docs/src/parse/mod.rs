//! Stage 1: one markdown page to a [`DocPage`].

pub mod blocks;
pub mod inline;
pub mod json;
pub mod table;

use std::path::Path;

use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span, Spanned};
use crate::lines::LineIndex;
use crate::page::{
    AnnotatedBlock, Annotation, ApiVersion, CodeBlock, DocPage, EnumMemberRow, EnumSection, Link,
    MethodRow, PageKind, PropertyRow, RequestLine, TypeCell,
};
use blocks::{Block, BlockKind};
use inline::{Ticks, plain};
use table::{LineIter, Table};

/// Reads one page. `path` is relative to the docs root and decides the version and kind.
/// Problems become diagnostics; the page is read as far as it makes sense.
pub fn parse_page(path: &Path, text: &str, diagnostics: &mut Diagnostics) -> DocPage {
    let mut reader = PageReader::new(path, text, diagnostics);
    for block in blocks::blocks(text) {
        reader.block(&block);
    }
    reader.finish()
}

/// The API version a docs-relative path belongs to.
pub fn version_of(path: &Path) -> ApiVersion {
    let is_v1 = path.components().any(|c| c.as_os_str() == "v1.0");
    if is_v1 {
        ApiVersion::V1
    } else {
        ApiVersion::Beta
    }
}

struct PageReader<'a> {
    text: &'a str,
    lines: LineIndex,
    diagnostics: &'a mut Diagnostics,
    page: DocPage,
    /// Lower-cased text of the current `##` heading.
    section: Option<String>,
    summary: Vec<String>,
    response: Vec<String>,
    pending: Option<Annotation>,
    in_enum: bool,
    /// `json` blocks, checked once the page kind is known (overview pages carry snippets).
    json_blocks: Vec<(String, usize)>,
}

impl<'a> PageReader<'a> {
    fn new(path: &Path, text: &'a str, diagnostics: &'a mut Diagnostics) -> Self {
        let page = DocPage::empty(path.to_path_buf(), version_of(path), PageKind::Other);
        PageReader {
            text,
            lines: LineIndex::new(text),
            diagnostics,
            page,
            section: None,
            summary: Vec::new(),
            response: Vec::new(),
            pending: None,
            in_enum: false,
            json_blocks: Vec::new(),
        }
    }

    fn span(&self, offset: usize) -> Span {
        self.lines.span(self.text, offset)
    }

    fn report(&mut self, offset: usize, severity: Severity, code: &'static str, message: String) {
        let span = self.span(offset);
        self.diagnostics.push(Diagnostic {
            file: self.page.path.clone(),
            span,
            severity,
            code,
            message,
        });
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text
            .get(start.min(self.text.len())..end.min(self.text.len()))
            .unwrap_or("")
    }

    fn block(&mut self, block: &Block) {
        match &block.kind {
            BlockKind::Html => return self.html(block.range.start, block.range.end),
            BlockKind::Code(lang) => return self.code(block, lang),
            _ => self.flush_annotation(),
        }
        match block.kind {
            BlockKind::Heading(level) => self.heading(block, level),
            BlockKind::Table => {
                let table = table::read_table(self.text, block.range.start, block.range.end);
                self.table(&table);
            }
            BlockKind::Paragraph | BlockKind::Other => {
                let (start, end) = (block.range.start, block.range.end);
                match table::find_table_start(self.text, start, end) {
                    Some(table_start) => {
                        self.prose(start, table_start);
                        let table = table::read_table(self.text, table_start, end);
                        self.table(&table);
                    }
                    None => self.prose(start, end),
                }
            }
            BlockKind::Html | BlockKind::Code(_) => {}
        }
    }

    fn heading(&mut self, block: &Block, level: u8) {
        let raw = self.slice(block.range.start, block.range.end);
        let hashes = raw.len() - raw.trim_start_matches('#').trim_start().len();
        let span = self.span(block.range.start + hashes);
        let text = plain(&block.text, Ticks::Strip).text;
        if raw.contains("](#tab/") {
            return;
        }
        match level {
            1 => {
                if self.page.title.is_none() {
                    self.page.title = Some(Spanned::new(text, span));
                }
            }
            2 => {
                let lower = text.to_ascii_lowercase();
                self.in_enum = false;
                if lower == "members" {
                    let name = self.title_enum_name().unwrap_or_default();
                    self.start_enum(name, span);
                }
                self.section = Some(lower);
            }
            _ => {
                let name = text
                    .strip_suffix(" values")
                    .or_else(|| text.strip_suffix(" Values"))
                    .map(str::trim);
                match name {
                    Some(name) if !name.is_empty() && !name.contains(' ') => {
                        self.start_enum(name.to_string(), span);
                    }
                    _ => {
                        if self.section.as_deref() != Some("members") {
                            self.in_enum = false;
                        }
                    }
                }
            }
        }
    }

    /// `# x enum type` / `# x enumeration` / `# x values`: the enum a one-enum page describes.
    fn title_enum_name(&self) -> Option<String> {
        let title = &self.page.title.as_ref()?.value;
        let first = title.split_whitespace().next()?;
        Some(first.trim_matches('`').to_string())
    }

    fn start_enum(&mut self, name: String, span: Span) {
        self.in_enum = true;
        self.page.enums.push(EnumSection {
            name: Spanned::new(name, span),
            description: String::new(),
            members: Vec::new(),
        });
    }

    fn prose(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let section = self.section.clone();
        match section.as_deref() {
            _ if self.in_enum => {
                let text = plain(self.slice(start, end), Ticks::Keep).text;
                if let Some(section) = self.page.enums.last_mut()
                    && section.members.is_empty()
                    && !text.is_empty()
                {
                    if !section.description.is_empty() {
                        section.description.push_str("\n\n");
                    }
                    section.description.push_str(&text);
                }
            }
            None => self.intro_prose(start, end),
            Some("optional query parameters") => self.query_options(start, end),
            Some("response") => {
                let text = plain(self.slice(start, end), Ticks::Keep).text;
                if !text.is_empty() {
                    if self.page.response_prose.is_none() {
                        self.page.response_prose =
                            Some(Spanned::new(String::new(), self.span(start)));
                    }
                    self.response.push(text);
                }
            }
            _ => self.inherits_line(start, end),
        }
    }

    /// Prose before the first `##`: namespace line, includes, "Inherits from", summary.
    fn intro_prose(&mut self, start: usize, end: usize) {
        let mut kept = String::new();
        for (s, e) in (LineIter {
            text: self.text,
            pos: start,
            end,
        }) {
            let line = self.slice(s, e).trim();
            let lead = s + (self.slice(s, e).len() - self.slice(s, e).trim_start().len());
            if let Some(rest) = line.strip_prefix("Namespace:") {
                let ns = plain(rest, Ticks::Strip).text;
                let ns = ns.trim().trim_end_matches('.').to_string();
                let offset = lead + "Namespace:".len() + (rest.len() - rest.trim_start().len());
                if self.page.namespace.is_none() && !ns.is_empty() {
                    self.page.namespace = Some(Spanned::new(ns, self.span(offset)));
                }
            } else if line.starts_with("[!INCLUDE")
                || line.starts_with("> [!")
                || line.starts_with(">[!")
            {
            } else if starts_with_inherits(line) {
                self.inherits_line(s, e);
            } else {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        let text = plain(&kept, Ticks::Keep).text;
        if !text.is_empty() {
            self.summary.push(text);
        }
    }

    fn inherits_line(&mut self, start: usize, end: usize) {
        if self.page.inherits_from.is_some() {
            return;
        }
        for (s, e) in (LineIter {
            text: self.text,
            pos: start,
            end,
        }) {
            let raw = self.slice(s, e);
            let trimmed = raw.trim_start();
            if !starts_with_inherits(trimmed) {
                continue;
            }
            let after = &trimmed["Inherits from".len()..];
            let after_offset = s + (raw.len() - trimmed.len()) + "Inherits from".len();
            let lead = after.len() - after.trim_start().len();
            let inline = plain(after, Ticks::Strip);
            let link = match inline.links.first() {
                Some((text, target)) => {
                    let text_offset = after
                        .find('[')
                        .map_or(after_offset + lead, |p| after_offset + p + 1);
                    Link {
                        text: text.clone(),
                        target: Some(target.clone()),
                        span: self.span(text_offset),
                    }
                }
                None => {
                    let text = inline.text.trim().trim_end_matches('.').trim().to_string();
                    Link {
                        text,
                        target: None,
                        span: self.span(after_offset + lead),
                    }
                }
            };
            if !link.text.is_empty() {
                self.page.inherits_from = Some(link);
            }
            return;
        }
    }

    fn query_options(&mut self, start: usize, end: usize) {
        let raw = self.slice(start, end);
        let mut search_from = 0;
        while let Some(p) = raw[search_from..].find("`$") {
            let open = search_from + p + 1;
            let Some(len) = raw[open..].find('`') else {
                break;
            };
            let option = &raw[open..open + len];
            if option.len() > 1 && option[1..].bytes().all(|b| b.is_ascii_alphanumeric()) {
                let span = self.span(start + open);
                self.page
                    .query_options
                    .push(Spanned::new(option.to_string(), span));
            }
            search_from = open + len + 1;
        }
    }

    fn html(&mut self, start: usize, end: usize) {
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

    fn annotation(&mut self, body: &str, open: usize, body_offset: usize) -> Annotation {
        let (annotation, parsed) = read_annotation(body, self.span(open));
        match (annotation.value.is_object(), parsed.worst()) {
            (true, Some((at, what))) => {
                let what = what.clone();
                self.report(
                    body_offset + at,
                    Severity::Warning,
                    codes::ANNOTATION_REPAIRED,
                    format!("annotation comment is not valid JSON ({what}); read as repaired"),
                );
            }
            (true, None) => {}
            (false, worst) => {
                let (at, what) = worst.map_or((open, "not an object".to_string()), |(at, w)| {
                    (body_offset + at, w.clone())
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

    fn flush_annotation(&mut self) {
        if let Some(annotation) = self.pending.take() {
            self.page.blocks.push(AnnotatedBlock {
                annotation: Some(annotation),
                code: None,
            });
        }
    }

    fn code(&mut self, block: &Block, lang: &str) {
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
            self.json_blocks.push((code.text.clone(), content_offset));
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

    fn check_json(&mut self, text: &str, offset: usize) {
        if text.trim().is_empty() {
            return;
        }
        let parsed = json::parse(text);
        if parsed.strict {
            return;
        }
        let (at, what) = parsed
            .worst()
            .cloned()
            .unwrap_or((0, "unreadable".to_string()));
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

    fn request_lines(&mut self, text: &str, offset: usize) {
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

    fn table(&mut self, table: &Table) {
        if self.in_enum {
            return self.enum_table(table);
        }
        match self.section.as_deref() {
            Some("methods") => self.methods_table(table),
            Some("properties") => self.page.properties = self.property_rows(table),
            Some("relationships") => self.page.relationships = self.property_rows(table),
            Some("function parameters" | "parameters") => {
                self.page.function_parameters = self.property_rows(table)
            }
            Some("request body") => self.page.request_body = self.property_rows(table),
            _ => {}
        }
    }

    fn check_cell_count(&mut self, table: &Table) {
        let expected = table.header.len();
        for row in &table.rows {
            if row.cells.len() != expected {
                let found = row.cells.len();
                self.report(
                    row.offset,
                    Severity::Error,
                    codes::TABLE_CELL_COUNT,
                    format!("table row has {found} cells, the header has {expected}"),
                );
            }
        }
    }

    fn missing_column(&mut self, table: &Table, what: &str) {
        self.report(
            table.offset,
            Severity::Error,
            codes::TABLE_MISSING_COLUMN,
            format!("table has no {what} column"),
        );
    }

    fn cell_text(
        &self,
        row: &table::Row,
        column: Option<usize>,
    ) -> (String, Span, Vec<(String, String)>) {
        match column.and_then(|c| row.cells.get(c)) {
            Some(cell) => {
                let inline = plain(&cell.raw, Ticks::Keep);
                (inline.text, self.span(cell.offset), inline.links)
            }
            None => (String::new(), self.span(row.offset), Vec::new()),
        }
    }

    fn type_cell(&self, row: &table::Row, column: Option<usize>) -> TypeCell {
        match column.and_then(|c| row.cells.get(c)) {
            Some(cell) => {
                let inline = plain(&cell.raw, Ticks::Strip);
                TypeCell {
                    text: inline.text,
                    link_target: inline.links.into_iter().next().map(|(_, t)| t),
                    span: self.span(cell.offset),
                }
            }
            None => TypeCell {
                text: String::new(),
                link_target: None,
                span: self.span(row.offset),
            },
        }
    }

    fn property_rows(&mut self, table: &Table) -> Vec<PropertyRow> {
        self.check_cell_count(table);
        let name_col = table.column(&[
            "property",
            "property name",
            "name",
            "parameter",
            "relationship",
            "parameter name",
        ]);
        let type_col = table.column(&["type", "property type", "value type"]);
        let desc_col = table.column(&["description", "notes"]);
        if name_col.is_none() {
            self.missing_column(table, "property name");
            return Vec::new();
        }
        if type_col.is_none() {
            self.missing_column(table, "type");
        }
        let mut rows = Vec::with_capacity(table.rows.len());
        for row in &table.rows {
            let (name, name_span, _) = self.cell_text(row, name_col);
            let name = plain(&name, Ticks::Strip).text;
            if name.is_empty() {
                continue;
            }
            let ty = self.type_cell(row, type_col);
            let (description, description_span, _) = self.cell_text(row, desc_col);
            rows.push(PropertyRow {
                name: Spanned::new(name, name_span),
                ty,
                description,
                description_span,
            });
        }
        rows
    }

    fn methods_table(&mut self, table: &Table) {
        self.check_cell_count(table);
        let method_col = table.column(&["method"]);
        let return_col = table.column(&["return type", "returns", "return"]);
        let desc_col = table.column(&["description"]);
        if method_col.is_none() {
            return self.missing_column(table, "method");
        }
        for row in &table.rows {
            let (text, span, links) = self.cell_text(row, method_col);
            let text = plain(&text, Ticks::Strip).text;
            if text.is_empty() {
                continue;
            }
            let method = Link {
                text,
                target: links.into_iter().next().map(|(_, t)| t),
                span,
            };
            let return_type = self.type_cell(row, return_col);
            let (description, _, _) = self.cell_text(row, desc_col);
            self.page.methods.push(MethodRow {
                method,
                return_type,
                description,
            });
        }
    }

    fn enum_table(&mut self, table: &Table) {
        self.check_cell_count(table);
        let Some(member_col) = table.column(&["member", "name", "members", "value"]) else {
            return self.missing_column(table, "member");
        };
        let value_col = table
            .column(&["value", "int value"])
            .filter(|&c| c != member_col);
        let desc_col = table.column(&["description"]);
        let mut members = Vec::with_capacity(table.rows.len());
        for row in &table.rows {
            let (name, span, _) = self.cell_text(row, Some(member_col));
            let name = plain(&name, Ticks::Strip).text;
            if name.is_empty() {
                continue;
            }
            let value = value_col
                .map(|c| self.cell_text(row, Some(c)).0)
                .filter(|v| !v.is_empty());
            let (description, _, _) = self.cell_text(row, desc_col);
            members.push(EnumMemberRow {
                name: Spanned::new(name, span),
                value,
                description,
            });
        }
        if let Some(section) = self.page.enums.last_mut() {
            section.members.extend(members);
        }
    }

    fn finish(mut self) -> DocPage {
        self.flush_annotation();
        self.page.summary = self.summary.join("\n\n");
        if let Some(prose) = self.page.response_prose.as_mut() {
            prose.value = self.response.join("\n\n");
        }
        for section in &self.page.enums {
            if section.members.is_empty() {
                let (span, name) = (section.name.span, section.name.value.clone());
                self.diagnostics.push(Diagnostic {
                    file: self.page.path.clone(),
                    span,
                    severity: Severity::Warning,
                    code: codes::EMPTY_ENUM,
                    message: format!("enum `{name}` lists no members"),
                });
            }
        }
        self.page.kind = page_kind(&self.page);
        if self.page.kind != PageKind::Other {
            for (text, offset) in std::mem::take(&mut self.json_blocks) {
                self.check_json(&text, offset);
            }
        }
        self.page
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

fn starts_with_inherits(line: &str) -> bool {
    line.get(..13)
        .is_some_and(|p| p.eq_ignore_ascii_case("inherits from"))
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

fn page_kind(page: &DocPage) -> PageKind {
    let in_folder = |name: &str| page.path.components().any(|c| c.as_os_str() == name);
    if in_folder("api") {
        return PageKind::Api;
    }
    if !in_folder("resources") {
        return PageKind::Other;
    }
    if !page.enums.is_empty() {
        return PageKind::Enums;
    }
    let has_resource_annotation = page
        .blocks
        .iter()
        .filter_map(|b| b.annotation.as_ref())
        .any(|a| {
            a.str_field("blockType")
                .is_some_and(|t| t.eq_ignore_ascii_case("resource"))
        });
    let titled = page
        .title
        .as_ref()
        .is_some_and(|t| t.value.to_ascii_lowercase().ends_with("resource type"));
    if has_resource_annotation || titled {
        PageKind::Resource
    } else {
        PageKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_from_paths() {
        let version = |p: &str| version_of(Path::new(p));
        assert_eq!(version("api-reference/v1.0/resources/x.md"), ApiVersion::V1);
        assert_eq!(version("api-reference/beta/api/x.md"), ApiVersion::Beta);
    }

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
