//! Printing typed values as a table, CSV or JSON.
//!
//! JSON is the typed value's own serialization (unknown properties and enum values included);
//! a list prints one object per line as items arrive. Table and CSV show chosen columns: a
//! column is a wire property name, read from the value's JSON, so the same columns serve both
//! API versions.

use std::io::Write;

use serde::Serialize;
use serde_json::Value;

use crate::cli::Format;
use crate::error::CliError;

/// How one column's cell is read from an item's JSON.
#[derive(Debug, Clone)]
pub enum Column {
    /// A property, shown as its scalar text.
    Prop(&'static str),
    /// A property named at run time (the answers of `lcw call`).
    Key(String),
    /// The subject of a processing result: user principal name, display name or id.
    Subject,
}

impl Column {
    fn header(&self) -> &str {
        match self {
            Column::Prop(name) => name,
            Column::Key(name) => name,
            Column::Subject => "subject",
        }
    }

    fn cell(&self, item: &Value) -> String {
        match self {
            Column::Prop(name) => scalar(item.get(*name)),
            Column::Key(name) => scalar(item.get(name)),
            Column::Subject => subject(item.get("subject")),
        }
    }
}

/// Writes results to stdout in one format.
pub struct Printer {
    format: Format,
    columns: Vec<Column>,
    /// Table rows, kept until [`Printer::finish`] to align them (header first).
    rows: Vec<Vec<String>>,
    header_written: bool,
}

impl Printer {
    /// A printer; set the columns with [`Printer::columns`] before the first item.
    pub fn new(format: Format) -> Self {
        Printer {
            format,
            columns: Vec::new(),
            rows: Vec::new(),
            header_written: false,
        }
    }

    /// The columns of the table and CSV formats.
    pub fn columns(&mut self, columns: &[Column]) {
        self.columns = columns.to_vec();
    }

    /// Whether the format is JSON.
    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// One item of a list: a JSON line, a CSV row, or a table row.
    pub fn item<T: Serialize>(&mut self, item: &T) -> Result<(), CliError> {
        match self.format {
            Format::Json => {
                let mut line = encode(item)?;
                line.push('\n');
                write_stdout(line.as_bytes())
            }
            Format::Csv => {
                let row = self.cells(item)?;
                let mut text = String::new();
                if !self.header_written {
                    self.header_written = true;
                    text.push_str(&csv_line(self.columns.iter().map(Column::header)));
                }
                text.push_str(&csv_line(row.iter().map(String::as_str)));
                write_stdout(text.as_bytes())
            }
            Format::Table => {
                let row = self.cells(item)?;
                self.rows.push(row);
                Ok(())
            }
        }
    }

    /// A single value (not a list): pretty JSON, or a one-row table or CSV.
    pub fn single<T: Serialize>(&mut self, value: &T) -> Result<(), CliError> {
        match self.format {
            Format::Json => {
                let value = serde_json::to_string_pretty(value)
                    .map_err(|e| CliError::Other(format!("cannot encode the answer: {e}")))?;
                write_stdout(format!("{value}\n").as_bytes())
            }
            _ => self.item(value),
        }
    }

    /// Ends the output: prints the table, or the CSV header of an empty list.
    pub fn finish(&mut self) -> Result<(), CliError> {
        match self.format {
            Format::Json => Ok(()),
            Format::Csv if !self.header_written => {
                self.header_written = true;
                write_stdout(csv_line(self.columns.iter().map(Column::header)).as_bytes())
            }
            Format::Csv => Ok(()),
            Format::Table => {
                let header: Vec<String> =
                    self.columns.iter().map(|c| c.header().to_owned()).collect();
                let rows = std::mem::take(&mut self.rows);
                write_stdout(table(&header, &rows).as_bytes())
            }
        }
    }

    fn cells<T: Serialize>(&self, item: &T) -> Result<Vec<String>, CliError> {
        let value = serde_json::to_value(item)
            .map_err(|e| CliError::Other(format!("cannot encode the answer: {e}")))?;
        Ok(self.columns.iter().map(|c| c.cell(&value)).collect())
    }
}

fn encode<T: Serialize>(item: &T) -> Result<String, CliError> {
    serde_json::to_string(item)
        .map_err(|e| CliError::Other(format!("cannot encode the answer: {e}")))
}

/// Writes and flushes `bytes` to stdout, so a list shows as it arrives.
pub fn write_stdout(bytes: &[u8]) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(())
}

/// A cell's text: strings bare, numbers and booleans as JSON, nothing for null or absent,
/// compact JSON for objects and arrays.
fn scalar(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}

/// Who a processing result's subject is: the user principal name, else the display name, else
/// the id, of the directory object (or of the subject itself).
fn subject(value: Option<&Value>) -> String {
    let Some(subject) = value.filter(|v| v.is_object()) else {
        return String::new();
    };
    let object = subject
        .get("directoryObject")
        .filter(|v| v.is_object())
        .unwrap_or(subject);
    ["userPrincipalName", "displayName", "id"]
        .iter()
        .find_map(|key| object.get(*key).and_then(Value::as_str))
        .unwrap_or_default()
        .to_owned()
}

/// One CSV record (RFC 4180 quoting, `\n` line ends): a field with a comma, quote or line
/// break is quoted, its quotes doubled.
fn csv_line<'a>(fields: impl Iterator<Item = &'a str>) -> String {
    let mut line = String::new();
    for (i, field) in fields.enumerate() {
        if i > 0 {
            line.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&field.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(field);
        }
    }
    line.push('\n');
    line
}

/// Left-aligned columns two spaces apart; line breaks inside a cell shown as spaces.
fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let clean = |cell: &str| cell.replace(['\r', '\n', '\t'], " ");
    let all: Vec<Vec<String>> = std::iter::once(header)
        .chain(rows.iter().map(Vec::as_slice))
        .map(|row| row.iter().map(|c| clean(c)).collect())
        .collect();
    let mut widths = vec![0; header.len()];
    for row in &all {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut text = String::new();
    for row in &all {
        let mut line = String::new();
        for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            line.extend(std::iter::repeat_n(' ', width - cell.chars().count()));
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(
            csv_line(["a", "b,c", "say \"hi\"", ""].into_iter()),
            "a,\"b,c\",\"say \"\"hi\"\"\",\n"
        );
    }

    #[test]
    fn tables_align_columns() {
        let header = vec!["id".to_owned(), "name".to_owned()];
        let rows = vec![
            vec!["1".to_owned(), "first".to_owned()],
            vec!["22222".to_owned(), "x\ny".to_owned()],
        ];
        assert_eq!(
            table(&header, &rows),
            "id     name\n1      first\n22222  x y\n"
        );
    }

    #[test]
    fn cells_read_scalars_and_subjects() {
        let item = serde_json::json!({
            "id": "r1", "n": 3, "ok": true, "gone": null,
            "subject": {"directoryObject": {"id": "u1", "userPrincipalName": "a@b.test"}}
        });
        let cells: Vec<String> = [
            Column::Prop("id"),
            Column::Prop("n"),
            Column::Prop("ok"),
            Column::Prop("gone"),
            Column::Prop("missing"),
            Column::Subject,
        ]
        .iter()
        .map(|c| c.cell(&item))
        .collect();
        assert_eq!(cells, ["r1", "3", "true", "", "", "a@b.test"]);
    }
}
