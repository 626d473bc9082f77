//! What the checks look up across pages, read from stage 2: the model `lcw_docs::build` makes of
//! the tree (without overrides, since the lint checks what the pages say). Types, their bases and
//! pages, enums and their members, and the names stage 2 qualifies type cells against all come
//! from that one model; the lint keeps no index of its own beside it, only which page has which
//! path. Request path spellings, which stage 2 normalises away, are tallied by the path check
//! ([`crate::checks::paths::Spellings`]).

use std::collections::HashMap;

use lcw_docs::build::operations::returns_from_prose;
use lcw_docs::build::page_namespace;
use lcw_docs::build::resolve::Names;
use lcw_docs::diag::Diagnostics;
use lcw_docs::model::{ApiModel, EnumDef, QualifiedName, TypeDef};
use lcw_docs::page::{ApiVersion, DocPage, PropertyRow};

use crate::checks::paths::Spellings;
use crate::typecell;

/// A property found on a type or one of its bases.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    /// The page that lists the row (the type's own page or a base's).
    pub page: &'a DocPage,
    /// The row.
    pub row: &'a PropertyRow,
    /// Whether the name matched only when ignoring case.
    pub case_only: bool,
}

/// A docs tree as the checks see it: its pages and their stage 2 model.
#[derive(Debug)]
pub struct Tree<'a> {
    /// The pages, in load order.
    pub pages: &'a [DocPage],
    /// Page index by path relative to the root (`api-reference/beta/resources/x.md`).
    pub by_path: HashMap<String, usize>,
    /// Stage 2 of the pages, without overrides. A v1.0 page is only ever checked against the
    /// v1.0 model, since the two versions document the same names differently.
    pub model: ApiModel,
    /// The qualified type each resource page documents, as stage 2 names it.
    pub page_type: Vec<Option<String>>,
    /// How request path segments are spelled across the tree.
    pub spellings: Spellings,
    /// Every documented type and enum name per version, recorded and looked up as stage 2 does
    /// ([`Names::of_version`]), for stage 2's readers.
    pub names: HashMap<ApiVersion, Names>,
}

/// The page path of a stage 2 definition, as [`page_path`] spells it.
fn source_path(def: &TypeDef) -> String {
    def.source.file.to_string_lossy().replace('\\', "/")
}

/// Path of a page as a `/`-separated string.
pub fn page_path(page: &DocPage) -> String {
    page.path.to_string_lossy().replace('\\', "/")
}

impl<'a> Tree<'a> {
    /// Builds stage 2 of `pages` and the page lookups.
    pub fn new(pages: &'a [DocPage]) -> Self {
        Tree::with_model(pages, Tree::model_of(pages))
    }

    /// Stage 2 of `pages` as the checks look it up: without overrides.
    pub fn model_of(pages: &[DocPage]) -> ApiModel {
        lcw_docs::build::build(pages, None, None, &mut Diagnostics::default())
    }

    /// The page lookups over `pages`, with `model` built from them by [`Tree::model_of`].
    pub fn with_model(pages: &'a [DocPage], model: ApiModel) -> Self {
        let by_path: HashMap<String, usize> = pages
            .iter()
            .enumerate()
            .map(|(i, page)| (page_path(page), i))
            .collect();
        let mut page_type = vec![None; pages.len()];
        let mut names: HashMap<ApiVersion, Names> = HashMap::new();
        for (version, built) in &model.versions {
            // Every page of a type documented over several pages documents it, not only the
            // page its definition is sourced from.
            for (i, page) in pages.iter().enumerate() {
                if page.version == *version
                    && page.kind == lcw_docs::page::PageKind::Resource
                    && let Some(name) = lcw_docs::build::page_type_name(page)
                    && built.types.get(&name).is_some_and(|t| !t.stand_in)
                {
                    page_type[i] = Some(name.to_string());
                }
            }
            names.insert(*version, Names::of_version(built));
        }
        Tree {
            pages,
            by_path,
            model,
            page_type,
            spellings: Spellings::new(pages),
            names,
        }
    }

    /// The type `name` as `version` documents it: stage 2's definition, stand-ins left out.
    pub fn type_entry(&self, version: ApiVersion, name: &str) -> Option<&TypeDef> {
        let name = QualifiedName::parse(name)?;
        let def = self.model.versions.get(&version)?.types.get(&name)?;
        (!def.stand_in).then_some(def)
    }

    /// The enum `name` as `version` documents it: stage 2's definition, members as the enum
    /// page lists them.
    pub fn enum_entry(&self, version: ApiVersion, name: &str) -> Option<&EnumDef> {
        let name = QualifiedName::parse(name)?;
        self.model.versions.get(&version)?.enums.get(&name)
    }

    /// The page that documents `def`.
    fn page_of(&self, def: &TypeDef) -> Option<&'a DocPage> {
        let pages = self.pages;
        self.by_path.get(&source_path(def)).map(|&i| &pages[i])
    }

    /// Whether a qualified name is a type or enum documented in `version`.
    pub fn is_known(&self, version: ApiVersion, name: &str) -> bool {
        self.type_entry(version, name).is_some() || self.enum_entry(version, name).is_some()
    }

    /// The type an API page's `## Response` prose names, read by stage 2's reader
    /// ([`returns_from_prose`]) against the names `page`'s version documents; `None` when the
    /// page has no response prose or it names no documented type.
    pub fn response_type(&self, page: &DocPage) -> Option<typecell::NamedType> {
        let prose = page.response_prose.as_ref()?;
        let names = self.names.get(&page.version)?;
        let (returns, _status) = returns_from_prose(&prose.value, &page_namespace(page), &|c| {
            names.find(c).cloned()
        });
        typecell::NamedType::from_type_ref(&returns?)
    }

    /// Reads a type cell or annotation type on `page`.
    pub fn read_type(&self, page: &DocPage, text: &str) -> Option<typecell::NamedType> {
        self.read_type_linking(page, text, None)
    }

    /// [`Tree::read_type`] for a cell that links to `link_target`: where the link goes decides
    /// the namespace of a name nobody documents, as it does for the model builder.
    fn read_type_linking(
        &self,
        page: &DocPage,
        text: &str,
        link_target: Option<&str>,
    ) -> Option<typecell::NamedType> {
        typecell::read(text, link_target, &page_namespace(page), &|n| {
            self.is_known(page.version, n)
        })
    }

    /// Reads a type cell on `page` as [`Tree::read_type`] does, except that a bare name whose
    /// link goes to a page of the tree documenting a type of that name (same case: a case slip
    /// stays visible to the checks) is that type: the link
    /// settles which namespace `[endpoint](callrecords-endpoint.md)` means, as it does for the
    /// model builder.
    pub fn read_linked_type(
        &self,
        page: &DocPage,
        text: &str,
        link_target: Option<&str>,
    ) -> Option<typecell::NamedType> {
        let mut ty = self.read_type_linking(page, text, link_target)?;
        let linked = link_target
            .filter(|_| !ty.primitive && !text.contains('.'))
            .and_then(|target| Tree::resolve_link(&page_path(page), target))
            .and_then(|path| self.by_path.get(&path))
            .and_then(|&i| self.page_type[i].as_deref())
            .filter(|documented| {
                documented
                    .rsplit('.')
                    .next()
                    .is_some_and(|short| short == ty.short_name())
            });
        if let Some(documented) = linked {
            ty.name = documented.to_string();
        }
        Some(ty)
    }

    /// The type a page documents, as stage 2 names it.
    pub fn page_type_of(&self, page: &DocPage) -> Option<&str> {
        let i = *self.by_path.get(&page_path(page))?;
        self.page_type[i].as_deref()
    }

    /// `name` and the names of its bases, nearest first: the one base walk every chain question
    /// here uses. It stops at a cycle, and after a base the version does not document.
    pub fn lineage(&self, version: ApiVersion, name: &str) -> Vec<String> {
        let mut out = vec![name.to_string()];
        while let Some(base) = self
            .type_entry(version, out.last().map_or("", String::as_str))
            .and_then(|e| e.base.as_ref().map(ToString::to_string))
        {
            if out.contains(&base) {
                break;
            }
            out.push(base);
        }
        out
    }

    /// Whether every base of `name` is documented (the chain ends at a type without a base),
    /// so that "no such property" can be told from "defined on a base we cannot see".
    pub fn chain_complete(&self, version: ApiVersion, name: &str) -> bool {
        let lineage = self.lineage(version, name);
        let last = lineage.last().map_or("", String::as_str);
        self.type_entry(version, last)
            .is_some_and(|e| e.base.is_none())
    }

    /// The type chain of `name` in one version: its page, its base's page of that version...
    /// stopping at cycles and types the version does not document.
    pub fn chain(&self, version: ApiVersion, name: &str) -> Vec<&'a DocPage> {
        self.lineage(version, name)
            .iter()
            .map_while(|n| {
                self.type_entry(version, n)
                    .and_then(|def| self.page_of(def))
            })
            .collect()
    }

    /// Finds a property or relationship named `name` on type `ty` or its bases; an exact match
    /// anywhere in the chain wins over a match that ignores case.
    pub fn find_property(&self, version: ApiVersion, ty: &str, name: &str) -> Option<Found<'a>> {
        let chain = self.chain(version, ty);
        let rows = || {
            chain.iter().flat_map(|&p| {
                p.properties
                    .iter()
                    .chain(p.relationships.iter())
                    .map(move |r| (p, r))
            })
        };
        if let Some((page, row)) = rows().find(|(_, r)| r.name.value == name) {
            return Some(Found {
                page,
                row,
                case_only: false,
            });
        }
        rows()
            .find(|(_, r)| r.name.value.eq_ignore_ascii_case(name))
            .map(|(page, row)| Found {
                page,
                row,
                case_only: true,
            })
    }

    /// Whether `sub` is `ty` or derives from it in `version`.
    pub fn derives_from(&self, version: ApiVersion, sub: &str, ty: &str) -> bool {
        self.lineage(version, sub).iter().any(|n| n == ty)
    }

    /// Resolves a link target relative to `from` (a page path) into a page path of the tree;
    /// `None` for absolute, external or anchor-only links.
    pub fn resolve_link(from: &str, target: &str) -> Option<String> {
        let target = target.split('#').next().unwrap_or("").trim();
        if target.is_empty() || target.starts_with('/') || target.contains("://") {
            return None;
        }
        let mut parts: Vec<&str> = from.split('/').collect();
        parts.pop();
        for piece in target.split('/') {
            match piece {
                "." | "" => {}
                ".." => {
                    parts.pop()?;
                }
                p => parts.push(p),
            }
        }
        Some(parts.join("/"))
    }
}

/// Whether a bare name (`customCalloutExtension`) is the last part of a qualified one.
pub fn same_bare_name(bare: &str, qualified: &str) -> bool {
    !bare.contains('.') && qualified.trim_start_matches('#').rsplit('.').next() == Some(bare)
}

/// The qualified type a resource page documents (as the model builder names it): its resource
/// annotation, else its title.
pub fn own_type_name(page: &DocPage) -> Option<String> {
    lcw_docs::build::page_type_name(page).map(|name| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_relative_to_the_page() {
        let from = "api-reference/beta/resources/identitygovernance-run.md";
        assert_eq!(
            Tree::resolve_link(from, "../resources/entity.md#properties").as_deref(),
            Some("api-reference/beta/resources/entity.md")
        );
        assert_eq!(
            Tree::resolve_link(from, "./x.md").as_deref(),
            Some("api-reference/beta/resources/x.md")
        );
        assert_eq!(
            Tree::resolve_link(from, "/graph/permissions-reference"),
            None
        );
        assert_eq!(Tree::resolve_link(from, "https://example.com/a.md"), None);
        assert_eq!(Tree::resolve_link("a.md", "../../../x.md"), None);
    }

    #[test]
    fn chains_stay_within_their_version() {
        use crate::checks::testkit::resource;
        let pages = vec![
            resource("run", 1).prop("beta", "String", 5).build(),
            resource("run", 1)
                .path("api-reference/v1.0/resources/identitygovernance-run.md")
                .prop("v1", "String", 5)
                .build(),
        ];
        let tree = Tree::new(&pages);
        let name = "microsoft.graph.identityGovernance.run";
        let first_row = |v| {
            tree.chain(v, name)
                .first()
                .map(|p| p.properties[0].name.value.clone())
        };
        assert_eq!(first_row(ApiVersion::Beta).as_deref(), Some("beta"));
        assert_eq!(first_row(ApiVersion::V1).as_deref(), Some("v1"));
        assert!(
            tree.chain(ApiVersion::V1, "microsoft.graph.identityGovernance.none")
                .is_empty()
        );
    }
}
