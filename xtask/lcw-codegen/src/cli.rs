//! `cargo xtask regenerate`: [`Args`] are its options (their docs are its `--help`), [`run`]
//! does the work.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use lcw_docs::paths::{is_docs_src, resolve_docs, workspace_root};
use lcw_docs::{LoadOptions, load};

use crate::generate_all;
use crate::names::NameOverrides;
use crate::output::{Mode, Report, sync};
use crate::scope::{self, Policy};

/// The command that brings the generated code up to date.
pub const REGENERATE: &str = "cargo xtask regenerate";

/// The options of `cargo xtask regenerate`, as given on the command line.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Args {
    /// Compare with the files on disk instead of writing; fail if they differ.
    #[arg(long)]
    pub check: bool,
    /// Docs root holding api-reference/ (default: docs-src of the workspace).
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,
    /// Corrections file (default: DIR/overrides.toml if it exists).
    #[arg(long, value_name = "FILE")]
    pub overrides: Option<PathBuf>,
    /// Generate only namespace NS and the types it references.
    #[arg(long, value_name = "NS")]
    pub namespace: Option<String>,
    /// Where crates/ is written (default: the workspace root). Elsewhere, the model crates are
    /// written as a cargo workspace of their own (on this workspace's lcw-runtime), without the
    /// client layer.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// A type referenced but described by no page gets a documented stand-in (reported as a
    /// warning) instead of failing the run; on a docs tree other than docs-src, a page with
    /// errors is reported and left out, and what refers to its types gets raw JSON.
    #[arg(long)]
    pub allow_missing: bool,
    /// Every docs error is fatal; the default for docs-src (however its path is spelled). On
    /// another docs tree only errors on pages that feed the generated code are fatal.
    #[arg(long)]
    pub strict: bool,
}

/// [`Args`] with the paths resolved and the error policy decided.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The arguments as given.
    pub args: Args,
    /// The canonical docs root.
    pub docs: PathBuf,
    /// Where the crate trees go.
    pub out: PathBuf,
    /// The error policy: strict on docs-src or when asked.
    pub policy: Policy,
}

impl Resolved {
    /// Whether the output goes into this workspace (its generated folders), rather than into
    /// a workspace of its own.
    pub fn in_workspace(&self) -> bool {
        let root = std::fs::canonicalize(workspace_root()).ok();
        root.is_some() && std::fs::canonicalize(&self.out).ok() == root
    }
}

impl Args {
    /// Resolves the docs root (see [`lcw_docs::paths::resolve_docs`]) and the output folder,
    /// and decides the error policy from the resolved docs root.
    pub fn resolve(&self) -> anyhow::Result<Resolved> {
        let docs = resolve_docs(self.docs.as_deref())?;
        let policy = Policy {
            strict: self.strict || is_docs_src(&docs),
            allow_missing: self.allow_missing,
        };
        Ok(Resolved {
            args: self.clone(),
            out: self.out.clone().unwrap_or_else(workspace_root),
            docs,
            policy,
        })
    }
}

/// What a run found; `message` is what to print.
#[derive(Debug)]
pub struct Outcome {
    /// Whether everything was fine (written, or up to date).
    pub ok: bool,
    /// Human-readable summary, diagnostics first.
    pub message: String,
}

/// Regenerates the model crates and the client layer, or checks them with `--check`: exit 0 when written or up to
/// date, 1 when the docs have fatal errors or the check finds stale code.
pub fn regenerate(args: &Args) -> anyhow::Result<ExitCode> {
    let outcome = run(args)?;
    if outcome.ok {
        print!("{}", outcome.message);
        Ok(ExitCode::SUCCESS)
    } else {
        eprint!("{}", outcome.message);
        Ok(ExitCode::FAILURE)
    }
}

/// Loads the docs, generates, then writes or checks; never writes when an error was found.
///
/// Fails (rather than reporting) when the docs root cannot be found or the output cannot be
/// written.
pub fn run(args: &Args) -> anyhow::Result<Outcome> {
    let resolved = args.resolve()?;
    let mut docs = load(
        &resolved.docs,
        &LoadOptions {
            namespace: args.namespace.clone(),
            overrides: args.overrides.clone(),
        },
    );
    let overrides = NameOverrides::of(docs.overrides.as_ref());
    let label = docs_label(&resolved.docs);
    if resolved.policy.skips_failed_pages() {
        scope::skip_failed_pages(&mut docs.model, &docs.diagnostics);
    }
    // Outside this workspace there is no hand-written client to generate into: the model
    // crates go into a workspace of their own.
    let generated = if resolved.in_workspace() {
        generate_all(&docs.model, &overrides, &label)
    } else {
        let mut generated = crate::generate(&docs.model, &overrides, &label);
        generated.files.extend(crate::scaffold::files(
            &workspace_root().join("crates/lcw-runtime"),
        ));
        generated
    };

    let sorted = scope::sort(
        docs.diagnostics.iter().chain(&generated.diagnostics),
        &docs.model,
        resolved.policy,
    );
    let mut message = String::new();
    for d in sorted.fatal.iter().chain(&sorted.demoted) {
        message.push_str(&format!("{d}\n"));
    }
    if sorted.warnings > 0 {
        message.push_str(&format!(
            "{} warning(s) in the docs; `cargo xtask lint` lists them\n",
            sorted.warnings
        ));
    }
    if !sorted.fatal.is_empty() {
        message.push_str(&format!(
            "{} error(s): nothing written\n",
            sorted.fatal.len()
        ));
        return Ok(Outcome { ok: false, message });
    }

    let mode = if args.check { Mode::Check } else { Mode::Write };
    let report = sync(&resolved.out, &generated.files, mode)
        .with_context(|| format!("writing under {}", resolved.out.display()))?;
    let ok = if args.check { report.is_clean() } else { true };
    message.push_str(&summary(&report, &resolved, generated.files.len()));
    Ok(Outcome { ok, message })
}

fn summary(report: &Report, resolved: &Resolved, total: usize) -> String {
    let mut out = String::new();
    if resolved.args.check {
        if report.is_clean() {
            out.push_str(&format!("generated code is up to date ({total} files)\n"));
            return out;
        }
        out.push_str(&report.diff);
        for orphan in &report.orphans {
            out.push_str(&format!("orphan generated file: {}\n", orphan.display()));
        }
        out.push_str(&format!(
            "generated code is stale ({} changed, {} orphaned); run `{}`\n",
            report.changed.len(),
            report.orphans.len(),
            rerun_command(resolved)
        ));
    } else {
        out.push_str(&format!(
            "{} of {total} generated files written, {} orphans deleted\n",
            report.changed.len(),
            report.orphans.len()
        ));
    }
    out
}

/// The exact command that fixes a failed check: the options as given, less those that only
/// restate a default (docs-src, the workspace root) however they were spelled.
fn rerun_command(resolved: &Resolved) -> String {
    let args = &resolved.args;
    let mut cmd = REGENERATE.to_owned();
    if let Some(docs) = args.docs.as_ref().filter(|_| !is_docs_src(&resolved.docs)) {
        cmd.push_str(&format!(" --docs {}", docs.display()));
    }
    if let Some(file) = &args.overrides {
        cmd.push_str(&format!(" --overrides {}", file.display()));
    }
    if let Some(ns) = &args.namespace {
        cmd.push_str(&format!(" --namespace {ns}"));
    }
    let root = std::fs::canonicalize(workspace_root()).ok();
    if let Some(out) = args
        .out
        .as_ref()
        .filter(|out| std::fs::canonicalize(out).ok() != root)
    {
        cmd.push_str(&format!(" --out {}", out.display()));
    }
    for (set, flag) in [
        (args.allow_missing, " --allow-missing"),
        (args.strict, " --strict"),
    ] {
        if set {
            cmd.push_str(flag);
        }
    }
    cmd
}

/// How headers name the docs root: its folder name (`docs-src`).
fn docs_label(docs: &Path) -> String {
    docs.components()
        .rfind(|c| matches!(c, std::path::Component::Normal(_)))
        .map_or_else(
            || "docs".to_owned(),
            |c| c.as_os_str().to_string_lossy().into_owned(),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workshop() -> PathBuf {
        workspace_root().join("xtask/lcw-docs/tests/data/workshop")
    }

    #[test]
    fn the_rerun_command_repeats_the_options_that_matter() {
        let args = Args {
            check: true,
            docs: Some(workshop()),
            overrides: Some(PathBuf::from("/f.toml")),
            namespace: Some("microsoft.graph".to_owned()),
            out: Some(PathBuf::from("/o")),
            allow_missing: true,
            strict: false,
        };
        let resolved = args.resolve().expect("valid");
        assert_eq!(
            rerun_command(&resolved),
            format!(
                "cargo xtask regenerate --docs {} --overrides /f.toml --namespace microsoft.graph --out /o --allow-missing",
                workshop().display()
            )
        );
        assert!(!resolved.policy.strict, "another docs tree is scoped");
        let defaults = Args {
            check: true,
            docs: Some(workspace_root().join("./docs-src/")),
            out: Some(workspace_root().join("xtask/..")),
            ..Args::default()
        };
        assert_eq!(
            rerun_command(&defaults.resolve().expect("valid")),
            REGENERATE
        );
    }

    #[test]
    fn strict_on_docs_src_however_spelled_or_when_asked() {
        let strict = |docs: Option<PathBuf>, strict: bool| {
            Args {
                docs,
                strict,
                ..Args::default()
            }
            .resolve()
            .expect("valid")
            .policy
            .strict
        };
        assert!(strict(None, false), "docs-src is strict");
        assert!(strict(Some(workspace_root().join("docs-src/")), false));
        assert!(strict(
            Some(workspace_root().join("tests/../docs-src")),
            false
        ));
        assert!(!strict(Some(workshop()), false));
        assert!(strict(Some(workshop()), true));
    }

    #[test]
    fn a_missing_docs_root_is_an_error() {
        let args = Args {
            docs: Some(PathBuf::from("/nonexistent/docs")),
            ..Args::default()
        };
        assert!(run(&args).is_err());
    }

    #[test]
    fn headers_name_the_docs_folder() {
        assert_eq!(docs_label(Path::new("/x/docs-src")), "docs-src");
        assert_eq!(docs_label(Path::new("../shared/graph-docs/")), "graph-docs");
    }
}
