//! The command tree, derived from the client's operations tables (both API versions) by a few
//! naming rules, so a docs update adds its commands without a hand edit.
//!
//! - The words of the path after `/identityGovernance/lifecycleWorkflows` that are not ids
//!   become the command groups, in kebab case: `.../workflows/{workflowId}/runs` is `runs`.
//!   A leading `workflows` before deeper words is left out (nearly everything is under a
//!   workflow, whose id is `--workflow`), and a few long names are shortened ([`ALIASES`]).
//! - The verb is the action or function at the end of the path (`activate`, `summary`), else
//!   it comes from the method: `list` (or `get` for a single value) and `create` on a
//!   collection, `get`, `update`, `replace`, `delete` on an item, `remove` on a `$ref`.
//! - The id of the item the command is about is positional; the ids of its parents are named
//!   options (`{workflowId}` is `--workflow`); function arguments `startDateTime` and
//!   `endDateTime` are `--from` and `--to`.
//! - A deep command whose verb is an action also has a short name without its middle groups
//!   (`tasks resume` for `tasks task-results resume`) when that cannot be mistaken for
//!   another command ([`shortcuts`]).

use std::collections::BTreeMap;

use lcw_client::models::OperationInfo;

use crate::cli::ApiVersion;

/// The path prefix every operation shares.
const ROOT: &str = "/identityGovernance/lifecycleWorkflows";

/// Shorter names of some path words, as `(parent word or "*", word, name)`: the first match
/// wins.
const ALIASES: &[(&str, &str, &str)] = &[
    // A run's subjects are the users it processed (`lcw runs users list`); its task results
    // are `lcw runs tasks list`.
    ("runs", "subjectProcessingResults", "users"),
    ("runs", "userProcessingResults", "user-results"),
    ("runs", "taskProcessingResults", "tasks"),
    ("*", "userProcessingResults", "users"),
    ("*", "subjectProcessingResults", "subjects"),
    ("*", "taskProcessingResults", "task-results"),
    ("*", "workflowTemplates", "templates"),
];

/// One path parameter of a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// The placeholder of the path template: `workflowId`.
    pub placeholder: String,
    /// How it is given on the command line.
    pub form: ParamForm,
}

/// How a path parameter is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamForm {
    /// The positional argument: the id of the item the command is about.
    Positional,
    /// A named option: `--workflow`, `--from`.
    Option(String),
}

impl Param {
    /// The clap id of the argument.
    pub fn arg_id(&self) -> String {
        format!("path:{}", self.placeholder)
    }
}

/// A command of the tree: its words and the operation row it calls in each version.
#[derive(Debug, Clone)]
pub struct Leaf {
    /// The group words then the verb: `["runs", "list"]`.
    pub words: Vec<String>,
    /// The row index in `beta`'s and `v1`'s `OPERATIONS`, where the version has it.
    pub rows: [Option<usize>; 2],
    /// For a short name ([`shortcuts`]), the words of the command it stands for.
    pub short_for: Option<Vec<String>>,
}

impl Leaf {
    /// Its row in `version`'s table, if that version has the operation.
    pub fn row(&self, version: ApiVersion) -> Option<&'static OperationInfo> {
        let (index, table) = match version {
            ApiVersion::Beta => (self.rows[0], table(ApiVersion::Beta)),
            ApiVersion::V1 => (self.rows[1], table(ApiVersion::V1)),
        };
        index.map(|i| &table[i])
    }

    /// Its row index in `version`'s table.
    pub fn index(&self, version: ApiVersion) -> Option<usize> {
        match version {
            ApiVersion::Beta => self.rows[0],
            ApiVersion::V1 => self.rows[1],
        }
    }

    /// Any of its rows (beta first): what its options and help are built from.
    pub fn any_row(&self) -> &'static OperationInfo {
        self.row(ApiVersion::Beta)
            .or_else(|| self.row(ApiVersion::V1))
            .expect("a leaf has a row in some version")
    }

    /// `runs list`.
    pub fn name(&self) -> String {
        self.words.join(" ")
    }
}

/// The operations table of `version`.
pub fn table(version: ApiVersion) -> &'static [OperationInfo] {
    match version {
        ApiVersion::Beta => lcw_client::models::beta::OPERATIONS,
        ApiVersion::V1 => lcw_client::models::v1::OPERATIONS,
    }
}

/// Every command, sorted by words; rows of both versions with the same words share one.
pub fn leaves() -> Vec<Leaf> {
    let mut by_words: BTreeMap<Vec<String>, Leaf> = BTreeMap::new();
    for (slot, version) in [(0, ApiVersion::Beta), (1, ApiVersion::V1)] {
        let rows = table(version);
        for (index, op) in rows.iter().enumerate() {
            let words = command_words(op, rows);
            let leaf = by_words.entry(words.clone()).or_insert_with(|| Leaf {
                words,
                rows: [None, None],
                short_for: None,
            });
            // Two rows of one version with the same words would make one unreachable: the
            // test `every_row_has_exactly_one_command` catches that, here the first is kept.
            leaf.rows[slot].get_or_insert(index);
        }
    }
    by_words.into_values().collect()
}

/// Verbs that say what is done to a collection or an item, not an action: every group has
/// them, so one alone does not tell which command is meant.
const PLAIN_VERBS: &[&str] = &[
    "list", "get", "create", "update", "replace", "delete", "remove", "call",
];

/// Every command a user can type: the derived ones ([`leaves`]) and their short names
/// ([`shortcuts`]).
pub fn commands() -> Vec<Leaf> {
    let mut all = leaves();
    let short = shortcuts(&all);
    all.extend(short);
    all
}

/// Short names of deep commands, by one rule: a command below two or more groups whose verb
/// is an action (not one of [`PLAIN_VERBS`]) is also `FIRST-GROUP VERB` when no other command
/// under that first group has the verb and the first group holds nothing of that name:
/// `tasks resume` for `tasks task-results resume`, while `deleted-items restore` stays out
/// (workflows and lifecycle policies are both restored). A docs update that makes a short
/// name ambiguous removes it rather than picking one.
pub fn shortcuts(leaves: &[Leaf]) -> Vec<Leaf> {
    leaves
        .iter()
        .filter_map(|leaf| {
            let (verb, groups) = leaf.words.split_last()?;
            let first = groups.first().filter(|_| groups.len() >= 2)?;
            if PLAIN_VERBS.contains(&verb.as_str()) {
                return None;
            }
            let under_first = || leaves.iter().filter(|l| l.words.first() == Some(first));
            let same_verb = under_first()
                .filter(|l| l.words.last() == Some(verb))
                .count();
            let name_taken = under_first().any(|l| l.words.get(1) == Some(verb));
            (same_verb == 1 && !name_taken).then(|| Leaf {
                words: vec![first.clone(), verb.clone()],
                rows: leaf.rows,
                short_for: Some(leaf.words.clone()),
            })
        })
        .collect()
}

/// One word of a path.
#[derive(Debug, PartialEq, Eq)]
enum Segment<'a> {
    Name(&'a str),
    Key(&'a str),
    Function(&'a str, Vec<&'a str>),
    Ref,
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    let rest = path.strip_prefix(ROOT).unwrap_or(path);
    let mut out = Vec::new();
    // Function arguments hold no `/`, but split on `/` only outside parentheses anyway.
    let mut depth = 0;
    let mut start = 0;
    let bytes = rest.as_bytes();
    let mut words = Vec::new();
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b'/' if depth == 0 => {
                words.push(&rest[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    words.push(&rest[start..]);
    for word in words.into_iter().filter(|w| !w.is_empty()) {
        if word == "$ref" {
            out.push(Segment::Ref);
        } else if let Some(name) = word.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
            out.push(Segment::Key(name));
        } else if let Some((name, args)) = word.split_once('(') {
            let args = args.trim_end_matches(')');
            let params = args
                .split(',')
                .filter_map(|a| a.split_once('=').map(|(_, v)| v))
                .filter_map(|v| v.strip_prefix('{').and_then(|v| v.strip_suffix('}')))
                .collect();
            out.push(Segment::Function(unqualified(name), params));
        } else {
            out.push(Segment::Name(unqualified(word)));
        }
    }
    out
}

/// `microsoft.graph.identityGovernance.activate` is `activate`.
fn unqualified(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// The group words and verb of `op`; `rows` is its version's table (to tell an action from a
/// collection: a collection can be read).
fn command_words(op: &OperationInfo, rows: &[OperationInfo]) -> Vec<String> {
    let segs = segments(op.path);
    let mut names: Vec<&str> = Vec::new();
    let mut verb: Option<String> = None;
    let last = segs.len().saturating_sub(1);
    for (i, seg) in segs.iter().enumerate() {
        match seg {
            Segment::Name(name) if i == last && is_action(op, rows, &segs) => {
                verb = Some(kebab(name));
            }
            Segment::Name(name) => names.push(name),
            Segment::Function(name, _) => verb = Some(kebab(name)),
            Segment::Ref => verb = Some("remove".to_owned()),
            Segment::Key(_) => {}
        }
    }
    let ends_with_key = matches!(segs.last(), Some(Segment::Key(_)));
    let verb = verb.unwrap_or_else(|| {
        match (op.method, ends_with_key) {
            ("GET", false) if op.returns_collection => "list",
            ("GET", _) => "get",
            ("POST", _) => "create",
            ("PATCH", _) => "update",
            ("PUT", _) => "replace",
            ("DELETE", _) => "delete",
            _ => "call",
        }
        .to_owned()
    });
    if names.len() > 1 && names[0] == "workflows" {
        names.remove(0);
    }
    let mut words = Vec::new();
    let mut parent = "";
    for name in names {
        let alias = ALIASES
            .iter()
            .find(|(p, n, _)| *n == name && (*p == "*" || *p == parent))
            .map(|(_, _, alias)| (*alias).to_owned());
        words.push(alias.unwrap_or_else(|| kebab(name)));
        parent = name;
    }
    words.push(verb);
    words
}

/// A last path word is an action when it is posted to an item and nothing reads that path.
fn is_action(op: &OperationInfo, rows: &[OperationInfo], segs: &[Segment<'_>]) -> bool {
    let after_key = segs.len() >= 2 && matches!(segs[segs.len() - 2], Segment::Key(_));
    op.method == "POST" && after_key && !rows.iter().any(|r| r.path == op.path && r.method == "GET")
}

/// `userProcessingResults` is `user-processing-results`.
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The path parameters of `op` in template order, with how each is given.
pub fn params(op: &OperationInfo) -> Vec<Param> {
    let segs = segments(op.path);
    // The item's own id: the last key, when nothing but an action, a function or `$ref`
    // follows it.
    let own = segs
        .iter()
        .rposition(|s| matches!(s, Segment::Key(_)))
        .filter(|&k| {
            segs[k + 1..].iter().all(|s| !matches!(s, Segment::Name(_))) || {
                // `.../{workflowId}/activate`: the action's name is a Name, but not a collection.
                segs.len() == k + 2 && op.method == "POST"
            }
        });
    let mut out = Vec::new();
    for (i, seg) in segs.iter().enumerate() {
        match seg {
            Segment::Key(name) => out.push(Param {
                placeholder: (*name).to_owned(),
                form: if Some(i) == own {
                    ParamForm::Positional
                } else {
                    ParamForm::Option(option_name(name))
                },
            }),
            Segment::Function(_, args) => out.extend(args.iter().map(|name| Param {
                placeholder: (*name).to_owned(),
                form: ParamForm::Option(option_name(name)),
            })),
            _ => {}
        }
    }
    out
}

/// `workflowId` is `workflow`, `startDateTime` is `from`, `endDateTime` is `to`.
fn option_name(placeholder: &str) -> String {
    match placeholder {
        "startDateTime" => "from".to_owned(),
        "endDateTime" => "to".to_owned(),
        other => kebab(other.strip_suffix("Id").unwrap_or(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(version: ApiVersion, id: &str, path_end: &str) -> String {
        let rows = table(version);
        let op = rows
            .iter()
            .find(|r| r.id == id && r.path.ends_with(path_end))
            .expect("a documented operation");
        command_words(op, rows).join(" ")
    }

    #[test]
    fn names_follow_the_rules() {
        let b = ApiVersion::Beta;
        assert_eq!(
            words_of(b, "lifecycleworkflowscontainer-list-workflows", ""),
            "workflows list"
        );
        assert_eq!(words_of(b, "workflow-get", ""), "workflows get");
        assert_eq!(words_of(b, "workflow-activate", ""), "workflows activate");
        assert_eq!(words_of(b, "workflow-list-runs", ""), "runs list");
        assert_eq!(words_of(b, "run-summary", ""), "runs summary");
        assert_eq!(
            words_of(b, "run-list-subjectprocessingresults", ""),
            "runs users list"
        );
        assert_eq!(
            words_of(b, "run-list-taskprocessingresults", ""),
            "runs tasks list"
        );
        assert_eq!(
            words_of(b, "userprocessingresult-summary", ""),
            "users summary"
        );
        assert_eq!(
            words_of(b, "taskreport-summary", ""),
            "task-reports summary"
        );
        assert_eq!(
            words_of(b, "workflow-restore", ""),
            "deleted-items workflows restore"
        );
        assert_eq!(
            words_of(b, "lifecycleworkflowscontainer-list-workflowtemplates", ""),
            "templates list"
        );
        assert_eq!(
            words_of(
                b,
                "userprocessingresult-delete-reprocessedruns",
                "{id}/$ref"
            ),
            "deleted-items workflows execution-scope reprocessed-runs remove"
        );
        assert_eq!(
            words_of(b, "task-get", "versions/{versionId}/tasks/{taskId}"),
            "versions tasks get"
        );
        assert_eq!(
            words_of(b, "lifecyclemanagementsettings-get", ""),
            "settings get"
        );
    }

    #[test]
    fn own_ids_are_positional_and_parents_are_options() {
        let op = table(ApiVersion::Beta)
            .iter()
            .find(|r| r.id == "run-get")
            .expect("documented");
        assert_eq!(
            params(op),
            [
                Param {
                    placeholder: "workflowId".into(),
                    form: ParamForm::Option("workflow".into())
                },
                Param {
                    placeholder: "runId".into(),
                    form: ParamForm::Positional
                },
            ]
        );
        let op = table(ApiVersion::Beta)
            .iter()
            .find(|r| r.id == "run-summary")
            .expect("documented");
        let forms: Vec<_> = params(op).into_iter().map(|p| p.form).collect();
        assert_eq!(
            forms,
            [
                ParamForm::Option("workflow".into()),
                ParamForm::Option("from".into()),
                ParamForm::Option("to".into())
            ]
        );
        let op = table(ApiVersion::Beta)
            .iter()
            .find(|r| r.id == "workflow-activate")
            .expect("documented");
        assert_eq!(params(op)[0].form, ParamForm::Positional);
    }

    /// Each short name stands for one derived command and calls its rows, takes no name a
    /// derived command or group has, and is unique; `tasks resume` is one, `deleted-items
    /// restore` (two commands restore) and `runs list` (a plain verb) are not.
    #[test]
    fn short_names_stand_for_one_command_and_shadow_none() {
        let leaves = leaves();
        let short = shortcuts(&leaves);
        for leaf in &short {
            let full = leaf
                .short_for
                .as_ref()
                .expect("a short name says its command");
            let targets: Vec<&Leaf> = leaves.iter().filter(|l| &l.words == full).collect();
            assert_eq!(targets.len(), 1, "{}", leaf.name());
            assert_eq!(targets[0].rows, leaf.rows, "{}", leaf.name());
            assert!(
                !leaves.iter().any(|l| l.words.starts_with(&leaf.words)),
                "`{}` shadows a derived command",
                leaf.name()
            );
            let same = short.iter().filter(|s| s.words == leaf.words).count();
            assert_eq!(same, 1, "two short names `{}`", leaf.name());
        }
        let names: Vec<String> = short.iter().map(Leaf::name).collect();
        assert!(names.contains(&"tasks resume".to_owned()), "{names:?}");
        assert!(
            !names.contains(&"deleted-items restore".to_owned()),
            "{names:?}"
        );
        assert!(
            short
                .iter()
                .all(|l| !PLAIN_VERBS.contains(&l.words[1].as_str())),
            "{names:?}"
        );
    }

    /// Two-sided: every row of both versions has exactly one command, and every command calls
    /// a row.
    #[test]
    fn every_row_has_exactly_one_command() {
        let leaves = leaves();
        for version in [ApiVersion::Beta, ApiVersion::V1] {
            for (index, op) in table(version).iter().enumerate() {
                let reaching: Vec<String> = leaves
                    .iter()
                    .filter(|l| l.index(version) == Some(index))
                    .map(Leaf::name)
                    .collect();
                assert_eq!(
                    reaching.len(),
                    1,
                    "{version:?} {} {}: {reaching:?}",
                    op.method,
                    op.path
                );
            }
            let rows = table(version);
            let mut seen = std::collections::HashSet::new();
            for op in rows {
                assert!(
                    seen.insert(command_words(op, rows)),
                    "two {version:?} rows share `{}`",
                    command_words(op, rows).join(" ")
                );
            }
        }
        assert!(leaves.iter().all(|l| l.rows.iter().any(Option::is_some)));
    }
}
