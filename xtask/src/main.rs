//! `cargo xtask`: maintainer tasks for lcw.
//!
//! - `regenerate [--check] [--docs DIR] [--namespace NS] [--out DIR]`: docs to generated crates.
//! - `dump PAGE`: stage 1 and stage 2 of one page, as stable text.
//! - `lint [--docs DIR] [--format text|json]`: disagreements inside the docs.
//! - `drift --upstream DIR [--format text|json] [--fail-on breaking|any]`: docs-src vs upstream.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        "regenerate" => lcw_codegen::cli::regenerate(rest),
        "dump" => lcw_docs::cli::dump(rest),
        "lint" => lcw_doclint::cli::lint(rest),
        "drift" => lcw_doclint::cli::drift(rest),
        other => {
            eprint!("unknown command `{other}`\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    result.unwrap_or_else(|error| {
        eprintln!("error: {error:#}");
        ExitCode::from(2)
    })
}

const USAGE: &str = "\
usage: cargo xtask <COMMAND> [OPTIONS]

Commands:
  regenerate   docs-src to the generated crates (`cargo xtask regenerate --help` for options)
  dump PAGE    stage 1 and stage 2 of one page, as stable text
  lint         disagreements inside the docs
  drift        docs-src against an upstream docs tree
  help         print this text (also -h, --help)
";
