//! Pipe tables read straight from the source lines.
//!
//! pulldown-cmark finds where a table is; the cells are split here so that rows without a
//! closing pipe, escaped pipes and cell positions are handled the same way whether or not
//! pulldown-cmark recognised the table (it does not when a table follows a paragraph line).

use super::inline::{Ticks, find_tick_run, plain};

/// One cell: its source text (escaped pipes unescaped) and where it starts.
#[derive(Debug, Clone)]
pub struct Cell {
    /// Source text of the cell, trimmed, with `\|` turned into `|`.
    pub raw: String,
    /// Byte offset of the first character of the cell content (or of the cell if empty).
    pub offset: usize,
}

/// One body row.
#[derive(Debug, Clone)]
pub struct Row {
    /// Cells in order.
    pub cells: Vec<Cell>,
    /// Byte offset where the row's line starts.
    pub offset: usize,
}

impl Row {
    /// A label grouping the rows after it (`| **Calendar** | | |`): bold text without a link in
    /// the first cell, the other cells empty or absent.
    pub fn is_group_label(&self) -> bool {
        let Some((first, rest)) = self.cells.split_first() else {
            return false;
        };
        let label = first.raw.trim();
        label.len() > 4
            && label.starts_with("**")
            && label.ends_with("**")
            && !label.contains("](")
            && rest.iter().all(|c| c.raw.trim().is_empty())
    }
}

/// A table: header cells and body rows.
#[derive(Debug, Clone)]
pub struct Table {
    /// Header cells.
    pub header: Vec<Cell>,
    /// Body rows (the alignment row is not one).
    pub rows: Vec<Row>,
    /// Byte offset of the header line.
    pub offset: usize,
}

impl Table {
    /// Index of the first column whose header, lower-cased and without markup, is one of `names`.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        let headers: Vec<String> = self
            .header
            .iter()
            .map(|c| plain(&c.raw, Ticks::Strip).text.to_ascii_lowercase())
            .collect();
        names
            .iter()
            .find_map(|name| headers.iter().position(|h| h == name))
    }
}

/// Splits one table line into cells. `start..end` is the line without its newline.
pub fn split_row(text: &str, start: usize, end: usize) -> Vec<Cell> {
    let line = text.get(start..end).unwrap_or("");
    let lead = line.len() - line.trim_start().len();
    let body = line.trim_end();
    let mut from = lead;
    if body[from..].starts_with('|') {
        from += 1;
    }
    let mut to = body.len();
    if to > from && body.ends_with('|') && !body[..to - 1].ends_with('\\') {
        to -= 1;
    }
    let bytes = body.as_bytes();
    let mut cells = Vec::new();
    let mut cell_start = from;
    let mut i = from;
    while i <= to {
        let at_end = i == to;
        // A pipe inside a code span (`` `{id | name}` ``) is part of the cell, as the docs
        // mean it; the span runs to the next run of as many backticks on the line.
        if !at_end && bytes[i] == b'`' {
            let run = bytes[i..to].iter().take_while(|&&b| b == b'`').count();
            if let Some(close) = find_tick_run(&bytes[..to], i + run, run) {
                i = close + run;
                continue;
            }
            i += run;
            continue;
        }
        if at_end || (bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\')) {
            let segment = &body[cell_start..i];
            let leading = segment.len() - segment.trim_start().len();
            let content = segment.trim();
            let raw = if content.contains("\\|") {
                content.replace("\\|", "|")
            } else {
                content.to_string()
            };
            cells.push(Cell {
                raw,
                offset: start + cell_start + leading.min(segment.len()),
            });
            cell_start = i + 1;
        }
        i += 1;
    }
    cells
}

/// Whether the cells form an alignment row such as `|:---|---:|`.
pub fn is_alignment_row(cells: &[Cell]) -> bool {
    !cells.is_empty()
        && cells.iter().all(|c| {
            let t = c.raw.trim();
            let t = t.trim_start_matches(':').trim_end_matches(':');
            !t.is_empty() && t.bytes().all(|b| b == b'-')
        })
}

/// Reads the table whose lines start at `start` and end before `end`: header, optional alignment
/// row, then rows until a blank line or a line without a pipe.
pub fn read_table(text: &str, start: usize, end: usize) -> Table {
    let end = end.min(text.len());
    let mut lines = LineIter {
        text,
        pos: start,
        end,
    };
    let (h_start, h_end) = lines.next().unwrap_or((start, start));
    let header = split_row(text, h_start, h_end);
    let mut rows = Vec::new();
    let mut first = true;
    for (s, e) in lines {
        let line = &text[s..e];
        if line.trim().is_empty() || !line.contains('|') {
            break;
        }
        let cells = split_row(text, s, e);
        if first && is_alignment_row(&cells) {
            first = false;
            continue;
        }
        first = false;
        rows.push(Row { cells, offset: s });
    }
    Table {
        header,
        rows,
        offset: h_start,
    }
}

/// Byte offset of a table start inside `start..end` (a paragraph): a line with a pipe followed
/// by an alignment row.
pub fn find_table_start(text: &str, start: usize, end: usize) -> Option<usize> {
    let mut lines = LineIter {
        text,
        pos: start,
        end: end.min(text.len()),
    }
    .peekable();
    while let Some((s, e)) = lines.next() {
        if !text[s..e].contains('|') {
            continue;
        }
        if let Some(&(ns, ne)) = lines.peek()
            && is_alignment_row(&split_row(text, ns, ne))
        {
            return Some(s);
        }
    }
    None
}

/// Lines of `text[pos..end]` as `(start, end)` byte ranges without the newline.
pub struct LineIter<'a> {
    /// The page.
    pub text: &'a str,
    /// Start of the next line.
    pub pos: usize,
    /// Where to stop.
    pub end: usize,
}

impl Iterator for LineIter<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        if self.pos >= self.end {
            return None;
        }
        let start = self.pos;
        let rest = &self.text.as_bytes()[start..self.end];
        let (line_end, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(p) => (start + p, start + p + 1),
            None => (self.end, self.end),
        };
        self.pos = next;
        let line_end = if line_end > start && self.text.as_bytes()[line_end - 1] == b'\r' {
            line_end - 1
        } else {
            line_end
        };
        Some((start, line_end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_without_closing_pipe_and_escaped_pipes() {
        let text = "|Name|Type|Description\n|:---|---|---|\n|a|String|x \\| y\nb|Int32|z|\n\nafter";
        let table = read_table(text, 0, text.len());
        assert_eq!(table.header.len(), 3);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].cells[2].raw, "x | y");
        assert_eq!(table.rows[1].cells[0].raw, "b");
        assert_eq!(table.column(&["property", "name"]), Some(0));
        let offset = table.rows[1].cells[1].offset;
        assert_eq!(&text[offset..offset + 5], "Int32");
    }

    #[test]
    fn header_only_table_and_table_in_paragraph() {
        let text = "Some text\n| Property\t | Type |\n|:--|:--|\n";
        let start = find_table_start(text, 0, text.len()).unwrap();
        let table = read_table(text, start, text.len());
        assert!(table.rows.is_empty());
        assert_eq!(table.column(&["type"]), Some(1));
        assert_eq!(table.column(&["property"]), Some(0));
    }

    #[test]
    fn pipes_in_code_spans_and_group_labels() {
        let text = "|Method|Returns|Notes|\n|---|---|---|\n|**Group**|||\n|[a](a.md)|x|`{id | name}` or ``b|c``|\n|**Alone**|\n|x|`open|y|\n";
        let table = read_table(text, 0, text.len());
        let counts: Vec<usize> = table.rows.iter().map(|r| r.cells.len()).collect();
        assert_eq!(counts, [3, 3, 1, 3]);
        assert_eq!(table.rows[1].cells[2].raw, "`{id | name}` or ``b|c``");
        let labels: Vec<bool> = table.rows.iter().map(Row::is_group_label).collect();
        assert_eq!(labels, [true, false, true, false]);
    }

    #[test]
    fn degenerate_lines_do_not_panic() {
        for text in ["|", "||", "\\|", "|\\", " | ", "|a|\\|", ""] {
            let _ = read_table(text, 0, text.len());
            let _ = split_row(text, 0, text.len());
        }
    }
}
