//! Paths shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The project's own docs tree.
pub fn docs_src() -> PathBuf {
    lcw_docs::paths::docs_src()
}

/// The upstream Graph docs sample named by `LCW_UPSTREAM_DOCS`; panics clearly when unset (the
/// tests that call it are ignored and run by `cargo xtask upstream-check --docs DIR`).
pub fn upstream_docs() -> PathBuf {
    lcw_docs::paths::upstream_docs()
}

/// A fresh, empty temporary folder for one test, removed when the value is dropped.
pub fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("lcw-doclint-{name}-"))
        .tempdir()
        .expect("create a temporary folder")
}

/// Copies a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}
