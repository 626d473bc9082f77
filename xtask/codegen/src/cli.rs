//! `cargo xtask regenerate [--check] [--docs DIR] [--overrides FILE] [--namespace NS] [--out DIR]
//! [--allow-missing] [--strict]`; [`USAGE`] says what each option does.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use lcw_docs::{LoadOptions, load};

use crate::naming::NameOverrides;
use crate::output::{Mode, Report, sync};
use crate::scope::{self, Policy};
use crate::{generate, workspace_root};

/// The command that brings the generated code up to date.
pub const REGENERATE: &str = "cargo xtask regenerate";

/// What `--help` prints.
pub const USAGE: &str = "\
usage: cargo xtask regenerate [OPTIONS]

Generates crates/lcw-enums and crates/lcw-models from a Graph docs tree.

Options:
  --check            compare with the files on disk instead of writing; fail if they differ
  --docs DIR         docs root holding api-reference/ (default: docs-src of the workspace)
  --overrides FILE   corrections file (default: DIR/overrides.toml if it exists)
  --namespace NS     generate only namespace NS and the types it references
  --out DIR          where crates/ is written (default: the workspace root)
  --allow-missing    a type referenced but described by no page gets a documented stand-in
                     (reported as a warning) instead of failing the run
  --strict           every docs error is fatal; the default for docs-src. On another docs tree
                     only errors on pages that feed the generated code are fatal
  -h, --help         print this text
";

/// Parsed arguments.
#[derive(Debug, Clone)]
pub struct Args {
    /// Compare instead of writing.
    pub check: bool,
    /// The docs root (holding `api-reference/`).
    pub docs: PathBuf,
    /// The overrides file; `None` reads `overrides.toml` at the docs root if it exists.
    pub overrides: Option<PathBuf>,
    /// Restrict to one namespace.
    pub namespace: Option<String>,
    /// Where the crate trees go (the workspace by default).
    pub out: PathBuf,
    /// Generate stand-ins for referenced types no page describes.
    pub allow_missing: bool,
    /// `--strict` was given.
    pub strict: bool,
    /// `--help` was given: print [`USAGE`] and do nothing else.
    pub help: bool,
}

impl Args {
    /// Reads the command line.
    pub fn parse(args: &[String]) -> anyhow::Result<Args> {
        let root = workspace_root();
        let mut parsed = Args {
            check: false,
            docs: root.join("docs-src"),
            overrides: None,
            namespace: None,
            out: root,
            allow_missing: false,
            strict: false,
            help: false,
        };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let mut value = |flag: &str| {
                iter.next()
                    .cloned()
                    .with_context(|| format!("{flag} needs a value"))
            };
            match arg.as_str() {
                "--check" => parsed.check = true,
                "--docs" => parsed.docs = PathBuf::from(value("--docs")?),
                "--overrides" => parsed.overrides = Some(PathBuf::from(value("--overrides")?)),
                "--namespace" => parsed.namespace = Some(value("--namespace")?),
                "--out" => parsed.out = PathBuf::from(value("--out")?),
                "--allow-missing" => parsed.allow_missing = true,
                "--strict" => parsed.strict = true,
                "-h" | "--help" => parsed.help = true,
                other => {
                    bail!("unknown argument `{other}`; `{REGENERATE} --help` lists the options")
                }
            }
        }
        Ok(parsed)
    }

    /// The error policy: strict on our own docs tree or when asked.
    pub fn policy(&self) -> Policy {
        Policy {
            strict: self.strict || self.docs == workspace_root().join("docs-src"),
            allow_missing: self.allow_missing,
        }
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
    if args.help {
        print!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
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
    let overrides_file = args
        .overrides
        .clone()
        .unwrap_or_else(|| args.docs.join("overrides.toml"));
    let docs = load(
        &args.docs,
        &LoadOptions {
            namespace: args.namespace.clone(),
            overrides: args.overrides.clone(),
        },
    );
    let overrides = read_name_overrides(&overrides_file)?;
    let label = docs_label(&args.docs);
    let generated = generate(&docs.model, &overrides, &label);

    let sorted = scope::sort(
        docs.diagnostics.iter().chain(&generated.diagnostics),
        &docs.model,
        args.policy(),
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
    let report = sync(&args.out, &generated.files, mode)
        .with_context(|| format!("writing under {}", args.out.display()))?;
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
    if let Some(file) = &args.overrides {
        cmd.push_str(&format!(" --overrides {}", file.display()));
    }
    if let Some(ns) = &args.namespace {
        cmd.push_str(&format!(" --namespace {ns}"));
    }
    if args.out != root {
        cmd.push_str(&format!(" --out {}", args.out.display()));
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

/// `[rust_names]` of the overrides file at `path`; none if the file does not exist.
pub fn read_name_overrides(path: &Path) -> anyhow::Result<NameOverrides> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            NameOverrides::from_toml(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(NameOverrides::default()),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
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

    fn args(list: &[&str]) -> anyhow::Result<Args> {
        Args::parse(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments_parse_and_the_rerun_command_repeats_them() {
        let parsed = args(&[
            "--check",
            "--docs",
            "/d",
            "--overrides",
            "/f.toml",
            "--namespace",
            "microsoft.graph",
            "--out",
            "/o",
            "--allow-missing",
        ])
        .expect("valid");
        assert!(parsed.check);
        assert_eq!(
            rerun_command(&parsed),
            "cargo xtask regenerate --docs /d --overrides /f.toml --namespace microsoft.graph --out /o --allow-missing"
        );
        assert!(!parsed.policy().strict, "another docs tree is scoped");
        assert!(
            args(&[]).expect("valid").policy().strict,
            "docs-src is strict"
        );
        assert!(
            args(&["--docs", "/d", "--strict"])
                .expect("valid")
                .policy()
                .strict
        );
        assert!(args(&["--help"]).expect("valid").help);
        assert_eq!(
            rerun_command(&args(&["--check"]).expect("valid")),
            REGENERATE
        );
        assert!(args(&["--docs"]).is_err());
        assert!(args(&["--frobnicate"]).is_err());
    }

    #[test]
    fn headers_name_the_docs_folder() {
        assert_eq!(docs_label(Path::new("/x/docs-src")), "docs-src");
        assert_eq!(docs_label(Path::new("../shared/graph-docs/")), "graph-docs");
    }
}
