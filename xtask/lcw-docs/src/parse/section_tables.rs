//! Tables under a section: properties, relationships, parameters, request body, Methods and
//! enum members.

use super::PageReader;
use super::inline::{Ticks, plain_with};
use super::table::{self, Table};
use crate::codes;
use crate::diag::{Severity, Span, Spanned};
use crate::page::{EnumMemberRow, Link, MethodRow, PropertyRow, TypeCell};

impl PageReader<'_> {
    pub(super) fn table(&mut self, table: &Table) {
        if self.in_enum {
            return self.enum_table(table);
        }
        match self.section.as_deref() {
            Some("methods") => self.methods_table(table),
            Some("properties") => {
                // A header-only table says "no properties"; a table with rows says some.
                if !table.rows.is_empty() {
                    self.properties_table.get_or_insert(table.offset);
                }
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

    pub(super) fn check_cell_count(&mut self, table: &Table) {
        let expected = table.header.len();
        for row in &table.rows {
            if row.cells.len() != expected && !row.is_group_label() {
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

    pub(super) fn missing_column(&mut self, table: &Table, what: &str) {
        self.report(
            table.offset,
            Severity::Error,
            codes::TABLE_MISSING_COLUMN,
            format!("table has no {what} column"),
        );
    }

    pub(super) fn cell_text(
        &self,
        row: &table::Row,
        column: Option<usize>,
    ) -> (String, Span, Vec<(String, String)>) {
        self.cell_read(row, column, Ticks::Keep)
    }

    /// A name cell's text, backticks dropped: read once, so that an escape (`\<id\>`) is
    /// undone once and its text is not then taken for markup.
    fn name_text(
        &self,
        row: &table::Row,
        column: Option<usize>,
    ) -> (String, Span, Vec<(String, String)>) {
        self.cell_read(row, column, Ticks::Strip)
    }

    fn cell_read(
        &self,
        row: &table::Row,
        column: Option<usize>,
        ticks: Ticks,
    ) -> (String, Span, Vec<(String, String)>) {
        match column.and_then(|c| row.cells.get(c)) {
            Some(cell) => {
                let inline = plain_with(&cell.raw, ticks, &self.link_definitions);
                (inline.text, self.span(cell.offset), inline.links)
            }
            None => (String::new(), self.span(row.offset), Vec::new()),
        }
    }

    pub(super) fn type_cell(&self, row: &table::Row, column: Option<usize>) -> TypeCell {
        match column.and_then(|c| row.cells.get(c)) {
            Some(cell) => {
                let inline = plain_with(&cell.raw, Ticks::Strip, &self.link_definitions);
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
    pub(super) fn section_rows(&mut self, table: &Table, read: usize) -> Option<Vec<PropertyRow>> {
        (!self.in_subsection || read == 0).then(|| self.property_rows(table))
    }

    /// The rows of a table of properties (or parameters). Under a sub-heading, a table without
    /// a name column is some other table and is passed over without a word.
    pub(super) fn property_rows(&mut self, table: &Table) -> Vec<PropertyRow> {
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
            if row.is_group_label() {
                continue;
            }
            let (cell, name_span, _) = self.name_text(row, name_col);
            if cell.is_empty() {
                continue;
            }
            let Some((name, name_notes)) = name_cell(&cell) else {
                self.report(
                    row.offset,
                    Severity::Error,
                    codes::BAD_NAME_CELL,
                    format!("`{cell}` is not a property or parameter name"),
                );
                continue;
            };
            let ty = self.type_cell(row, type_col);
            let (description, description_span, _) = self.cell_text(row, desc_col);
            let row = PropertyRow {
                name: Spanned::new(name.to_string(), name_span),
                name_notes,
                ty,
                description,
                description_span,
            };
            if row.name.value.starts_with('@') {
                self.page.instance_annotations.push(row);
            } else {
                rows.push(row);
            }
        }
        rows
    }

    pub(super) fn methods_table(&mut self, table: &Table) {
        self.check_cell_count(table);
        let method_col = table.column(&["method"]);
        let return_col = table.column(&["return type", "returns", "return"]);
        let desc_col = table.column(&["description"]);
        if method_col.is_none() {
            return self.missing_column(table, "method");
        }
        for row in table.rows.iter().filter(|r| !r.is_group_label()) {
            let (text, span, links) = self.name_text(row, method_col);
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

    pub(super) fn enum_table(&mut self, table: &Table) {
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
            let (name, span, _) = self.name_text(row, Some(member_col));
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
}

/// A name cell read as a wire name and the parenthesised notes after it:
/// `teamsAppId (deprecated)` is `teamsAppId` with the note `deprecated`. `None` when what is
/// left is not one name (spaces, punctuation).
fn name_cell(cell: &str) -> Option<(&str, Vec<String>)> {
    let mut rest = cell.trim();
    let mut notes = Vec::new();
    while let Some(open) = rest.rfind('(').filter(|_| rest.ends_with(')')) {
        let note = rest[open + 1..rest.len() - 1].trim().to_ascii_lowercase();
        if !note.is_empty() {
            notes.insert(0, note);
        }
        rest = rest[..open].trim_end();
    }
    let is_name_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '@' | '-');
    (!rest.is_empty() && rest.chars().all(is_name_char)).then_some((rest, notes))
}

#[cfg(test)]
mod tests {
    use super::name_cell;
    use crate::codes;
    use crate::diag::Diagnostics;

    #[test]
    fn escaped_name_cells_are_read_once() {
        let text = "# widget resource type\n\nNamespace: microsoft.graph.workshop\n\n## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Key.|\n|\\_\\_meta|String|Kept.|\n|\\<id\\>|String|Placeholder.|\n";
        let path = std::path::Path::new("api-reference/beta/resources/workshop-widget.md");
        let mut diagnostics = Diagnostics::default();
        let page = crate::parse::parse_page(path, text, &mut diagnostics);
        let names: Vec<_> = page
            .properties
            .iter()
            .map(|r| r.name.value.as_str())
            .collect();
        assert_eq!(names, ["id", "__meta"]);
        // The row that names no property is reported where it is, not dropped unseen.
        let bad: Vec<_> = diagnostics
            .as_slice()
            .iter()
            .filter(|d| d.code == codes::BAD_NAME_CELL)
            .map(|d| (d.span.line, d.message.as_str()))
            .collect();
        assert_eq!(bad, [(11, "`<id>` is not a property or parameter name")]);
    }

    #[test]
    fn name_cells_keep_the_wire_name_and_their_notes() {
        assert_eq!(
            name_cell("teamsAppId (deprecated)"),
            Some(("teamsAppId", vec!["deprecated".to_string()]))
        );
        assert_eq!(
            name_cell("flag(Deprecated) (beta)"),
            Some(("flag", vec!["deprecated".to_string(), "beta".to_string()]))
        );
        assert_eq!(name_cell("@odata.type"), Some(("@odata.type", Vec::new())));
        assert_eq!(name_cell("two words"), None);
        assert_eq!(name_cell("(deprecated)"), None);
    }
}
