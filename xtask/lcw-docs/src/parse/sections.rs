//! Headings: the page title, `##` sections and sub-sections, and where enums start.

use super::PageReader;
use super::blocks::Block;
use super::inline::{Ticks, plain};
use crate::diag::{Span, Spanned};
use crate::page::EnumSection;

impl PageReader<'_> {
    pub(super) fn heading(&mut self, block: &Block, level: u8) {
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
    pub(super) fn title_enum_name(&self) -> Option<String> {
        let title = &self.page.title.as_ref()?.value;
        let first = title.split_whitespace().next()?;
        Some(first.trim_matches('`').to_string())
    }

    pub(super) fn start_enum(&mut self, name: String, span: Span) {
        self.in_enum = true;
        self.page.enums.push(EnumSection {
            name: Spanned::new(name, span),
            description: String::new(),
            members: Vec::new(),
        });
    }
}

/// The enum named by a `<name> values` heading.
fn values_heading(text: &str) -> Option<&str> {
    let name = text
        .strip_suffix(" values")
        .or_else(|| text.strip_suffix(" Values"))?
        .trim();
    (!name.is_empty() && !name.contains(' ')).then_some(name)
}
