//! Workspace-level tests live under `tests/`: freshness of the generated code
//! (`freshness.rs`), compile tests of the generated API (`ui.rs`, cases in `tests/ui/`), and the
//! upstream docs examples decoded into the generated types (`docs_examples.rs`).
