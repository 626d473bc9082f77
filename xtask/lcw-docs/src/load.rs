//! Reading a whole docs tree: every page through stage 1, then stage 2 over all of them.

use std::path::{Path, PathBuf};

use crate::build;
use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span};
use crate::model::ApiModel;
use crate::overrides::Overrides;
use crate::page::DocPage;
use crate::par;
use crate::parse::parse_page;

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
    /// The overrides that were applied, if a file was found.
    pub overrides: Option<Overrides>,
}

/// Options for [`load`].
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Keep only types, enums and operations of this namespace (and what they reference).
    pub namespace: Option<String>,
    /// An overrides file; `None` reads `overrides.toml` at the docs root if it exists.
    pub overrides: Option<PathBuf>,
}

/// The page folders read under a docs root, relative to it.
pub const PAGE_DIRS: [&str; 4] = [
    "api-reference/beta/resources",
    "api-reference/beta/api",
    "api-reference/v1.0/resources",
    "api-reference/v1.0/api",
];

/// Reads every page under `root/api-reference/{beta,v1.0}/{resources,api}` and builds the model.
/// Never panics on bad input: problems become diagnostics.
pub fn load(root: &Path, options: &LoadOptions) -> Docs {
    load_beside(root, options, |_, _| ()).0
}

/// Like [`load`], running `beside` on the pages and the overrides found while the model is
/// built: a reader that needs its own view of the pages (the lint models them without
/// overrides) does not wait for it.
pub fn load_beside<R: Send>(
    root: &Path,
    options: &LoadOptions,
    beside: impl FnOnce(&[DocPage], Option<&Overrides>) -> R + Send,
) -> (Docs, R) {
    let mut diagnostics = Diagnostics::default();
    let overrides = read_overrides(root, options, &mut diagnostics);
    let pages = read_pages(root, &mut diagnostics);
    let (extra, model) = par::join(
        || beside(&pages, overrides.as_ref()),
        || {
            build::build(
                &pages,
                overrides.as_ref(),
                options.namespace.as_deref(),
                &mut diagnostics,
            )
        },
    );
    let docs = Docs {
        root: root.to_path_buf(),
        pages,
        model,
        diagnostics: diagnostics.into_sorted(),
        overrides,
    };
    (docs, extra)
}

/// Like [`load`], with overrides already read: one file applied to several trees (the drift
/// report) is parsed once.
pub fn load_with(root: &Path, overrides: Option<Overrides>, namespace: Option<&str>) -> Docs {
    let mut diagnostics = Diagnostics::default();
    let pages = read_pages(root, &mut diagnostics);
    let model = build::build(&pages, overrides.as_ref(), namespace, &mut diagnostics);
    Docs {
        root: root.to_path_buf(),
        pages,
        model,
        diagnostics: diagnostics.into_sorted(),
        overrides,
    }
}

/// Reads and parses every page of `root` on every core; the pages come back sorted by path
/// whatever the scheduling.
fn read_pages(root: &Path, diagnostics: &mut Diagnostics) -> Vec<DocPage> {
    let paths = page_paths(root);
    let read = par::map(&paths, |relative| read_page(root, relative));
    let mut pages = Vec::with_capacity(read.len());
    for (page, found) in read {
        diagnostics.append(found);
        pages.extend(page);
    }
    pages
}

/// Reads and parses one page; `None` (and a diagnostic) when it cannot be read as text.
fn read_page(root: &Path, relative: &Path) -> (Option<DocPage>, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let page = match std::fs::read(root.join(relative)).map(String::from_utf8) {
        Ok(Ok(text)) => Some(parse_page(relative, &text, &mut diagnostics)),
        Ok(Err(_)) => {
            let message = "page is not UTF-8".to_string();
            read_failed(&mut diagnostics, relative.to_path_buf(), message);
            None
        }
        Err(error) => {
            let message = format!("cannot read page: {error}");
            read_failed(&mut diagnostics, relative.to_path_buf(), message);
            None
        }
    };
    (page, diagnostics)
}

/// Reads pages given as text (tests, tools): `(path relative to a docs root, text)`.
pub fn load_texts(
    pages: &[(PathBuf, String)],
    overrides: Option<Overrides>,
    options: &LoadOptions,
) -> Docs {
    let mut diagnostics = Diagnostics::default();
    let mut parsed: Vec<DocPage> = pages
        .iter()
        .map(|(path, text)| parse_page(path, text, &mut diagnostics))
        .collect();
    parsed.sort_by(|a, b| a.path.cmp(&b.path));
    let model = build::build(
        &parsed,
        overrides.as_ref(),
        options.namespace.as_deref(),
        &mut diagnostics,
    );
    Docs {
        root: PathBuf::new(),
        pages: parsed,
        model,
        diagnostics: diagnostics.into_sorted(),
        overrides,
    }
}

fn read_failed(diagnostics: &mut Diagnostics, file: PathBuf, message: String) {
    diagnostics.push(Diagnostic::new(
        file,
        Span::new(1, 1),
        Severity::Error,
        codes::READ_FAILED,
        message,
    ));
}

fn read_overrides(
    root: &Path,
    options: &LoadOptions,
    diagnostics: &mut Diagnostics,
) -> Option<Overrides> {
    let path = match &options.overrides {
        Some(path) => path.clone(),
        None => {
            let default = root.join("overrides.toml");
            if !default.is_file() {
                return None;
            }
            default
        }
    };
    let shown = path
        .strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.file_name().map_or_else(|| path.clone(), PathBuf::from));
    Some(Overrides::read(&path, shown, diagnostics))
}

/// Every page under the page folders of `root`, relative to `root`, sorted.
pub fn page_paths(root: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for dir in PAGE_DIRS {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "md") && path.is_file() {
                paths.push(Path::new(dir).join(entry.file_name()));
            }
        }
    }
    paths.sort();
    paths
}
