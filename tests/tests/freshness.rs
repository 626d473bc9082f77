//! `cargo test` fails as soon as the generated code and docs-src disagree.

use lcw_codegen::cli::{Args, REGENERATE, run};

#[test]
fn generated_code_matches_docs_src() {
    let args = Args {
        check: true,
        ..Args::default()
    };
    assert!(
        args.resolve().expect("docs-src is found").policy.strict,
        "docs-src is checked strictly"
    );
    let outcome = run(&args).expect("the generator runs");
    assert!(
        outcome.ok,
        "generated code does not match docs-src; run `{REGENERATE}`\n{}",
        outcome.message
    );
}
