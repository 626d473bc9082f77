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
        return usage();
    };
    let result = match command.as_str() {
        "regenerate" => lcw_codegen::cli::regenerate(rest),
        "dump" => lcw_docs::cli::dump(rest),
        "lint" => lcw_doclint::cli::lint(rest),
        "drift" => lcw_doclint::cli::drift(rest),
        _ => return usage(),
    };
    result.unwrap_or_else(|error| {
        eprintln!("error: {error:#}");
        ExitCode::from(2)
    })
}

fn usage() -> ExitCode {
    eprintln!("usage: cargo xtask <regenerate|dump|lint|drift> [options]   (see xtask/src/main.rs)");
    ExitCode::from(2)
}
