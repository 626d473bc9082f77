//! `lcw operations` and `lcw call`: any documented operation, by its id, through the client's
//! generated dispatcher (`lcw_client::{beta,v1}::dispatch::prepare`).

use std::io::Read;

use lcw_client::Client;
use lcw_client::dynamic::{Args, Prepared};
use lcw_client::models::OperationInfo;
use serde::Serialize;
use serde_json::Value;

use crate::cli::{ApiVersion, CallArgs};
use crate::error::CliError;
use crate::output::{Column, Printer};

/// The operations table of `version`.
fn table(version: ApiVersion) -> &'static [OperationInfo] {
    match version {
        ApiVersion::Beta => lcw_client::models::beta::OPERATIONS,
        ApiVersion::V1 => lcw_client::models::v1::OPERATIONS,
    }
}

/// One row of `lcw operations`.
#[derive(Serialize)]
struct Row {
    method: &'static str,
    path: &'static str,
    id: &'static str,
}

/// Prints every operation of `version`: method, path template, id.
pub fn operations(version: ApiVersion, out: &mut Printer) -> Result<(), CliError> {
    out.columns(&[
        Column::Prop("method"),
        Column::Prop("path"),
        Column::Prop("id"),
    ]);
    for op in table(version) {
        out.item(&Row {
            method: op.method,
            path: op.path,
            id: op.id,
        })?;
    }
    Ok(())
}

/// The names of the `{placeholders}` of a path template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

/// The row `args` names: by id, and by `--path` when several rows share the id.
fn find(version: ApiVersion, args: &CallArgs) -> Result<usize, CliError> {
    let rows: Vec<usize> = table(version)
        .iter()
        .enumerate()
        .filter(|(_, op)| op.id == args.op_id)
        .filter(|(_, op)| args.path.as_deref().is_none_or(|p| p == op.path))
        .map(|(i, _)| i)
        .collect();
    match rows.as_slice() {
        [index] => Ok(*index),
        [] if args.path.is_some() => Err(CliError::Usage(format!(
            "no operation `{}` has the path `{}` (see `lcw operations`)",
            args.op_id,
            args.path.as_deref().unwrap_or_default()
        ))),
        [] => Err(CliError::Usage(format!(
            "no operation is named `{}` in this API version (see `lcw operations`)",
            args.op_id
        ))),
        several => {
            let candidates: Vec<String> = several
                .iter()
                .map(|&i| {
                    let op = &table(version)[i];
                    format!("{} {}", op.method, op.path)
                })
                .collect();
            Err(CliError::Usage(format!(
                "several operations are named `{}`; choose one with --path TEMPLATE: {}",
                args.op_id,
                candidates.join(" | ")
            )))
        }
    }
}

/// The path parameter values in template order, from `NAME=VALUE` arguments.
fn path_values(op: &OperationInfo, params: &[String]) -> Result<Vec<String>, CliError> {
    let names = placeholders(op.path);
    let mut given: Vec<(&str, &str)> = Vec::new();
    for param in params {
        let Some((name, value)) = param.split_once('=') else {
            return Err(CliError::Usage(format!(
                "`{param}` is not PARAM=VALUE (the parameters of `{}`: {})",
                op.id,
                listed(&names)
            )));
        };
        if !names.contains(&name) {
            return Err(CliError::Usage(format!(
                "`{}` has no parameter `{name}` (its parameters: {})",
                op.id,
                listed(&names)
            )));
        }
        if given.iter().any(|(n, _)| *n == name) {
            return Err(CliError::Usage(format!("`{name}` is given twice")));
        }
        given.push((name, value));
    }
    names
        .iter()
        .map(|name| {
            given
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| (*v).to_owned())
                .ok_or_else(|| {
                    CliError::Usage(format!(
                        "`{}` needs {name}=VALUE (its parameters: {})",
                        op.id,
                        listed(&names)
                    ))
                })
        })
        .collect()
}

fn listed(names: &[&str]) -> String {
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

/// The request body: a JSON file, or standard input for `-`.
fn read_body(source: &std::path::Path) -> Result<Value, CliError> {
    let mut text = String::new();
    let shown = source.display();
    if source.as_os_str() == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| CliError::Usage(format!("--body -: cannot read standard input: {e}")))?;
    } else {
        text = std::fs::read_to_string(source)
            .map_err(|e| CliError::Usage(format!("--body {shown}: {e}")))?;
    }
    serde_json::from_str(&text)
        .map_err(|e| CliError::Usage(format!("--body {shown}: not JSON: {e}")))
}

/// Calls the operation `args` names and prints its answer: the whole answer as JSON (a list's
/// first page, with its `@odata.nextLink`), or its items as table or CSV rows.
pub async fn call(
    client: &Client,
    version: ApiVersion,
    args: &CallArgs,
    out: &mut Printer,
) -> Result<(), CliError> {
    let index = find(version, args)?;
    let op = &table(version)[index];
    let dynamic = Args {
        path: path_values(op, &args.params)?,
        body: args.body.as_deref().map(read_body).transpose()?,
    };
    let prepared: Prepared = match version {
        ApiVersion::Beta => lcw_client::beta::dispatch::prepare(client, index, &dynamic)?,
        ApiVersion::V1 => lcw_client::v1::dispatch::prepare(client, index, &dynamic)?,
    };
    // A request that cannot be built (a bad timestamp argument) fails here, before sending.
    prepared.parts()?;
    let answer = prepared.send().await?;
    print_answer(&answer, out)
}

/// Prints an answer of `lcw call`.
fn print_answer(answer: &Value, out: &mut Printer) -> Result<(), CliError> {
    if answer.is_null() {
        return Ok(());
    }
    let items: Vec<&Value> = match answer.get("value").and_then(Value::as_array) {
        Some(items) if answer.is_object() => items.iter().collect(),
        _ => vec![answer],
    };
    // Columns: the scalar properties of the items, in the order first seen (annotations such
    // as `@odata.context` only in JSON).
    let mut columns: Vec<String> = Vec::new();
    for item in &items {
        if let Some(object) = item.as_object() {
            for (key, value) in object {
                let scalar = !value.is_object() && !value.is_array();
                if scalar && !key.starts_with('@') && !columns.contains(key) {
                    columns.push(key.clone());
                }
            }
        }
    }
    let columns: Vec<Column> = columns.into_iter().map(Column::Key).collect();
    out.columns(&columns);
    if out.is_json() {
        return out.single(answer);
    }
    for item in items {
        out.item(item)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_come_in_template_order() {
        assert_eq!(
            placeholders(
                "/w/{workflowId}/runs/summary(startDateTime={startDateTime},endDateTime={endDateTime})"
            ),
            ["workflowId", "startDateTime", "endDateTime"]
        );
        assert!(placeholders("/w").is_empty());
    }

    #[test]
    fn ambiguous_ids_list_their_paths() {
        let args = CallArgs {
            op_id: "task-get".to_owned(),
            params: Vec::new(),
            body: None,
            path: None,
        };
        let Err(CliError::Usage(message)) = find(ApiVersion::Beta, &args) else {
            panic!("`task-get` names several operations");
        };
        assert!(
            message.contains("--path") && message.contains(" | "),
            "{message}"
        );
    }
}
