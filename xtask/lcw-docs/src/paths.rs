//! Where the docs trees are: the one place the maintainer commands and the tests find them.
//!
//! A docs root is a folder holding `api-reference/{beta,v1.0}/...`. The commands take one as
//! `--docs DIR`; without it they read [`docs_src`] of this workspace. [`resolve_docs`] turns
//! either into a canonical path, so whatever depends on *which* tree is read (the generator is
//! strict on docs-src, see [`is_docs_src`]) does not depend on how the path was spelled.

use std::path::{Path, PathBuf};

use anyhow::Context;

/// The environment variable naming the upstream Graph docs sample for the tests that need it.
///
/// Those tests are `#[ignore]`d; `cargo xtask upstream-check --docs DIR` sets this variable to
/// the absolute path of `DIR` and runs them.
pub const UPSTREAM_DOCS_ENV: &str = "LCW_UPSTREAM_DOCS";

/// The reason the upstream tests give in their `#[ignore = ...]`.
pub const UPSTREAM_CHECK: &str = "cargo xtask upstream-check --docs DIR";

/// The root of this workspace (the folder holding the top `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    // This crate is `xtask/lcw-docs`: two folders down.
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .ancestors()
        .nth(2)
        .unwrap_or(manifest_dir)
        .to_path_buf()
}

/// The project's own docs tree, `docs-src` at the workspace root.
pub fn docs_src() -> PathBuf {
    workspace_root().join("docs-src")
}

/// The docs root a command reads: `given` (relative to the current directory, as any path on a
/// command line) or [`docs_src`] when none was given, as a canonical path.
///
/// Fails when the folder does not exist or holds no `api-reference` folder.
pub fn resolve_docs(given: Option<&Path>) -> anyhow::Result<PathBuf> {
    let path = given.map_or_else(docs_src, Path::to_path_buf);
    let resolved = resolve_dir(&path, "docs folder")?;
    anyhow::ensure!(
        resolved.join("api-reference").is_dir(),
        "{} is not a docs tree: it has no api-reference folder",
        path.display()
    );
    Ok(resolved)
}

/// `path` as a canonical path, failing with a message naming `what` when it is not a folder.
pub fn resolve_dir(path: &Path, what: &str) -> anyhow::Result<PathBuf> {
    let resolved = std::fs::canonicalize(path)
        .with_context(|| format!("{what} {} not found", path.display()))?;
    anyhow::ensure!(
        resolved.is_dir(),
        "{what} {} is not a folder",
        path.display()
    );
    Ok(resolved)
}

/// Whether a resolved docs root is this workspace's docs-src, however it was spelled.
pub fn is_docs_src(resolved: &Path) -> bool {
    std::fs::canonicalize(docs_src()).is_ok_and(|ours| ours == resolved)
}

/// The upstream docs sample named by [`UPSTREAM_DOCS_ENV`], for the tests that need it.
///
/// # Panics
///
/// When the variable is unset or empty, or names no docs tree: such a test is `#[ignore]`d and
/// meant to be run by `cargo xtask upstream-check --docs DIR`, which sets it.
pub fn upstream_docs() -> PathBuf {
    let dir = std::env::var_os(UPSTREAM_DOCS_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            panic!(
                "{UPSTREAM_DOCS_ENV} is not set: this test reads the upstream Graph docs sample; \
                 run it with `{UPSTREAM_CHECK}`"
            )
        });
    assert!(
        dir.join("api-reference").is_dir(),
        "{UPSTREAM_DOCS_ENV}={} holds no api-reference folder: it must name the upstream Graph \
         docs sample (`{UPSTREAM_CHECK}` sets it)",
        dir.display()
    );
    dir
}

/// The environment variable naming the varied Graph docs sample (pages of many API families)
/// for the coverage tests; unset, it is the `graph-docs-general` folder beside
/// [`upstream_docs`].
pub const GENERAL_DOCS_ENV: &str = "LCW_GENERAL_DOCS";

/// The varied Graph docs sample named by [`GENERAL_DOCS_ENV`], else `graph-docs-general` beside
/// the upstream sample, for the tests that read it.
///
/// # Panics
///
/// As [`upstream_docs`], and when that folder holds no docs tree.
pub fn general_docs() -> PathBuf {
    let dir = named_or_beside_upstream(GENERAL_DOCS_ENV, "graph-docs-general");
    assert!(
        dir.join("api-reference").is_dir(),
        "{} holds no api-reference folder: the varied Graph docs sample is expected there \
         (or where {GENERAL_DOCS_ENV} says)",
        dir.display()
    );
    dir
}

/// The environment variable naming the Graph service metadata folder (holding
/// `v1.0-cleanMetadata.xml` and `type-mappings/`) for the tests that need it; unset, it is the
/// `graph-metadata` folder beside the upstream docs sample.
pub const METADATA_ENV: &str = "LCW_SERVICE_METADATA";

/// The service metadata folder named by [`METADATA_ENV`], else `graph-metadata` beside
/// [`upstream_docs`], for the `#[ignore]`d tests `cargo xtask upstream-check` runs.
///
/// # Panics
///
/// When neither names a folder holding `v1.0-cleanMetadata.xml`: such a test fails, never skips.
pub fn metadata_dir() -> PathBuf {
    let dir = named_or_beside_upstream(METADATA_ENV, "graph-metadata");
    assert!(
        dir.join("v1.0-cleanMetadata.xml").is_file(),
        "{} holds no v1.0-cleanMetadata.xml: the Graph service metadata is expected there (or \
         where {METADATA_ENV} says)",
        dir.display()
    );
    dir
}

/// The folder the environment variable `env` names, else `folder` beside [`upstream_docs`].
fn named_or_beside_upstream(env: &str, folder: &str) -> PathBuf {
    std::env::var_os(env).filter(|v| !v.is_empty()).map_or_else(
        || {
            let upstream = upstream_docs();
            upstream.parent().unwrap_or(&upstream).join(folder)
        },
        PathBuf::from,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_docs_src_resolves_to_it() {
        let root = workspace_root();
        let canonical = resolve_docs(None).expect("docs-src exists");
        assert!(is_docs_src(&canonical));
        for spelling in [
            root.join("docs-src"),
            root.join("docs-src/"),
            root.join("./docs-src/."),
            root.join("xtask/../docs-src"),
        ] {
            let resolved = resolve_docs(Some(&spelling)).expect("resolves");
            assert_eq!(resolved, canonical, "{}", spelling.display());
            assert!(is_docs_src(&resolved));
        }
        let other = resolve_docs(Some(&root.join("xtask/lcw-docs/tests/data/workshop")));
        assert!(other.is_ok_and(|p| !is_docs_src(&p)));
    }

    #[test]
    fn missing_folders_and_folders_without_pages_are_errors() {
        let missing = resolve_docs(Some(Path::new("/nonexistent/docs"))).expect_err("missing");
        assert!(format!("{missing:#}").contains("/nonexistent/docs"));
        assert!(resolve_docs(Some(&workspace_root().join("xtask"))).is_err());
    }
}
