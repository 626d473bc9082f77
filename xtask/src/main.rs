//! `cargo xtask`: maintainer tasks for lcw. `cargo xtask --help` lists the commands and
//! `cargo xtask COMMAND --help` the options of each.
//!
//! Exit status: 0 when clean, 1 when there are findings (stale generated code, lint findings,
//! drift, failed upstream tests), 2 when the command cannot run (missing folder, bad option).

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use anyhow::Context;
use clap::{Parser, Subcommand};
use lcw_docs::paths::{UPSTREAM_DOCS_ENV, workspace_root};

/// The generator and the lint make and free millions of small strings; mimalloc does that in
/// about 15% less CPU time than the system allocator on a 10,000-page tree.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Maintainer tasks for lcw: regenerate the model crates, lint the docs, report upstream drift.
#[derive(Debug, Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Generate crates/lcw-enums and crates/lcw-models from a Graph docs tree (docs-src).
    Regenerate(lcw_codegen::cli::Args),
    /// Print stage 1 and stage 2 of one page (or the whole model of --docs DIR) as stable text.
    Dump(lcw_docs::cli::DumpArgs),
    /// Report where a docs tree disagrees with itself (see LINTS.md).
    Lint(lcw_doclint::cli::LintArgs),
    /// Report how docs-src differs from another docs tree, additive or breaking (see LINTS.md).
    Drift(lcw_doclint::cli::DriftArgs),
    /// Check docs-src against the service schema (CSDL) and its beta type names (see LINTS.md).
    SchemaCheck(lcw_doclint::cli::SchemaCheckArgs),
    /// Run the tests that read the upstream Graph docs sample (ignored by `cargo test`).
    UpstreamCheck(UpstreamCheck),
}

/// The options of `cargo xtask upstream-check`.
#[derive(Debug, clap::Args)]
struct UpstreamCheck {
    /// The upstream Graph docs sample (holding api-reference/), e.g. ../shared/graph-docs.
    #[arg(long, value_name = "DIR")]
    docs: PathBuf,
}

fn main() -> ExitCode {
    // Usage errors exit with 2, `--help` with 0.
    let cli = Cli::try_parse().unwrap_or_else(|error| error.exit());
    let result = match &cli.command {
        Cmd::Regenerate(args) => lcw_codegen::cli::regenerate(args),
        Cmd::Dump(args) => lcw_docs::cli::dump(args),
        Cmd::Lint(args) => lcw_doclint::cli::lint(args),
        Cmd::Drift(args) => lcw_doclint::cli::drift(args),
        Cmd::SchemaCheck(args) => lcw_doclint::cli::schema_check(args),
        Cmd::UpstreamCheck(args) => upstream_check(args),
    };
    result.unwrap_or_else(|error| {
        eprintln!("error: {error:#}");
        ExitCode::from(2)
    })
}

/// Runs every ignored test of the workspace (the ones that need the upstream docs sample) with
/// [`UPSTREAM_DOCS_ENV`] naming `--docs`, streaming their output. A missing folder is an error
/// (exit 2): this command never skips.
fn upstream_check(args: &UpstreamCheck) -> anyhow::Result<ExitCode> {
    let docs = std::fs::canonicalize(&args.docs)
        .ok()
        .filter(|docs| docs.join("api-reference").is_dir())
        .with_context(|| {
            format!(
                "no upstream Graph docs sample at {} (a folder holding api-reference/): the \
                 upstream tests cannot run without it",
                args.docs.display()
            )
        })?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let test_args = ["test", "--workspace", "--tests", "--", "--ignored"];
    eprintln!(
        "upstream-check: {UPSTREAM_DOCS_ENV}={} cargo {}",
        docs.display(),
        test_args.join(" ")
    );
    let status = Command::new(cargo)
        .args(test_args)
        .current_dir(workspace_root())
        .env(UPSTREAM_DOCS_ENV, &docs)
        .status()
        .context("cannot start cargo test")?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        eprintln!("upstream-check: the upstream tests failed ({status})");
        ExitCode::FAILURE
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("xtask").chain(args.iter().copied()))
    }

    fn regenerate(args: &[&str]) -> lcw_codegen::cli::Args {
        match parse(&[&["regenerate"], args].concat())
            .expect("valid")
            .command
        {
            Cmd::Regenerate(args) => args,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn every_option_of_regenerate_parses() {
        let args = regenerate(&[
            "--check",
            "--docs",
            "d",
            "--namespace=microsoft.graph",
            "--out",
            "o",
            "--overrides=f.toml",
            "--allow-missing",
            "--strict",
        ]);
        assert!(args.check && args.allow_missing && args.strict);
        assert_eq!(args.docs, Some(PathBuf::from("d")));
        assert_eq!(args.namespace.as_deref(), Some("microsoft.graph"));
        assert_eq!(args.out, Some(PathBuf::from("o")));
        assert_eq!(args.overrides, Some(PathBuf::from("f.toml")));
    }

    #[test]
    fn equals_and_space_forms_are_the_same() {
        for (joined, split) in [
            (
                &["lint", "--docs=d", "--format=json"][..],
                &["lint", "--docs", "d", "--format", "json"][..],
            ),
            (
                &[
                    "drift",
                    "--upstream=u",
                    "--fail-on=breaking",
                    "--upstream-complete=yes",
                ],
                &[
                    "drift",
                    "--upstream",
                    "u",
                    "--fail-on",
                    "breaking",
                    "--upstream-complete",
                    "yes",
                ],
            ),
            (&["dump", "--docs=d"], &["dump", "--docs", "d"]),
            (
                &[
                    "schema-check",
                    "--metadata=m.xml",
                    "--namespace=ns",
                    "--format=json",
                ],
                &[
                    "schema-check",
                    "--metadata",
                    "m.xml",
                    "--namespace",
                    "ns",
                    "--format",
                    "json",
                ],
            ),
            (
                &["upstream-check", "--docs=u"],
                &["upstream-check", "--docs", "u"],
            ),
        ] {
            let joined = format!("{:?}", parse(joined).expect("valid"));
            assert_eq!(joined, format!("{:?}", parse(split).expect("valid")));
        }
    }

    #[test]
    fn enum_values_are_checked_by_the_parser() {
        use lcw_doclint::cli::{FailOn, Format, UpstreamComplete};
        let Cmd::Drift(drift) = parse(&["drift", "--upstream", "u"]).expect("valid").command else {
            panic!("drift");
        };
        assert_eq!(
            (drift.format, drift.fail_on, drift.upstream_complete),
            (Format::Text, FailOn::Any, UpstreamComplete::No),
            "documented defaults"
        );
        for bad in [
            &["lint", "--format", "xml"][..],
            &["drift", "--upstream", "u", "--fail-on", "some"],
            &["drift", "--upstream", "u", "--upstream-complete", "maybe"],
            &["drift"],
            &["dump"],
            &["regenerate", "--docs"],
            &["regenerate", "--frobnicate"],
            &["upstream-check"],
            &["schema-check"],
            &["schema-check", "--metadata", "m.xml", "--format", "yaml"],
        ] {
            let error = parse(bad).expect_err("invalid");
            assert_eq!(error.exit_code(), 2, "{bad:?}: {error}");
        }
    }

    #[test]
    fn strictness_depends_on_the_folder_not_its_spelling() {
        // Tests run in the package folder (xtask/), so docs-src is `../docs-src` from here.
        let root = workspace_root();
        let absolute = root.join("docs-src").display().to_string();
        let docs_src = [
            vec![],
            vec!["--docs", "../docs-src"],
            vec!["--docs", "./../docs-src/"],
            vec!["--docs=../docs-src/."],
            vec!["--docs", &absolute],
        ];
        for spelling in docs_src {
            let resolved = regenerate(&spelling).resolve().expect("docs-src resolves");
            assert!(resolved.policy.strict, "{spelling:?} is docs-src");
            assert!(lcw_docs::paths::is_docs_src(&resolved.docs));
        }
        let workshop = regenerate(&["--docs", "lcw-docs/tests/data/workshop"]);
        assert!(!workshop.resolve().expect("resolves").policy.strict);
    }
}
