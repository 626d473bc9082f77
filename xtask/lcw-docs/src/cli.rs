//! `cargo xtask dump PAGE [--docs DIR] [--overrides FILE] [--namespace NS]`: one page.
//! `cargo xtask dump --docs DIR`: the whole model and every diagnostic.

use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::load::{LoadOptions, load};
use crate::paths::resolve_docs;

/// The options of `cargo xtask dump`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DumpArgs {
    /// The page to print (stage 1, stage 2 and its diagnostics); without it, the whole model of
    /// --docs DIR and every diagnostic.
    #[arg(value_name = "PAGE", required_unless_present = "docs")]
    pub page: Option<PathBuf>,
    /// Docs root holding api-reference/ (default: the folder holding the page's api-reference).
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,
    /// Corrections file (default: DIR/overrides.toml if it exists).
    #[arg(long, value_name = "FILE")]
    pub overrides: Option<PathBuf>,
    /// Read only namespace NS and the types it references.
    #[arg(long, value_name = "NS")]
    pub namespace: Option<String>,
}

/// Prints stage 1 and stage 2 of one page as stable text, then its diagnostics.
/// The docs root defaults to the folder holding the page's `api-reference`.
pub fn dump(args: &DumpArgs) -> anyhow::Result<ExitCode> {
    let options = LoadOptions {
        namespace: args.namespace.clone(),
        overrides: args.overrides.clone(),
    };
    let docs = args
        .docs
        .as_deref()
        .map(|d| resolve_docs(Some(d)))
        .transpose()?;
    let Some(page) = &args.page else {
        let root = docs.context("dump needs PAGE or --docs DIR")?;
        print!("{}", crate::dump::docs_report(&load(&root, &options)));
        return Ok(ExitCode::SUCCESS);
    };
    let (root, relative) = locate(page, docs.as_deref())?;
    let loaded = load(&root, &options);
    let Some(report) = crate::dump::page_report(&loaded, &relative) else {
        bail!(
            "{} is not a page under {}/api-reference/{{beta,v1.0}}/{{resources,api}}",
            relative.display(),
            root.display()
        );
    };
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}

/// The docs root and the page path relative to it.
fn locate(page: &Path, docs: Option<&Path>) -> anyhow::Result<(PathBuf, PathBuf)> {
    if let Some(root) = docs {
        if let Ok(relative) = page.strip_prefix(root) {
            return Ok((root.to_path_buf(), relative.to_path_buf()));
        }
        if root.join(page).is_file() {
            return Ok((root.to_path_buf(), page.to_path_buf()));
        }
        let absolute_page = std::fs::canonicalize(page)
            .with_context(|| format!("cannot find {}", page.display()))?;
        let absolute_root = std::fs::canonicalize(root)
            .with_context(|| format!("cannot find {}", root.display()))?;
        let relative = absolute_page
            .strip_prefix(&absolute_root)
            .with_context(|| format!("{} is not inside {}", page.display(), root.display()))?;
        return Ok((root.to_path_buf(), relative.to_path_buf()));
    }
    let components: Vec<Component> = page.components().collect();
    let Some(at) = components
        .iter()
        .rposition(|c| c.as_os_str() == "api-reference")
    else {
        bail!(
            "cannot tell the docs root of {}: pass --docs DIR",
            page.display()
        );
    };
    let root: PathBuf = components[..at].iter().collect();
    let relative: PathBuf = components[at..].iter().collect();
    let root = if root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        root
    };
    Ok((root, relative))
}
