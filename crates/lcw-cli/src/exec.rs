//! Running an operation command: its arguments read from the command line, the call prepared
//! by the client's generated dispatcher, the body checked, pages followed, items printed.

use std::io::{IsTerminal, Read};
use std::path::Path;

use clap::ArgMatches;
use lcw_client::Client;
use lcw_client::dynamic::{Args, Prepared};
use lcw_client::models::OperationInfo;
use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::cli::{ApiVersion, QUERY_OPTIONS};
use crate::error::CliError;
use crate::output::{Column, Printer, columns_for};
use crate::progress::Progress;
use crate::tree::{self, Leaf, ParamForm};

/// A page of a list, its items left as the JSON text they arrived as.
#[derive(Deserialize)]
struct Page<'a> {
    #[serde(borrow)]
    value: Vec<&'a RawValue>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
    #[serde(rename = "@odata.count")]
    count: Option<u64>,
}

/// Runs the operation command `leaf` with its `matches`.
pub async fn run(
    client: &Client,
    version: ApiVersion,
    leaf: &Leaf,
    matches: &ArgMatches,
    out: &mut Printer,
) -> Result<(), CliError> {
    let Some(index) = leaf.index(version) else {
        let other = match version {
            ApiVersion::Beta => ApiVersion::V1,
            ApiVersion::V1 => ApiVersion::Beta,
        };
        return Err(CliError::Usage(format!(
            "`lcw {}` is not in the {} API; add {}",
            leaf.name(),
            version.flag().trim_start_matches("--"),
            other.flag()
        )));
    };
    let op = &tree::table(version)[index];
    let body = match matches
        .try_get_one::<std::path::PathBuf>("body")
        .ok()
        .flatten()
    {
        Some(source) => Some(checked_body(op, &read_body(source)?)?),
        None => None,
    };
    let all = matches
        .try_get_one::<bool>("all")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false);
    if !out.has_columns()
        && let Some(columns) = columns_for(op.returns)
    {
        out.columns(columns);
    }
    // `runs list` without `--workflow`: the runs of every workflow, one after another.
    if let Some(placeholder) = missing_parent(leaf, op, matches) {
        let workflows = every_workflow(client, version).await?;
        if out.has_columns() {
            let mut columns = vec![Column::Context("workflow")];
            columns.extend(columns_for(op.returns).unwrap_or_default());
            out.columns(columns);
        }
        let mut progress = Progress::new();
        for workflow in workflows {
            out.set_context(&workflow);
            let path = path_values(op, matches, Some((&placeholder, &workflow)))?;
            let prepared = prepare(client, version, index, path, body.clone(), leaf, matches)?;
            list(&prepared, all, out, &mut progress).await?;
        }
        progress.finish();
        return out.finish(true);
    }
    let path = path_values(op, matches, None)?;
    let prepared = prepare(client, version, index, path, body, leaf, matches)?;
    if op.returns_collection {
        let mut progress = Progress::new();
        let more = list(&prepared, all, out, &mut progress).await?;
        progress.finish();
        out.finish(true)?;
        if more && std::io::stderr().is_terminal() {
            eprintln!("lcw: more items follow; add --all to list every page");
        }
        Ok(())
    } else {
        out.single(&prepared.send_text().await?)?;
        out.finish(false)
    }
}

/// Prints the items of the list `prepared` calls, page by page (only the first unless `all`);
/// whether pages were left unread.
pub async fn list(
    prepared: &Prepared,
    all: bool,
    out: &mut Printer,
    progress: &mut Progress,
) -> Result<bool, CliError> {
    let mut text = prepared.send_text().await?;
    loop {
        let page: Page<'_> = serde_json::from_str(&text)
            .map_err(|e| CliError::Other(format!("cannot read the answer's page: {e}")))?;
        if let Some(count) = page.count {
            // Asked for with --count; stdout keeps only the items.
            eprintln!("lcw: {count} items in all");
        }
        progress.page(page.value.len());
        for item in &page.value {
            out.item(item.get())?;
        }
        match page.next_link {
            Some(link) if all => text = prepared.next_page_text(&link).await?,
            Some(_) => return Ok(true),
            None => return Ok(false),
        }
    }
}

/// The placeholder of a parent id left out on purpose (`runs list` without `--workflow`).
fn missing_parent(leaf: &Leaf, op: &OperationInfo, matches: &ArgMatches) -> Option<String> {
    tree::params(op)
        .into_iter()
        .find_map(|param| match &param.form {
            ParamForm::Option(name)
                if crate::friendly::optional_param(&leaf.words, name)
                    && !matches!(name.as_str(), "from" | "to")
                    && matches.get_one::<String>(&param.arg_id()).is_none() =>
            {
                Some(param.placeholder)
            }
            _ => None,
        })
}

/// The ids of every workflow, all pages.
async fn every_workflow(client: &Client, version: ApiVersion) -> Result<Vec<String>, CliError> {
    #[derive(Deserialize)]
    struct Id {
        id: Option<String>,
    }
    let index = tree::table(version)
        .iter()
        .position(|op| {
            op.path == "/identityGovernance/lifecycleWorkflows/workflows" && op.method == "GET"
        })
        .ok_or_else(|| CliError::Other("this API version cannot list workflows".to_owned()))?;
    let mut prepared = dispatch(client, version, index, &Args::default())?;
    prepared.query("$select", "id").ok();
    let mut ids = Vec::new();
    let mut text = prepared.send_text().await?;
    loop {
        let page: Page<'_> = serde_json::from_str(&text)
            .map_err(|e| CliError::Other(format!("cannot read the workflows: {e}")))?;
        for item in page.value {
            if let Ok(Id { id: Some(id) }) = serde_json::from_str(item.get()) {
                ids.push(id);
            }
        }
        match page.next_link {
            Some(link) => text = prepared.next_page_text(&link).await?,
            None => return Ok(ids),
        }
    }
}

/// The generated dispatcher of `version`.
pub fn dispatch(
    client: &Client,
    version: ApiVersion,
    index: usize,
    args: &Args,
) -> Result<Prepared, CliError> {
    Ok(match version {
        ApiVersion::Beta => lcw_client::beta::dispatch::prepare(client, index, args)?,
        ApiVersion::V1 => lcw_client::v1::dispatch::prepare(client, index, args)?,
    })
}

/// The call of row `index` with its path, body and query options; checked (a bad id or
/// instant fails here, before sending).
fn prepare(
    client: &Client,
    version: ApiVersion,
    index: usize,
    path: Vec<String>,
    body: Option<Value>,
    leaf: &Leaf,
    matches: &ArgMatches,
) -> Result<Prepared, CliError> {
    let mut prepared = dispatch(client, version, index, &Args { path, body })?;
    let op = prepared.operation();
    let mut filter = crate::friendly::filter(&leaf.words, matches)?;
    for (option, _, _) in QUERY_OPTIONS {
        let id = format!("query:{option}");
        let value = match *option {
            "$top" | "$skip" => matches
                .try_get_one::<u32>(&id)
                .ok()
                .flatten()
                .map(u32::to_string),
            _ => matches.try_get_one::<String>(&id).ok().flatten().cloned(),
        };
        let Some(value) = value else { continue };
        if *option == "$filter" {
            filter = Some(match filter {
                Some(friendly) => format!("{friendly} and ({value})"),
                None => value,
            });
            continue;
        }
        let value = if *option == "$search" {
            // OData wants the search text in double quotes, inner quotes escaped.
            format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
        } else {
            value
        };
        prepared.query(option, value)?;
    }
    if let Some(filter) = filter {
        prepared.query("$filter", filter)?;
    }
    let ordered = matches
        .try_get_one::<String>("query:$orderby")
        .ok()
        .flatten()
        .is_some();
    if let (false, Some(order)) = (ordered, crate::friendly::default_order(&leaf.words))
        && op.query_options.contains(&"$orderby")
    {
        prepared.query("$orderby", order)?;
    }
    if matches.try_get_one::<bool>("query:$count").ok().flatten() == Some(&true) {
        prepared.query("$count", "true")?;
    }
    prepared.parts()?;
    Ok(prepared)
}

/// The path parameter values in template order; `parent` fills one left out.
fn path_values(
    op: &OperationInfo,
    matches: &ArgMatches,
    parent: Option<(&str, &str)>,
) -> Result<Vec<String>, CliError> {
    let now = jiff::Timestamp::now();
    tree::params(op)
        .into_iter()
        .map(|param| {
            if let Some(value) = matches.get_one::<String>(&param.arg_id()) {
                return Ok(value.clone());
            }
            if let Some((placeholder, value)) = parent
                && placeholder == param.placeholder
            {
                return Ok(value.to_owned());
            }
            match &param.form {
                ParamForm::Option(name) if name == "to" => Ok(now.to_string()),
                ParamForm::Option(name) if name == "from" => {
                    let days = crate::friendly::DEFAULT_PERIOD_DAYS;
                    let from = now
                        .checked_sub(jiff::SignedDuration::from_hours(24 * days))
                        .unwrap_or(now);
                    Ok(from.to_string())
                }
                _ => Err(CliError::Usage(format!(
                    "`{}` is missing",
                    param.placeholder
                ))),
            }
        })
        .collect()
}

/// The request body: a JSON file, or standard input for `-`.
pub fn read_body(source: &Path) -> Result<Value, CliError> {
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
    serde_json::from_str(&text).map_err(|e| {
        CliError::Usage(format!(
            "--body {shown}: not JSON at line {} column {}: {e}",
            e.line(),
            e.column()
        ))
    })
}

/// Checks `body` against the page's request body table: an object, with no property the
/// operation does not take, and every required one. (The typed check, which names the JSON
/// path of a value of the wrong type, is the dispatcher's.)
pub fn checked_body(op: &OperationInfo, body: &Value) -> Result<Value, CliError> {
    let Some(object) = body.as_object() else {
        return Err(CliError::Usage(format!(
            "--body: `{}` takes a JSON object",
            op.id
        )));
    };
    if !op.body.is_empty() {
        let settable: Vec<&str> = op.settable().collect();
        if let Some(key) = object
            .keys()
            .find(|k| !k.starts_with('@') && !settable.contains(&k.as_str()))
        {
            return Err(CliError::Usage(format!(
                "--body: `{key}` is not a property `{}` takes (it takes: {})",
                op.id,
                settable.join(", ")
            )));
        }
        if let Some(missing) = op.required().find(|r| !object.contains_key(*r)) {
            return Err(CliError::Usage(format!(
                "--body: `{}` needs `{missing}`",
                op.id
            )));
        }
    }
    Ok(body.clone())
}
