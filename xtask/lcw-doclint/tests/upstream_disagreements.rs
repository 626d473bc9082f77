//! The lint's findings on the upstream sample, exactly: every disagreement `FORMAT-NOTES.md`
//! lists is found at the line where it is, and nothing else is, so a new false positive fails
//! as surely as a lost finding.
//!
//! The expected set is the reviewed snapshot
//! `upstream_disagreements/upstream_disagreements__findings.snap`: one group per code, headed
//! by the code, its catalogue name (the summary for a parser code) and its count, then `file:line` per finding (facts only, no
//! message text). After a deliberate change, review it with `cargo insta review` (or rerun with
//! `INSTA_UPDATE=always` and read the diff).
//!
//! The upstream sample is not part of the repository: this test is ignored by `cargo test` and
//! run by `cargo xtask upstream-check --docs DIR`, which names it in `LCW_UPSTREAM_DOCS`.

mod common;

use std::collections::BTreeMap;

use lcw_doclint::codes::LintCode;
use lcw_doclint::lint::{LintOptions, lint_tree};

/// The findings as `(code, file, line)` groups, one per code, in the snapshot's text form.
fn grouped(findings: &[lcw_doclint::finding::Finding]) -> String {
    let mut groups: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for f in findings {
        groups
            .entry(f.code)
            .or_default()
            .push(format!("{}:{}", f.file, f.line));
    }
    let mut out = String::new();
    for (code, mut places) in groups {
        places.sort();
        places.dedup();
        let lint = LintCode::from_code(code).map(LintCode::name);
        let parser = || lcw_docs::codes::Code::from_code(code).map(|c| c.summary());
        let name = lint.or_else(parser).unwrap_or_else(|| {
            panic!("{code} is in neither the lint's nor the parser's catalogue")
        });
        out.push_str(&format!("# {code} {name}: {}\n", places.len()));
        for place in places {
            out.push_str(&format!("{place}\n"));
        }
        out.push('\n');
    }
    out
}

#[test]
#[ignore = "needs the upstream docs sample: cargo xtask upstream-check --docs DIR"]
fn the_lint_finds_exactly_the_known_upstream_disagreements() {
    let docs = common::upstream_docs();
    let report = lint_tree(&LintOptions::new(&docs)).expect("lint runs");
    assert!(
        report.pages > 50,
        "only {} pages read from {}",
        report.pages,
        docs.display()
    );
    insta::with_settings!({
        snapshot_path => "upstream_disagreements",
        omit_expression => true,
        description => "code, file and line of every lint finding on the upstream sample",
    }, {
        insta::assert_snapshot!("findings", grouped(&report.findings));
    });
    assert!(
        report.failed(),
        "upstream pages have unexplained disagreements, so the lint must fail"
    );
}
