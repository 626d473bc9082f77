//! The command line: global options, the fixed commands (clap derive), and the operation
//! commands added from the tree ([`crate::tree`]).

use std::path::PathBuf;

use clap::{Arg, ArgAction, Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::error::CliError;
use crate::tree::{self, Leaf, ParamForm};

/// The heading of the options every command takes.
const GLOBAL: &str = "Global options";
/// The heading of the emulator's options.
const EMULATOR: &str = "Emulator options";
/// The heading of the sign-in options.
const AUTH: &str = "Sign-in options";

/// What `--help` says after the options of `lcw`.
const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  the service answered with an error not listed below, or the connection failed
  2  usage: a bad option, argument or request body (nothing was sent)
  3  authentication: no usable credential, or Graph answered 401 or 403
  4  not found: Graph answered 404
  5  throttled: 429, 503 or 504 outlasted the retry budget

Without a token every command uses the built-in emulator: `lcw workflows list` works offline.";

/// Microsoft Entra lifecycle workflows from the command line.
///
/// Commands mirror the Graph API, noun then verb (`lcw runs list --workflow ID`); `lcw
/// operations` lists which command calls which documented operation.
#[derive(Debug, Parser)]
#[command(name = "lcw", version, after_help = EXIT_CODES)]
pub struct Cli {
    /// The options every command takes.
    #[command(flatten)]
    pub global: Global,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The options every command takes.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Call the beta API (the default).
    #[arg(long, global = true, help_heading = GLOBAL, conflicts_with = "v1")]
    pub beta: bool,

    /// Call the v1.0 API.
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub v1: bool,

    /// Output format [default: table on a terminal; otherwise ndjson for lists, json for one
    /// value].
    #[arg(long, short = 'o', visible_alias = "format", global = true, help_heading = GLOBAL, value_enum)]
    pub output: Option<Format>,

    /// Show dates in UTC (the default for csv).
    #[arg(long, global = true, help_heading = GLOBAL, conflicts_with = "local")]
    pub utc: bool,

    /// Show dates in the local time zone (the default for table). JSON always keeps the
    /// service's own text.
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub local: bool,

    /// Ask Graph for evolvable enum members by name (`Prefer: include-unknown-enum-members`),
    /// so a workflow category `mover` shows as `mover`, not `unknownFutureValue`.
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "BOOL",
        default_value_t = true, action = ArgAction::Set)]
    pub include_unknown_enum_members: bool,

    /// Print each request to stderr: method, URL, status, time, request-id and
    /// client-request-id (never the token).
    #[arg(long, short = 'v', global = true, help_heading = GLOBAL)]
    pub verbose: bool,

    /// Retries of a throttled or failed request (429, 503, 504, transport) before giving up.
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "N", default_value_t = 4)]
    pub retries: u32,

    /// Longest total time, in seconds, spent retrying one request.
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "SECONDS", default_value_t = 60)]
    pub retry_budget: u64,

    /// The national cloud whose Graph to call. A cloud without the lifecycle workflows API is
    /// refused before any request; one without a published host needs `--service-root`.
    #[arg(long, global = true, help_heading = AUTH, value_name = "CLOUD",
        value_parser = clap::builder::PossibleValuesParser::new(lcw_client::Cloud::ALL.map(|c| c.name)))]
    pub cloud: Option<String>,

    /// Another service root, such as `http://127.0.0.1:8080` for a running lcw-emulator
    /// (plain http only to loopback), or the Graph host of a cloud given with `--cloud`.
    #[arg(long, global = true, help_heading = AUTH, value_name = "URL")]
    pub service_root: Option<String>,

    /// A bearer token. Careful: a token given here stays in shell history and shows in `ps`;
    /// prefer LCW_TOKEN or --token-env.
    #[arg(long, global = true, help_heading = AUTH, value_name = "TOKEN", env = "LCW_TOKEN",
        hide_env_values = true)]
    pub token: Option<String>,

    /// The environment variable that holds the bearer token [default: LCW_GRAPH_TOKEN, when
    /// set].
    #[arg(long, global = true, help_heading = AUTH, value_name = "VAR", conflicts_with = "token")]
    pub token_env: Option<String>,

    /// How to sign in [default: a token when one is given; else `environment` when
    /// AZURE_CLIENT_SECRET is set; else the emulator]. `environment`, `managed-identity` and
    /// `azure-cli` need lcw built with `--features azure-identity`.
    #[arg(long, global = true, help_heading = AUTH, value_enum, value_name = "HOW")]
    pub auth: Option<AuthMethod>,

    /// Use the built-in emulator, started in-process on loopback with a sample tenant (the
    /// default when no credential is configured).
    #[arg(long, global = true, help_heading = EMULATOR,
        conflicts_with_all = ["cloud", "service_root", "token", "token_env", "auth"])]
    pub emulator: bool,

    /// The emulator's data seed: the same seed gives the same tenant.
    #[arg(long, global = true, help_heading = EMULATOR, value_name = "N", default_value_t = 1)]
    pub emulator_seed: u64,

    /// The emulator's number of workflows.
    #[arg(long, global = true, help_heading = EMULATOR, value_name = "N")]
    pub emulator_workflows: Option<usize>,

    /// The emulator's number of runs per workflow.
    #[arg(long, global = true, help_heading = EMULATOR, value_name = "N")]
    pub emulator_runs: Option<usize>,

    /// The emulator's page size when a request has no `$top`.
    #[arg(long, global = true, help_heading = EMULATOR, value_name = "N")]
    pub emulator_page_size: Option<usize>,

    /// A fault the emulator injects, in lcw-emulator's `--fault` syntax (`fault=429
    /// retry-after=1 route=/beta/**`); repeatable.
    #[arg(long, global = true, help_heading = EMULATOR, value_name = "RULE")]
    pub emulator_fault: Vec<String>,
}

impl Global {
    /// The API version the options choose.
    pub fn api_version(&self) -> ApiVersion {
        if self.v1 {
            ApiVersion::V1
        } else {
            ApiVersion::Beta
        }
    }
}

/// How to sign in to Graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuthMethod {
    /// A bearer token: --token, LCW_TOKEN, --token-env VAR or LCW_GRAPH_TOKEN.
    Token,
    /// A service principal from AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET.
    Environment,
    /// The managed identity of the Azure machine lcw runs on (AZURE_CLIENT_ID picks a
    /// user-assigned one).
    ManagedIdentity,
    /// The account signed in to the Azure CLI (`az login`).
    AzureCli,
}

/// The API version a command calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApiVersion {
    /// `/beta`.
    Beta,
    /// `/v1.0`.
    V1,
}

impl ApiVersion {
    /// The option that picks it.
    pub fn flag(self) -> &'static str {
        match self {
            ApiVersion::Beta => "--beta",
            ApiVersion::V1 => "--v1",
        }
    }
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns, status coloured on a terminal.
    Table,
    /// JSON as received (checked against the API's types; order, unknown properties and
    /// enum members kept); a list is one array, written as its pages arrive.
    Json,
    /// One JSON object per line.
    Ndjson,
    /// The table's columns, with a header row.
    Csv,
}

/// The commands that are not an operation of the API.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Calls any documented operation by its id (see `lcw operations`).
    Call(CallArgs),
    /// Lists the documented operations: method, path, id and the command that calls each.
    Operations,
    /// Writes an HTML report of a period's runs: charts by status, failure rate, the tasks and
    /// users that fail most, and every run with its failures.
    Report(crate::report::ReportArgs),
    /// Prints a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// `lcw call ...`.
#[derive(Debug, Args)]
pub struct CallArgs {
    /// The operation's id, as `lcw operations` lists it.
    pub op_id: String,
    /// The path parameters, by the names of the path template (`workflowId=...`).
    #[arg(value_name = "PARAM=VALUE")]
    pub params: Vec<String>,
    /// The request body: a JSON file, or `-` for standard input.
    #[arg(long, value_name = "FILE|-")]
    pub body: Option<PathBuf>,
    /// The path template, when several operations share the id.
    #[arg(long, value_name = "TEMPLATE")]
    pub path: Option<String>,
    /// Follow `@odata.nextLink` to the last page.
    #[arg(long)]
    pub all: bool,
}

/// The whole command line: the fixed commands and one command per operation.
pub fn command() -> clap::Command {
    let mut root = Cli::command();
    for leaf in &tree::commands() {
        root = insert(root, &leaf.words, leaf);
    }
    describe_groups(root, &[])
}

/// The verb a group runs when given no command.
pub const DEFAULT_VERB: &str = "list";

/// Gives each group under `parent` (at the command path `path`) a one-line help naming what
/// it holds (`runs: get, list (the default), summary, ...`), deepest first, and lets a group
/// with a `list` run it when given no command.
fn describe_groups(parent: clap::Command, path: &[String]) -> clap::Command {
    let groups: Vec<String> = parent
        .get_subcommands()
        .filter(|c| c.has_subcommands())
        .map(|c| c.get_name().to_owned())
        .collect();
    groups.iter().fold(parent, |parent, name| {
        let mut words = path.to_vec();
        words.push(name.clone());
        parent.mut_subcommand(name, |group| {
            let group = default_to_list(describe_groups(group, &words), &words);
            let lists = group
                .get_subcommands()
                .any(|c| c.get_name() == DEFAULT_VERB)
                && !group.is_subcommand_required_set();
            let held: Vec<String> = group
                .get_subcommands()
                .map(|c| match c.get_name() {
                    DEFAULT_VERB if lists => format!("{DEFAULT_VERB} (the default)"),
                    other => other.to_owned(),
                })
                .collect();
            let about = format!("{}: {}", name.replace('-', " "), held.join(", "));
            group.about(about)
        })
    })
}

/// Lets `group` (the command path `words`) run its `list` command when given none, with
/// the options given: `lcw runs --workflow ID` is `lcw runs list --workflow ID`. The group
/// takes the options of its `list`; a group without one keeps requiring a command.
fn default_to_list(group: clap::Command, words: &[String]) -> clap::Command {
    let Some(list) = group
        .find_subcommand(DEFAULT_VERB)
        .filter(|l| !l.has_subcommands())
    else {
        return group;
    };
    // A positional argument of the group would take the name of a command.
    if list.get_arguments().any(Arg::is_positional) {
        return group;
    }
    let args: Vec<Arg> = list.get_arguments().cloned().collect();
    let needs_options = args.iter().any(Arg::is_required_set);
    let path = words.join(" ");
    group
        .args(args)
        .subcommand_required(false)
        // The options `list` requires are not the other commands' business.
        .subcommand_negates_reqs(true)
        // Without its required options, the group shows its help rather than one error.
        .arg_required_else_help(needs_options)
        .after_help(format!(
            "Without a command, `lcw {path}` runs `lcw {path} {DEFAULT_VERB}` with the options above."
        ))
}

/// Adds `leaf` under `parent` at the path `words`, creating the groups on the way.
fn insert(parent: clap::Command, words: &[String], leaf: &Leaf) -> clap::Command {
    let (first, rest) = words.split_first().expect("a leaf has words");
    let existing = parent.get_subcommands().any(|c| c.get_name() == first);
    let mut parent = if existing {
        parent
    } else {
        let child = if rest.is_empty() {
            leaf_command(first, leaf)
        } else {
            clap::Command::new(first.clone())
                .subcommand_required(true)
                .arg_required_else_help(true)
        };
        parent.subcommand(child)
    };
    if !rest.is_empty() {
        parent = parent.mut_subcommand(first.as_str(), |group| insert(group, rest, leaf));
    }
    parent
}

/// The option words of the OData query options the docs may list.
pub const QUERY_OPTIONS: &[(&str, &str, &str)] = &[
    (
        "$filter",
        "filter",
        "Only the items matching this OData filter",
    ),
    (
        "$orderby",
        "orderby",
        "Sort by these properties (`startedDateTime desc`)",
    ),
    (
        "$select",
        "select",
        "Only these properties (comma-separated wire names)",
    ),
    ("$expand", "expand", "Return these relationships inline"),
    ("$top", "top", "At most this many items per page"),
    ("$skip", "skip", "Leave out this many items"),
    ("$search", "search", "Only the items matching this text"),
];

fn leaf_command(verb: &str, leaf: &Leaf) -> clap::Command {
    let op = leaf.any_row();
    let versions = match leaf.rows {
        [Some(_), Some(_)] => "beta and v1.0",
        [Some(_), None] => "beta only",
        _ => "v1.0 only",
    };
    let short_for = leaf
        .short_for
        .as_ref()
        .map(|full| format!("; short for `lcw {}`", full.join(" ")))
        .unwrap_or_default();
    let mut cmd = clap::Command::new(verb.to_owned())
        .about(format!("{} ({versions}{short_for})", op.title))
        .long_about(format!(
            "{}.\n\n{} {}\n\nOperation `{}`, {versions}{short_for}.",
            op.title, op.method, op.path, op.id
        ));
    for param in tree::params(op) {
        let arg = match &param.form {
            ParamForm::Positional => Arg::new(param.arg_id())
                .value_name(upper_snake(&param.placeholder))
                .help(format!("The `{}` of the item", param.placeholder))
                .required(true),
            ParamForm::Option(name) => {
                let optional = crate::friendly::optional_param(&leaf.words, name);
                let time = matches!(name.as_str(), "from" | "to");
                Arg::new(param.arg_id())
                    .long(name.clone())
                    .value_name(if time {
                        "RFC3339".to_owned()
                    } else {
                        "ID".to_owned()
                    })
                    .help(if time {
                        format!("`{}`: an RFC 3339 instant", param.placeholder)
                    } else if optional {
                        format!("The `{}` [default: every one]", param.placeholder)
                    } else {
                        format!("The `{}`", param.placeholder)
                    })
                    .required(!optional)
            }
        };
        cmd = cmd.arg(arg);
    }
    for (option, word, help) in QUERY_OPTIONS {
        if op.query_options.contains(option) {
            let mut arg = Arg::new(format!("query:{option}")).long(*word).help(*help);
            arg = match *word {
                "top" | "skip" => arg.value_name("N").value_parser(clap::value_parser!(u32)),
                "select" | "expand" => arg.value_name("LIST"),
                _ => arg.value_name("EXPR"),
            };
            cmd = cmd.arg(arg);
        }
    }
    if op.query_options.contains(&"$count") {
        cmd = cmd.arg(
            Arg::new("query:$count")
                .long("count")
                .action(ArgAction::SetTrue)
                .help("Ask for `@odata.count`, the total across pages, printed on stderr"),
        );
    }
    if op.returns_collection {
        cmd = cmd.arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .help("Every page, following `@odata.nextLink` (default: the first page)"),
        );
    }
    if matches!(op.method, "POST" | "PATCH" | "PUT") {
        let mut help = "The request body: a JSON file, or `-` for standard input; checked \
                        against the API's types before it is sent"
            .to_owned();
        let required: Vec<&str> = op.required().collect();
        if !required.is_empty() {
            help.push_str(&format!(" (required: {})", required.join(", ")));
        }
        cmd = cmd.arg(
            Arg::new("body")
                .long("body")
                .value_name("FILE|-")
                .value_parser(clap::value_parser!(PathBuf))
                .help(help),
        );
    }
    crate::friendly::add_options(&leaf.words, cmd)
}

/// `workflowId` is `WORKFLOW_ID`.
fn upper_snake(name: &str) -> String {
    tree::kebab(name).replace('-', "_").to_ascii_uppercase()
}

/// Writes the completion script of `shell` to stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<(), CliError> {
    let mut command = command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "lcw", &mut script);
    crate::output::write_stdout(&script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn every_leaf_is_a_command() {
        let root = command();
        for leaf in tree::commands() {
            let mut cmd = &root;
            for word in &leaf.words {
                cmd = cmd
                    .find_subcommand(word)
                    .unwrap_or_else(|| panic!("no command `{}`", leaf.name()));
            }
            assert!(!cmd.has_subcommands(), "`{}` is a group", leaf.name());
        }
    }

    /// The other side: every command without subcommands is a leaf of the tree (it calls an
    /// operation row) or one of the fixed commands.
    #[test]
    fn every_command_calls_a_row() {
        fn walk(cmd: &clap::Command, words: &mut Vec<String>, found: &mut Vec<Vec<String>>) {
            if !cmd.has_subcommands() {
                found.push(words.clone());
            }
            for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
                words.push(sub.get_name().to_owned());
                walk(sub, words, found);
                words.pop();
            }
        }
        let mut found = Vec::new();
        walk(&command(), &mut Vec::new(), &mut found);
        let leaves = tree::commands();
        let fixed: Vec<String> = Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect();
        for words in found {
            let is_fixed = words.len() == 1 && fixed.contains(&words[0]);
            assert!(
                is_fixed || leaves.iter().any(|l| l.words == words),
                "`lcw {}` calls no operation",
                words.join(" ")
            );
        }
    }
}
