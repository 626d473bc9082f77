//! Stage 1: one markdown page to a [`DocPage`].

pub mod blocks;
pub mod inline;
pub mod json;
pub mod message;
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
    /// Whether a `###` (or deeper) heading other than an enum's stands between the current `##`
    /// heading and here: tables under it (filterable-property lists, derived types, examples)
    /// are not the section's own table unless they have its columns.
    in_subsection: bool,
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
            in_subsection: false,
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
                self.in_subsection = false;
                if lower == "members" {
                    let name = self.title_enum_name().unwrap_or_default();
                    self.start_enum(name, span);
                } else if let Some(name) = values_heading(&text) {
                    // A one-enum page: `## lifecycleWorkflowProcessingStatus values`.
                    self.start_enum(name.to_string(), span);
                }
                self.section = Some(lower);
            }
            _ => match values_heading(&text) {
                Some(name) => self.start_enum(name.to_string(), span),
                None => {
                    if self.section.as_deref() != Some("members") {
                        self.in_enum = false;
                    }
                    self.in_subsection = true;
                }
            },
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

    /// Options named in backticks (`` `$select` ``, `` `$expand=subject` ``), except in a
    /// sentence that says they are not supported.
    fn query_options(&mut self, start: usize, end: usize) {
        let raw = self.slice(start, end);
        let mut sentence_start = 0;
        for sentence in raw.split_inclusive(". ") {
            let negative = is_negative(sentence);
            let mut search_from = 0;
            while let Some(p) = sentence[search_from..].find("`$") {
                let open = search_from + p + 1;
                let Some(len) = sentence[open..].find('`') else {
                    break;
                };
                let name_len = 1 + sentence[open + 1..open + len]
                    .bytes()
                    .take_while(u8::is_ascii_alphanumeric)
                    .count();
                if name_len > 1 && !negative {
                    let span = self.span(start + sentence_start + open);
                    let option = sentence[open..open + name_len].to_string();
                    self.page.query_options.push(Spanned::new(option, span));
                }
                search_from = open + len + 1;
            }
            if !negative && sentence.contains("`$expand") {
                self.expandable(sentence, start + sentence_start);
            }
            sentence_start += sentence.len();
        }
    }

    /// The relationships a sentence about `$expand` names: bold names and `$expand=x` values.
    fn expandable(&mut self, sentence: &str, offset: usize) {
        let mut names: Vec<(usize, &str)> = Vec::new();
        let mut from = 0;
        while let Some(p) = sentence[from..].find("**") {
            let open = from + p + 2;
            let Some(len) = sentence[open..].find("**") else {
                break;
            };
            names.push((open, &sentence[open..open + len]));
            from = open + len + 2;
        }
        from = 0;
        while let Some(p) = sentence[from..].find("`$expand=") {
            let open = from + p + "`$expand=".len();
            let len = sentence[open..].find('`').unwrap_or(0);
            names.extend(sentence[open..open + len].split(',').map(|n| (open, n)));
            from = open + len;
        }
        for (at, name) in names {
            let name = name.trim();
            if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric()) {
                let span = self.span(offset + at);
                self.page
                    .expandable
                    .push(Spanned::new(name.to_string(), span));
            }
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
            Some("properties") => {
                if let Some(rows) = self.section_rows(table, self.page.properties.len()) {
                    self.page.properties.extend(rows);
                }
            }
            Some("relationships") => {
                if let Some(rows) = self.section_rows(table, self.page.relationships.len()) {
                    self.page.relationships.extend(rows);
                }
            }
            Some("function parameters" | "parameters") => {
                let read = self.page.function_parameters.len();
                if let Some(rows) = self.section_rows(table, read) {
                    self.page.function_parameters.extend(rows);
                }
            }
            Some("request body") => {
                if let Some(rows) = self.section_rows(table, self.page.request_body.len()) {
                    self.page.request_body.extend(rows);
                }
            }
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

    /// The rows a table adds to a section of properties or parameters, `read` rows in. A table
    /// under a sub-heading, once the section has rows, describes something else (the properties
    /// of a parameter's type, filterable user properties, derived types) and is passed over.
    fn section_rows(&mut self, table: &Table, read: usize) -> Option<Vec<PropertyRow>> {
        (!self.in_subsection || read == 0).then(|| self.property_rows(table))
    }

    /// The rows of a table of properties (or parameters). Under a sub-heading, a table without
    /// a name column is some other table and is passed over without a word.
    fn property_rows(&mut self, table: &Table) -> Vec<PropertyRow> {
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
            if !self.in_subsection {
                self.missing_column(table, "property name");
            }
            return Vec::new();
        }
        self.check_cell_count(table);
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

/// Whether a sentence says something is not supported.
fn is_negative(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    ["not support", "n't support", "not supported", "unsupported"]
        .iter()
        .any(|n| lower.contains(n))
}

/// The enum named by a `<name> values` heading.
fn values_heading(text: &str) -> Option<&str> {
    let name = text
        .strip_suffix(" values")
        .or_else(|| text.strip_suffix(" Values"))?
        .trim();
    (!name.is_empty() && !name.contains(' ')).then_some(name)
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
    // A resource page may document enums of its own (`### x values`); it stays a resource page.
    if has_resource_annotation || titled {
        PageKind::Resource
    } else if !page.enums.is_empty() {
        PageKind::Enums
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
