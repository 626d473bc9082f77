//! Reading a whole docs tree: every page through stage 1, then stage 2 over all of them.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::model::ApiModel;
use crate::page::DocPage;

/// What `load` read from a docs tree.
#[derive(Debug, Default)]
pub struct Docs {
    /// The docs root (the folder holding `api-reference/`).
    pub root: PathBuf,
    /// Every page that parsed, sorted by path.
    pub pages: Vec<DocPage>,
    /// The API model built from the pages, after overrides.
    pub model: ApiModel,
    /// Every diagnostic from reading, parsing and modelling, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

/// Options for [`load`].
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Keep only types, enums and operations of this namespace (and what they reference).
    pub namespace: Option<String>,
    /// An overrides file; `None` reads `overrides.toml` at the docs root if it exists.
    pub overrides: Option<PathBuf>,
}

/// Reads every page under `root/api-reference/{beta,v1.0}/{resources,api}` and builds the model.
/// Never panics on bad input: problems become diagnostics.
pub fn load(root: &Path, _options: &LoadOptions) -> Docs {
    Docs { root: root.to_path_buf(), ..Docs::default() }
}
