//! Printing answers as a table, CSV, JSON or JSON lines.
//!
//! Answers arrive as the service's JSON text, already checked by decoding it through the
//! client's types; JSON and JSON lines write that text unchanged (property order, unknown
//! properties and enum members as received), item by item as pages arrive. Table and CSV show chosen columns (read from
//! each item's JSON, so the same columns serve both API versions); CSV streams, the table is
//! aligned once the list is complete.

use std::io::Write;

use anstyle::{AnsiColor, Style};
use serde_json::Value;

use crate::cli::Format;
use crate::error::CliError;

/// How dates are shown in table and CSV cells.
#[derive(Debug, Clone)]
pub enum Dates {
    /// As the service wrote them (UTC).
    Utc,
    /// In this time zone.
    Local(jiff::tz::TimeZone),
}

/// How one column's cell is read from an item's JSON.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    /// A property (a `.`-separated path into objects), shown as its scalar text.
    Prop(String),
    /// The subject of a processing result: user principal name, display name or id.
    Subject,
    /// A value the command knows and the item does not carry (the workflow of a run listed
    /// across workflows).
    Context(&'static str),
}

impl Column {
    fn header(&self) -> &str {
        match self {
            Column::Prop(path) => path.rsplit('.').next().unwrap_or(path),
            Column::Subject => "subject",
            Column::Context(name) => name,
        }
    }

    fn cell(&self, item: &Value, context: &str) -> String {
        match self {
            Column::Prop(path) => {
                let mut value = Some(item);
                for key in path.split('.') {
                    value = value.and_then(|v| v.get(key));
                }
                scalar(value)
            }
            Column::Subject => subject(item.get("subject")),
            Column::Context(_) => context.to_owned(),
        }
    }

    fn is_date(&self) -> bool {
        matches!(self, Column::Prop(p) if p.ends_with("DateTime"))
    }

    fn is_status(&self) -> bool {
        matches!(self, Column::Prop(p) if p.ends_with("processingStatus") || p == "status")
    }
}

/// The columns for items of the type `returns` names (`microsoft.graph.identityGovernance.run`);
/// `None` when there is no chosen set: then the scalar properties of the first item.
pub fn columns_for(returns: Option<&str>) -> Option<Vec<Column>> {
    let name = returns?.rsplit('.').next()?;
    let props: &[&str] = match name {
        "workflow" | "deletedWorkflow" => &[
            "id",
            "displayName",
            "category",
            "isEnabled",
            "version",
            "lastModifiedDateTime",
        ],
        "run" => &[
            "id",
            "processingStatus",
            "workflowExecutionType",
            "startedDateTime",
            "completedDateTime",
            "totalUsersCount",
            "failedUsersCount",
            "failedTasksCount",
        ],
        "runSummary" => &[
            "totalRuns",
            "successfulRuns",
            "failedRuns",
            "totalUsers",
            "failedUsers",
            "totalTasks",
            "failedTasks",
        ],
        "userSummary" => &[
            "totalUsers",
            "successfulUsers",
            "failedUsers",
            "failedTasks",
        ],
        "taskReportSummary" => &[
            "totalTasks",
            "successfulTasks",
            "failedTasks",
            "unprocessedTasks",
        ],
        "userProcessingResult" | "subjectProcessingResult" => &[
            "id",
            "@subject",
            "processingStatus",
            "startedDateTime",
            "completedDateTime",
            "totalTasksCount",
            "failedTasksCount",
        ],
        "taskProcessingResult" => &[
            "id",
            "task.displayName",
            "@subject",
            "processingStatus",
            "startedDateTime",
            "completedDateTime",
            "failureReason",
        ],
        "taskReport" => &[
            "id",
            "task.displayName",
            "processingStatus",
            "totalUsersCount",
            "successfulUsersCount",
            "failedUsersCount",
            "startedDateTime",
            "completedDateTime",
        ],
        "task" => &[
            "id",
            "displayName",
            "category",
            "isEnabled",
            "executionSequence",
            "continueOnError",
        ],
        "workflowVersion" => &[
            "versionNumber",
            "displayName",
            "category",
            "isEnabled",
            "lastModifiedDateTime",
        ],
        "workflowTemplate" => &["id", "displayName", "category", "description"],
        "taskDefinition" => &["id", "displayName", "category", "version", "description"],
        "customTaskExtension" => &["id", "displayName", "description", "lastModifiedDateTime"],
        _ => return None,
    };
    Some(
        props
            .iter()
            .map(|p| match *p {
                "@subject" => Column::Subject,
                other => Column::Prop(other.to_owned()),
            })
            .collect(),
    )
}

/// Where results go: stdout, or any writer (a sink in the benchmark).
pub struct Printer {
    format: Format,
    /// Whether `format` was chosen by default, so a list may still turn into JSON lines.
    auto: bool,
    dates: Dates,
    color: bool,
    out: Box<dyn Write>,
    columns: Vec<Column>,
    /// Extra text for [`Column::Context`] cells of the next items.
    context: String,
    /// Table rows, kept until [`Printer::finish`] to align them.
    rows: Vec<Vec<String>>,
    /// Items written so far (JSON arrays and CSV headers depend on it).
    written: usize,
    list_started: bool,
}

impl Printer {
    /// A printer writing to `out`; `format: None` means table when `out` is a terminal, else
    /// JSON lines for lists and JSON for single values. Colours follow `anstream`'s rules
    /// (`NO_COLOR`, `CLICOLOR_FORCE`, and whether stdout is a terminal).
    pub fn new(format: Option<Format>, dates: Dates, out: Box<dyn Write>, terminal: bool) -> Self {
        let color =
            anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
        Printer {
            format: format.unwrap_or(if terminal {
                Format::Table
            } else {
                Format::Json
            }),
            auto: format.is_none() && !terminal,
            dates,
            color,
            out,
            columns: Vec::new(),
            context: String::new(),
            rows: Vec::new(),
            written: 0,
            list_started: false,
        }
    }

    /// The columns of the table and CSV formats.
    pub fn columns(&mut self, columns: Vec<Column>) {
        self.columns = columns;
    }

    /// Whether the columns are still to be chosen (from the first item).
    pub fn has_columns(&self) -> bool {
        !self.columns.is_empty()
    }

    /// The text of [`Column::Context`] cells from now on.
    pub fn set_context(&mut self, text: &str) {
        text.clone_into(&mut self.context);
    }

    /// One item of a list, as JSON text.
    pub fn item(&mut self, json: &str) -> Result<(), CliError> {
        match self.format {
            Format::Json if self.auto => self.line(json),
            Format::Ndjson => self.line(json),
            Format::Json => {
                let lead: &[u8] = if self.list_started {
                    b",\n  "
                } else {
                    b"[\n  "
                };
                self.list_started = true;
                self.out.write_all(lead)?;
                self.out.write_all(json.as_bytes())?;
                self.written += 1;
                Ok(())
            }
            Format::Csv | Format::Table => {
                let value: Value = serde_json::from_str(json)
                    .map_err(|e| CliError::Other(format!("cannot read the answer: {e}")))?;
                if self.columns.is_empty() {
                    self.columns = scalar_columns(json);
                }
                let row: Vec<String> = self
                    .columns
                    .iter()
                    .map(|c| {
                        let cell = c.cell(&value, &self.context);
                        if c.is_date() { self.date(&cell) } else { cell }
                    })
                    .collect();
                if self.format == Format::Table {
                    self.rows.push(row);
                    return Ok(());
                }
                if self.written == 0 {
                    let header = csv_line(self.columns.iter().map(Column::header));
                    self.out.write_all(header.as_bytes())?;
                }
                self.written += 1;
                self.out
                    .write_all(csv_line(row.iter().map(String::as_str)).as_bytes())?;
                Ok(())
            }
        }
    }

    fn line(&mut self, json: &str) -> Result<(), CliError> {
        self.out.write_all(json.as_bytes())?;
        self.out.write_all(b"\n")?;
        self.written += 1;
        Ok(())
    }

    /// A single value (not a list), as JSON text: indented for JSON, members in the order
    /// received.
    pub fn single(&mut self, json: &str) -> Result<(), CliError> {
        match self.format {
            Format::Json => {
                let indented = crate::ordered::pretty(json)
                    .map_err(|e| CliError::Other(format!("cannot read the answer: {e}")))?;
                self.line(&indented)
            }
            Format::Ndjson => self.line(json),
            Format::Csv | Format::Table => {
                // An action's `null` answer prints nothing.
                if json == "null" {
                    return Ok(());
                }
                self.item(json)
            }
        }
    }

    /// Ends the output: closes a JSON array, writes the table or an empty list's CSV header,
    /// and flushes.
    pub fn finish(&mut self, was_list: bool) -> Result<(), CliError> {
        match self.format {
            Format::Json if !self.auto && was_list => {
                let close: &[u8] = if self.list_started { b"\n]\n" } else { b"[]\n" };
                self.out.write_all(close)?;
            }
            Format::Csv if self.written == 0 && !self.columns.is_empty() => {
                let header = csv_line(self.columns.iter().map(Column::header));
                self.out.write_all(header.as_bytes())?;
            }
            Format::Table if !self.columns.is_empty() => {
                let header: Vec<String> =
                    self.columns.iter().map(|c| c.header().to_owned()).collect();
                let rows = std::mem::take(&mut self.rows);
                let status: Vec<bool> = self.columns.iter().map(Column::is_status).collect();
                let text = table(&header, &rows, &status, self.color);
                self.out.write_all(text.as_bytes())?;
            }
            _ => {}
        }
        self.out.flush()?;
        Ok(())
    }

    fn date(&self, text: &str) -> String {
        let Dates::Local(zone) = &self.dates else {
            return text.to_owned();
        };
        match text.parse::<jiff::Timestamp>() {
            Ok(at) => at
                .to_zoned_datetime(zone.clone())
                .strftime("%Y-%m-%d %H:%M:%S %:z")
                .to_string(),
            Err(_) => text.to_owned(),
        }
    }
}

/// The scalar properties of the item `json` in the order received, annotations
/// (`@odata.type`) left out.
fn scalar_columns(json: &str) -> Vec<Column> {
    match serde_json::from_str::<crate::ordered::Node>(json) {
        Ok(crate::ordered::Node::Object(members)) => members
            .iter()
            .filter(|(key, value)| {
                use crate::ordered::Node;
                !key.starts_with('@') && !matches!(value, Node::Object(_) | Node::Array(_))
            })
            .map(|(key, _)| Column::Prop(key.clone()))
            .collect(),
        _ => vec![Column::Prop("value".to_owned())],
    }
}

/// Writes and flushes `bytes` to stdout.
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

/// The colour of a processing status.
fn status_style(status: &str) -> Style {
    let color = match status {
        "completed" => AnsiColor::Green,
        "failed" => AnsiColor::Red,
        "completedWithErrors" => AnsiColor::Yellow,
        "inProgress" => AnsiColor::Cyan,
        "canceled" => AnsiColor::Magenta,
        _ => return Style::new(),
    };
    Style::new().fg_color(Some(color.into()))
}

/// Left-aligned columns two spaces apart, the header bold and status cells coloured when
/// `color`; line breaks inside a cell shown as spaces.
fn table(header: &[String], rows: &[Vec<String>], status: &[bool], color: bool) -> String {
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
    for (r, row) in all.iter().enumerate() {
        let mut line = String::new();
        for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            let style = match (color, r) {
                (false, _) => Style::new(),
                (true, 0) => Style::new().bold(),
                (true, _) if status.get(i) == Some(&true) => status_style(cell),
                _ => Style::new(),
            };
            line.push_str(&format!("{style}{cell}{style:#}"));
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
    fn tables_align_columns_and_colour_statuses_only_when_asked() {
        let header = vec!["id".to_owned(), "processingStatus".to_owned()];
        let rows = vec![
            vec!["1".to_owned(), "failed".to_owned()],
            vec!["22222".to_owned(), "x\ny".to_owned()],
        ];
        assert_eq!(
            table(&header, &rows, &[false, true], false),
            "id     processingStatus\n1      failed\n22222  x y\n"
        );
        let coloured = table(&header, &rows, &[false, true], true);
        assert!(
            coloured.contains("\u{1b}[31mfailed\u{1b}[0m"),
            "{coloured:?}"
        );
    }

    #[test]
    fn cells_read_scalars_paths_and_subjects() {
        let item = serde_json::json!({
            "id": "r1", "n": 3, "ok": true, "gone": null, "task": {"displayName": "Send mail"},
            "subject": {"directoryObject": {"id": "u1", "userPrincipalName": "a@b.test"}}
        });
        let cells: Vec<String> = ["id", "n", "ok", "gone", "missing", "task.displayName"]
            .iter()
            .map(|p| Column::Prop((*p).to_owned()))
            .chain([Column::Subject])
            .map(|c| c.cell(&item, ""))
            .collect();
        assert_eq!(cells, ["r1", "3", "true", "", "", "Send mail", "a@b.test"]);
    }

    #[test]
    fn local_dates_are_converted_and_bad_ones_kept() {
        let printer = Printer::new(
            Some(Format::Table),
            Dates::Local(jiff::tz::TimeZone::fixed(jiff::tz::offset(2))),
            Box::new(std::io::sink()),
            false,
        );
        assert_eq!(
            printer.date("2024-03-01T10:00:00Z"),
            "2024-03-01 12:00:00 +02:00"
        );
        assert_eq!(printer.date("not a date"), "not a date");
    }
}
