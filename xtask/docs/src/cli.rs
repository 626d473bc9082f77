//! `cargo xtask dump PAGE [--docs DIR] [--overrides FILE] [--namespace NS]`: one page.
//! `cargo xtask dump --docs DIR`: the whole model and every diagnostic.

use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::load::{LoadOptions, load};

/// Prints stage 1 and stage 2 of one page as stable text, then its diagnostics.
/// The docs root defaults to the folder holding the page's `api-reference`.
pub fn dump(args: &[String]) -> anyhow::Result<ExitCode> {
    let mut page: Option<PathBuf> = None;
    let mut docs: Option<PathBuf> = None;
    let mut options = LoadOptions::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--docs" => docs = Some(args.next().context("--docs needs a folder")?.into()),
            "--overrides" => {
                options.overrides = Some(args.next().context("--overrides needs a file")?.into())
            }
            "--namespace" => {
                options.namespace = Some(args.next().context("--namespace needs a name")?.clone())
            }
            "-h" | "--help" => {
                println!(
                    "usage: cargo xtask dump PAGE [--docs DIR] [--overrides FILE] [--namespace NS]"
                );
                return Ok(ExitCode::SUCCESS);
            }
            other if other.starts_with('-') => bail!("unknown option `{other}`"),
            other => page = Some(other.into()),
        }
    }
    let Some(page) = page else {
        let root = docs
            .context("usage: cargo xtask dump PAGE [--docs DIR]  |  cargo xtask dump --docs DIR")?;
        print!("{}", crate::dump::docs_report(&load(&root, &options)));
        return Ok(ExitCode::SUCCESS);
    };
    let (root, relative) = locate(&page, docs.as_deref())?;
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
