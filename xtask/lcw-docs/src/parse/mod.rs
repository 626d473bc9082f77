//! Stage 1: one markdown page to a [`DocPage`].
//!
//! [`blocks`] cuts the page into blocks; the reader hands each to the module for its kind:
//! headings to `sections`, prose to `prose`, tables to `section_tables`, code blocks and
//! annotation comments to `code`. What a block means depends on the section it is in, which the
//! reader carries from block to block.

pub mod blocks;
mod code;
pub mod inline;
pub mod json;
pub mod message;
mod prose;
mod section_tables;
mod sections;
pub mod table;

use std::path::Path;

use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span};
use crate::lines::LineIndex;
use crate::page::{Annotation, ApiVersion, DocPage, PageKind};
use blocks::{Block, BlockKind};

pub use code::{read_annotation, strip_host_and_version};
pub(crate) use prose::is_negative;

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
    /// Where the first table of the `## Properties` section starts, to say so when the section
    /// yields no property.
    properties_table: Option<usize>,
    /// The page's link reference definitions, for `[x][]` links in cells.
    link_definitions: inline::LinkDefinitions,
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
            properties_table: None,
            link_definitions: inline::link_definitions(text),
            json_blocks: Vec::new(),
        }
    }

    fn span(&self, offset: usize) -> Span {
        self.lines.span(self.text, offset)
    }

    fn report(&mut self, offset: usize, severity: Severity, code: &'static str, message: String) {
        let span = self.span(offset);
        self.diagnostics.push(Diagnostic::new(
            self.page.path.clone(),
            span,
            severity,
            code,
            message,
        ));
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

    fn finish(mut self) -> DocPage {
        self.flush_annotation();
        self.page.summary = self.summary.join("\n\n");
        if let Some(prose) = self.page.response_prose.as_mut() {
            prose.value = self.response.join("\n\n");
        }
        for section in &self.page.enums {
            if section.members.is_empty() {
                let (span, name) = (section.name.span, section.name.value.clone());
                self.diagnostics.push(Diagnostic::new(
                    self.page.path.clone(),
                    span,
                    Severity::Warning,
                    codes::EMPTY_ENUM,
                    format!("enum `{name}` lists no members"),
                ));
            }
        }
        self.page.kind = page_kind(&self.page);
        if let Some(offset) = self.properties_table
            && self.page.kind == PageKind::Resource
            && self.page.properties.is_empty()
        {
            self.report(
                offset,
                Severity::Warning,
                codes::NO_PROPERTIES_READ,
                "the Properties section has a table but no property row could be read".to_string(),
            );
        }
        if self.page.kind != PageKind::Other {
            for (text, offset) in std::mem::take(&mut self.json_blocks) {
                self.check_json(&text, offset);
            }
        }
        self.page
    }
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
}
