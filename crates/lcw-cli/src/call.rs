//! `lcw operations` and `lcw call`: any documented operation, by its id, through the client's
//! generated dispatcher (`lcw_client::{beta,v1}::dispatch::prepare`).

use lcw_client::Client;
use lcw_client::dynamic::Args;
use lcw_client::models::OperationInfo;
use serde::Serialize;

use crate::cli::{ApiVersion, CallArgs};
use crate::error::CliError;
use crate::exec::{checked_body, dispatch, list, read_body};
use crate::output::{Column, Printer};
use crate::progress::Progress;
use crate::tree::{leaves, table};

/// One row of `lcw operations`.
#[derive(Serialize)]
struct Row {
    command: String,
    method: &'static str,
    path: &'static str,
    id: &'static str,
}

/// Prints every operation of `version`: the command that calls it, method, path template, id.
pub fn operations(version: ApiVersion, out: &mut Printer) -> Result<(), CliError> {
    out.columns(
        ["command", "method", "path", "id"]
            .iter()
            .map(|c| Column::Prop((*c).to_owned()))
            .collect(),
    );
    let leaves = leaves();
    for (index, op) in table(version).iter().enumerate() {
        let command = leaves
            .iter()
            .find(|l| l.index(version) == Some(index))
            .map(|l| l.name())
            .unwrap_or_default();
        let row = Row {
            command,
            method: op.method,
            path: op.path,
            id: op.id,
        };
        let json = serde_json::to_string(&row)
            .map_err(|e| CliError::Other(format!("cannot encode a row: {e}")))?;
        out.item(&json)?;
    }
    out.finish(true)
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

/// Calls the operation `args` names and prints its answer: a list's items (every page with
/// `--all`), or the single value.
pub async fn call(
    client: &Client,
    version: ApiVersion,
    args: &CallArgs,
    out: &mut Printer,
) -> Result<(), CliError> {
    let index = find(version, args)?;
    let op = &table(version)[index];
    let body = match &args.body {
        Some(source) => Some(checked_body(op, &read_body(source)?)?),
        None => None,
    };
    let dynamic = Args {
        path: path_values(op, &args.params)?,
        body,
    };
    let prepared = dispatch(client, version, index, &dynamic)?;
    // A request that cannot be built (a bad timestamp argument) fails here, before sending.
    prepared.parts()?;
    if let Some(columns) = crate::output::columns_for(op.returns) {
        out.columns(columns);
    }
    if op.returns_collection {
        let mut progress = Progress::new();
        list(&prepared, args.all, out, &mut progress).await?;
        progress.finish();
        return out.finish(true);
    }
    out.single(&prepared.send_text().await?)?;
    out.finish(false)
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
            all: false,
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
