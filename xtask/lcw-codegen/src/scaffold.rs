//! A standalone cargo workspace around the generated model crates, for a run whose `--out` is
//! not this workspace: `cargo check` and `cargo clippy` work in the output folder as they do
//! here, on this workspace's runtime crate (a path dependency) and the same hand-written crate
//! roots.

use std::path::{Path, PathBuf};

use crate::emit::Files;

/// The hand-written root of `lcw-enums`, shared so both trees build the same crate.
const ENUMS_LIB: &str = include_str!("../../../crates/lcw-enums/src/lib.rs");
/// The hand-written root of `lcw-models`.
const MODELS_LIB: &str = include_str!("../../../crates/lcw-models/src/lib.rs");

/// The files of the workspace around the generated folders: manifests and crate roots.
/// `runtime` is the folder of `lcw-runtime` the output depends on.
pub fn files(runtime: &Path) -> Files {
    let runtime = runtime.to_string_lossy().replace('\\', "/");
    let mut files = Files::new();
    files.insert(
        PathBuf::from("Cargo.toml"),
        format!(
            r#"# Written by `cargo xtask regenerate --out`: the generated crates as their own workspace.
[workspace]
resolver = "3"
members = ["crates/lcw-enums", "crates/lcw-models"]

[workspace.package]
version = "0.1.0"
edition = "2024"
publish = false

[workspace.dependencies]
lcw-runtime = {{ path = "{runtime}" }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"

[workspace.lints.rust]
missing_docs = "warn"
unsafe_code = "deny"
"#
        ),
    );
    files.insert(
        PathBuf::from("crates/lcw-enums/Cargo.toml"),
        r#"[package]
name = "lcw-enums"
version.workspace = true
edition.workspace = true
publish.workspace = true

[features]
default = ["beta", "v1"]
beta = []
v1 = []

[dependencies]
lcw-runtime.workspace = true
serde.workspace = true

[lints]
workspace = true
"#
        .to_owned(),
    );
    files.insert(
        PathBuf::from("crates/lcw-models/Cargo.toml"),
        r#"[package]
name = "lcw-models"
version.workspace = true
edition.workspace = true
publish.workspace = true

[features]
default = ["beta", "v1"]
beta = ["lcw-enums/beta"]
v1 = ["lcw-enums/v1"]
test-hooks = ["lcw-runtime/test-hooks"]

[dependencies]
lcw-enums = { path = "../lcw-enums", default-features = false }
lcw-runtime.workspace = true
serde.workspace = true
serde_json.workspace = true

[lints]
workspace = true
"#
        .to_owned(),
    );
    files.insert(
        PathBuf::from("crates/lcw-enums/src/lib.rs"),
        ENUMS_LIB.to_owned(),
    );
    files.insert(
        PathBuf::from("crates/lcw-models/src/lib.rs"),
        MODELS_LIB.to_owned(),
    );
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workspace_depends_on_the_given_runtime_and_holds_both_crates() {
        let files = files(Path::new("/src/lcw/crates/lcw-runtime"));
        let root = &files[Path::new("Cargo.toml")];
        assert!(root.contains(r#"lcw-runtime = { path = "/src/lcw/crates/lcw-runtime" }"#));
        assert!(root.contains(r#"members = ["crates/lcw-enums", "crates/lcw-models"]"#));
        assert!(files[Path::new("crates/lcw-models/src/lib.rs")].contains("mod generated;"));
        assert!(files[Path::new("crates/lcw-enums/src/lib.rs")].contains("mod generated;"));
        let toml: toml::Table = root.parse().expect("valid TOML");
        assert!(toml.contains_key("workspace"));
    }
}
