//! The checks, one module per kind of disagreement. Each reads one page with the tree-wide
//! [`Tree`] (the pages and their stage 2 model) and the page's pre-read JSON, and appends findings.

use lcw_docs::overrides::Overrides;
use lcw_docs::page::DocPage;

use crate::blocks::BlockJson;
use crate::finding::Finding;
use crate::tree::{Tree, page_path};

pub mod enums;
pub mod examples;
pub mod links;
pub mod methods;
pub mod paths;
pub mod queries;
pub mod resource;
pub mod syntax;
pub mod typefacts;

/// What every check sees.
pub struct Ctx<'a> {
    /// Tree-wide lookups.
    pub tree: &'a Tree<'a>,
    /// The JSON of every block, per page (same order as `tree.pages`).
    pub json: &'a [Vec<Option<BlockJson<'a>>>],
    /// The tree's overrides, for checks that follow a correction (an `[[example]]` body is
    /// checked as the service sends it); explaining findings is left to the lint afterwards.
    pub overrides: Option<&'a Overrides>,
}

/// One page under check.
pub struct PageCtx<'a> {
    /// The page.
    pub page: &'a DocPage,
    /// Its path as printed.
    pub file: String,
    /// The JSON of its blocks.
    pub json: &'a [Option<BlockJson<'a>>],
}

/// Runs every check over page `i` of the tree: pages are checked independently of each other.
pub fn check_page(ctx: &Ctx<'_>, i: usize, out: &mut Vec<Finding>) {
    let Some(page) = ctx.tree.pages.get(i) else {
        return;
    };
    let p = PageCtx {
        page,
        file: page_path(page),
        json: ctx.json.get(i).map_or(&[], Vec::as_slice),
    };
    syntax::check(&p, out);
    resource::check(ctx, &p, out);
    examples::check(ctx, &p, out);
    enums::check(ctx, &p, out);
    links::check(ctx, &p, out);
    methods::check(ctx, &p, out);
    typefacts::check(ctx, &p, out);
    paths::check(ctx, &p, out);
    queries::check(ctx, &p, out);
}

#[cfg(test)]
pub mod testkit;
