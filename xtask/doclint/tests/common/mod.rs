//! Paths shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The project's own docs tree.
pub fn docs_src() -> PathBuf {
    workspace_root().join("docs-src")
}

/// The upstream Graph docs pages kept beside the workspace; fails the test clearly if missing.
pub fn upstream_docs() -> PathBuf {
    let dir = workspace_root().join("../shared/graph-docs");
    assert!(
        dir.join("api-reference").is_dir(),
        "the upstream docs are expected at {} (`../shared/graph-docs` from the workspace root); \
         this test needs them and does not pass without them",
        dir.display()
    );
    dir
}

/// A fresh, empty temporary folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lcw-doclint-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
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
