//! `cargo xtask regenerate [--check] [--docs DIR] [--namespace NS] [--out DIR]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use lcw_docs::diag::Severity;
use lcw_docs::{LoadOptions, load};

use crate::naming::NameOverrides;
use crate::output::{Mode, Report, sync};
use crate::{generate, workspace_root};

/// The command that brings the generated code up to date.
pub const REGENERATE: &str = "cargo xtask regenerate";

/// Parsed arguments.
#[derive(Debug, Clone)]
pub struct Args {
    /// Compare instead of writing.
    pub check: bool,
    /// The docs root (holding `api-reference/`).
    pub docs: PathBuf,
    /// Restrict to one namespace.
    pub namespace: Option<String>,
    /// Where the crate trees go (the workspace by default).
    pub out: PathBuf,
}

impl Args {
    /// Reads the command line.
    pub fn parse(args: &[String]) -> anyhow::Result<Args> {
        let root = workspace_root();
        let mut parsed = Args { check: false, docs: root.join("docs-src"), namespace: None, out: root };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let mut value = |flag: &str| iter.next().cloned().with_context(|| format!("{flag} needs a value"));
            match arg.as_str() {
                "--check" => parsed.check = true,
                "--docs" => parsed.docs = PathBuf::from(value("--docs")?),
                "--namespace" => parsed.namespace = Some(value("--namespace")?),
                "--out" => parsed.out = PathBuf::from(value("--out")?),
                other => bail!("unknown argument `{other}`; usage: {REGENERATE} [--check] [--docs DIR] [--namespace NS] [--out DIR]"),
            }
        }
        Ok(parsed)
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

/// Regenerates the model crates, or checks them with `--check`.
pub fn regenerate(args: &[String]) -> anyhow::Result<ExitCode> {
    let args = Args::parse(args)?;
    let outcome = run(&args)?;
    if outcome.ok {
        print!("{}", outcome.message);
        Ok(ExitCode::SUCCESS)
    } else {
        eprint!("{}", outcome.message);
        Ok(ExitCode::FAILURE)
    }
}

/// Loads the docs, generates, then writes or checks; never writes when an error was found.
pub fn run(args: &Args) -> anyhow::Result<Outcome> {
    let docs = load(&args.docs, &LoadOptions { namespace: args.namespace.clone(), overrides: None });
    let overrides = read_name_overrides(&args.docs)?;
    let label = docs_label(&args.docs);
    let generated = generate(&docs.model, &overrides, &label);

    let mut message = String::new();
    let mut warnings = 0;
    let mut errors = 0;
    for d in docs.diagnostics.iter().chain(&generated.diagnostics) {
        match d.severity {
            Severity::Error => {
                errors += 1;
                message.push_str(&format!("{d}\n"));
            }
            Severity::Warning => warnings += 1,
        }
    }
    if warnings > 0 {
        message.push_str(&format!("{warnings} warning(s) in the docs; `cargo xtask lint` lists them\n"));
    }
    if errors > 0 {
        message.push_str(&format!("{errors} error(s): nothing written\n"));
        return Ok(Outcome { ok: false, message });
    }

    let mode = if args.check { Mode::Check } else { Mode::Write };
    let report = sync(&args.out, &generated.files, mode).with_context(|| format!("writing under {}", args.out.display()))?;
    let ok = if args.check { report.is_clean() } else { true };
    message.push_str(&summary(&report, args, generated.files.len()));
    Ok(Outcome { ok, message })
}

fn summary(report: &Report, args: &Args, total: usize) -> String {
    let mut out = String::new();
    if args.check {
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
            rerun_command(args)
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

/// The exact command that fixes a failed check.
fn rerun_command(args: &Args) -> String {
    let root = workspace_root();
    let mut cmd = REGENERATE.to_owned();
    if args.docs != root.join("docs-src") {
        cmd.push_str(&format!(" --docs {}", args.docs.display()));
    }
    if let Some(ns) = &args.namespace {
        cmd.push_str(&format!(" --namespace {ns}"));
    }
    if args.out != root {
        cmd.push_str(&format!(" --out {}", args.out.display()));
    }
    cmd
}

/// `[rust_names]` of `overrides.toml` at the docs root, if the file exists.
pub fn read_name_overrides(docs: &Path) -> anyhow::Result<NameOverrides> {
    let path = docs.join("overrides.toml");
    match std::fs::read_to_string(&path) {
        Ok(text) => NameOverrides::from_toml(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(NameOverrides::default()),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// How headers name the docs root: its folder name (`docs-src`).
fn docs_label(docs: &Path) -> String {
    docs.components().rfind(|c| matches!(c, std::path::Component::Normal(_)))
        .map_or_else(|| "docs".to_owned(), |c| c.as_os_str().to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> anyhow::Result<Args> {
        Args::parse(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments_parse_and_the_rerun_command_repeats_them() {
        let parsed = args(&["--check", "--docs", "/d", "--namespace", "microsoft.graph", "--out", "/o"]).expect("valid");
        assert!(parsed.check);
        assert_eq!(rerun_command(&parsed), "cargo xtask regenerate --docs /d --namespace microsoft.graph --out /o");
        assert_eq!(rerun_command(&args(&["--check"]).expect("valid")), REGENERATE);
        assert!(args(&["--docs"]).is_err());
        assert!(args(&["--frobnicate"]).is_err());
    }

    #[test]
    fn headers_name_the_docs_folder() {
        assert_eq!(docs_label(Path::new("/x/docs-src")), "docs-src");
        assert_eq!(docs_label(Path::new("../shared/graph-docs/")), "graph-docs");
    }
}
