//! Compile tests of the generated layer: what the docs allow compiles; an operator, an
//! `$orderby`, a filter of another type or a query option the docs do not document does not,
//! and the error says why (the `on_unimplemented` messages). A retry policy is changed only
//! through its setters, which keep it consistent.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass/*.rs");
    cases.compile_fail("tests/ui/fail/*.rs");
}
