//! Cross-page lookups built once per tree: which page documents which type or enum, base types,
//! and how request path segments are usually spelled. Everything is hashed so the lint stays
//! linear in the number of pages.
//!
//! Types and their bases come from stage 2 (`lcw_docs::build`, run without overrides, since the
//! lint checks what the pages say); the index keeps where each is documented (its page). Enums
//! (members as the page lists them) and request path segments are still read here.

use std::collections::{HashMap, HashSet};

use lcw_docs::build::operations::returns_from_prose;
use lcw_docs::build::page_namespace;
use lcw_docs::build::resolve::Names;
use lcw_docs::diag::Diagnostics;
use lcw_docs::model::QualifiedName;
use lcw_docs::page::{AnnotatedBlock, ApiVersion, DocPage, PropertyRow};

use crate::typecell;

/// A documented entity or complex type.
#[derive(Debug, Clone)]
pub struct TypeEntry {
    /// Index of its page.
    pub page: usize,
    /// Qualified base type, as stage 2 resolves it ("Inherits from", else the `baseType`
    /// annotation).
    pub base: Option<String>,
}

/// A documented enum.
#[derive(Debug, Clone)]
pub struct EnumEntry {
    /// Index of its page.
    pub page: usize,
    /// Members as the enum page lists them.
    pub members: Vec<String>,
}

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

/// Lookups over every page of a tree.
#[derive(Debug)]
pub struct Index<'a> {
    /// The pages, in load order.
    pub pages: &'a [DocPage],
    /// Page index by path relative to the root (`api-reference/beta/resources/x.md`).
    pub by_path: HashMap<String, usize>,
    /// Documented types per API version, by qualified name: a v1.0 page is only ever checked
    /// against v1.0 types, since the two versions document the same names differently.
    pub types: HashMap<ApiVersion, HashMap<String, TypeEntry>>,
    /// Documented enums per API version, by qualified name.
    pub enums: HashMap<ApiVersion, HashMap<String, EnumEntry>>,
    /// The qualified type each resource page documents.
    pub page_type: Vec<Option<String>>,
    /// Literal request path segments: lower-case spelling to (spelling, count).
    pub segment_spellings: HashMap<String, Vec<(String, usize)>>,
    /// Lower-case segments seen right before a `{key}` segment.
    pub keyed_segments: HashSet<String>,
    /// Lower-case first segments of request paths, with the pages (by file name, so a beta page
    /// and its v1.0 twin count once) whose paths start there.
    pub first_segments: HashMap<String, HashSet<String>>,
    /// Lower-case segments seen anywhere but first.
    pub inner_segments: HashSet<String>,
    /// Every documented type and enum name per version, looked up as stage 2 looks them up
    /// (any case), for stage 2's readers.
    pub names: HashMap<ApiVersion, Names>,
}

/// Path of a page as a `/`-separated string.
pub fn page_path(page: &DocPage) -> String {
    page.path.to_string_lossy().replace('\\', "/")
}

/// The `blockType: resource` annotation block of a page.
pub fn resource_block(page: &DocPage) -> Option<&AnnotatedBlock> {
    page.blocks
        .iter()
        .find(|b| b.annotation.as_ref().and_then(|a| a.str_field("blockType")) == Some("resource"))
}

/// The `@odata.type` (or `@type`) an annotation names.
pub fn annotation_type(block: &AnnotatedBlock) -> Option<&str> {
    let a = block.annotation.as_ref()?;
    a.str_field("@odata.type")
        .or_else(|| a.str_field("@type"))
        .map(|t| t.trim().trim_start_matches('#'))
}

/// Literal segments of a request path: no query, no function arguments, no `{key}` segments
/// (those come back as `None`).
pub fn path_segments(path: &str) -> Vec<Option<&str>> {
    let path = path.split('?').next().unwrap_or(path);
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let s = s.split('(').next().unwrap_or(s);
            (!s.starts_with('{') && !s.is_empty()).then_some(s)
        })
        .collect()
}

impl<'a> Index<'a> {
    /// Builds the lookups.
    pub fn new(pages: &'a [DocPage]) -> Self {
        let mut index = Index {
            pages,
            by_path: HashMap::with_capacity(pages.len()),
            types: HashMap::new(),
            enums: HashMap::new(),
            page_type: vec![None; pages.len()],
            segment_spellings: HashMap::new(),
            keyed_segments: HashSet::new(),
            first_segments: HashMap::new(),
            inner_segments: HashSet::new(),
            names: HashMap::new(),
        };
        for (i, page) in pages.iter().enumerate() {
            index.by_path.insert(page_path(page), i);
            let ns = page_namespace(page);
            for section in &page.enums {
                let name = typecell::qualify(section.name.value.trim(), &ns, &|_| true);
                let members = section
                    .members
                    .iter()
                    .map(|m| m.name.value.trim().to_string())
                    .collect();
                index
                    .enums
                    .entry(page.version)
                    .or_default()
                    .entry(name)
                    .or_insert(EnumEntry { page: i, members });
            }
            index.record_paths(page);
        }
        // Types and their bases as stage 2 resolves them (without overrides: the lint checks
        // what the pages say); the index keeps only where each is documented.
        let model = lcw_docs::build::build(pages, None, None, &mut Diagnostics::default());
        for (version, built) in &model.versions {
            for def in built.types.values().filter(|t| !t.stand_in) {
                let file = def.source.file.to_string_lossy().replace('\\', "/");
                let Some(&i) = index.by_path.get(&file) else {
                    continue;
                };
                let entry = TypeEntry {
                    page: i,
                    base: def.base.as_ref().map(ToString::to_string),
                };
                index.page_type[i] = Some(def.name.to_string());
                index
                    .types
                    .entry(*version)
                    .or_default()
                    .insert(def.name.to_string(), entry);
            }
        }
        let types = index
            .types
            .iter()
            .flat_map(|(v, t)| t.keys().map(move |n| (v, n)));
        let enums = index
            .enums
            .iter()
            .flat_map(|(v, e)| e.keys().map(move |n| (v, n)));
        // Sorted, so of two names differing only in case the same one wins on every run.
        let defined: std::collections::BTreeSet<_> = types.chain(enums).collect();
        for (version, name) in defined {
            if let Some(name) = QualifiedName::parse(name) {
                index.names.entry(*version).or_default().insert(&name);
            }
        }
        index
    }

    fn record_paths(&mut self, page: &DocPage) {
        for request in &page.http_requests {
            let segments = path_segments(&request.path);
            for (pos, segment) in segments.iter().enumerate() {
                let Some(segment) = segment else { continue };
                let lower = segment.to_ascii_lowercase();
                if pos == 0 {
                    let page_name = page
                        .path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned());
                    self.first_segments
                        .entry(lower.clone())
                        .or_default()
                        .extend(page_name);
                } else {
                    self.inner_segments.insert(lower.clone());
                }
                if matches!(segments.get(pos + 1), Some(None)) {
                    self.keyed_segments.insert(lower.clone());
                }
                let spellings = self.segment_spellings.entry(lower).or_default();
                match spellings.iter_mut().find(|(s, _)| s == segment) {
                    Some((_, n)) => *n += 1,
                    None => spellings.push((segment.to_string(), 1)),
                }
            }
        }
    }

    /// The type `name` as `version` documents it.
    pub fn type_entry(&self, version: ApiVersion, name: &str) -> Option<&TypeEntry> {
        self.types.get(&version)?.get(name)
    }

    /// The enum `name` as `version` documents it.
    pub fn enum_entry(&self, version: ApiVersion, name: &str) -> Option<&EnumEntry> {
        self.enums.get(&version)?.get(name)
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
        typecell::read(text, &page_namespace(page), &|n| {
            self.is_known(page.version, n)
        })
    }

    /// The type a page documents, if the index knows it.
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
            .and_then(|e| e.base.clone())
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
            .map_while(|n| self.type_entry(version, n))
            .map(|entry| &self.pages[entry.page])
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
            Index::resolve_link(from, "../resources/entity.md#properties").as_deref(),
            Some("api-reference/beta/resources/entity.md")
        );
        assert_eq!(
            Index::resolve_link(from, "./x.md").as_deref(),
            Some("api-reference/beta/resources/x.md")
        );
        assert_eq!(
            Index::resolve_link(from, "/graph/permissions-reference"),
            None
        );
        assert_eq!(Index::resolve_link(from, "https://example.com/a.md"), None);
        assert_eq!(Index::resolve_link("a.md", "../../../x.md"), None);
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
        let index = Index::new(&pages);
        let name = "microsoft.graph.identityGovernance.run";
        let first_row = |v| {
            index
                .chain(v, name)
                .first()
                .map(|p| p.properties[0].name.value.clone())
        };
        assert_eq!(first_row(ApiVersion::Beta).as_deref(), Some("beta"));
        assert_eq!(first_row(ApiVersion::V1).as_deref(), Some("v1"));
        assert!(
            index
                .chain(ApiVersion::V1, "microsoft.graph.identityGovernance.none")
                .is_empty()
        );
    }

    #[test]
    fn segments_drop_keys_and_arguments() {
        let segs = path_segments(
            "/identityGovernance/workflows/{id}/runs/summary(startDateTime={t})?$top=1",
        );
        assert_eq!(
            segs,
            vec![
                Some("identityGovernance"),
                Some("workflows"),
                None,
                Some("runs"),
                Some("summary")
            ]
        );
    }
}
