//! Stage 2: pages of one docs tree to an [`ApiModel`].
//!
//! Order matters: declarations first (so every name is known before any cell is resolved), then
//! types (`types`), enums and operations ([`operations`]), then overrides, then the facts derived
//! from the whole model (`derived`: stand-ins, cycles, subtypes, entity or complex), then the
//! namespace filter ([`filter`]).

mod derived;
pub mod filter;
pub mod notes;
pub mod operations;
pub mod page_names;
pub mod paths;
pub mod resolve;
mod types;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span};
use crate::model::{ApiModel, EnumDef, QualifiedName, TypeDef, TypeRef, VersionModel};
use crate::overrides::Overrides;
use crate::page::{ApiVersion, DocPage, PageKind};
use resolve::Names;

pub use page_names::{page_namespace, page_type_name};
pub use types::{property_from_row, property_with_notes};

/// Builds the model of every version present in `pages`, applying `overrides` and keeping only
/// `namespace` (and what it references) when given.
pub fn build(
    pages: &[DocPage],
    overrides: Option<&Overrides>,
    namespace: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> ApiModel {
    // The versions are modelled apart from each other, so on separate cores (a tree of one
    // version stays on this thread); their diagnostics are gathered in version order, as one
    // after the other would give them.
    let present: Vec<ApiVersion> = ApiVersion::ALL
        .into_iter()
        .filter(|&v| pages.iter().any(|p| p.version == v))
        .collect();
    let versions = crate::par::map(&present, |&version| {
        let mut found = Diagnostics::default();
        let built = build_one(pages, version, overrides, namespace, &mut found);
        (built, found)
    });
    let mut model = ApiModel::default();
    let mut hits = Vec::new();
    for (&version, ((version_model, hit), found)) in present.iter().zip(versions) {
        diagnostics.append(found);
        hits.extend(hit.map(|h| (version, h)));
        model.versions.insert(version, version_model);
    }
    if let Some(overrides) = overrides {
        overrides.report_missing(&hits, diagnostics);
    }
    model
}

/// The model of one version of `pages` (at least one page is of it), and what `overrides`
/// corrected in it.
fn build_one(
    pages: &[DocPage],
    version: ApiVersion,
    overrides: Option<&Overrides>,
    namespace: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> (VersionModel, Option<BTreeSet<Span>>) {
    let version_pages: Vec<&DocPage> = pages.iter().filter(|p| p.version == version).collect();
    let mut built = build_version(&version_pages, version, overrides, diagnostics);
    let hits = overrides.map(|o| o.apply(version, &mut built.model, &built.names, diagnostics));
    derived::finish(&mut built.model, diagnostics);
    if let Some(ns) = namespace {
        filter::keep_namespace(&mut built.model, ns, &built.operation_namespaces);
    }
    (built.model, hits)
}

struct VersionBuild {
    model: VersionModel,
    names: Names,
    /// The namespace of each operation's page, parallel to `model.operations` before sorting.
    operation_namespaces: Vec<(String, String)>,
}

fn report(
    diagnostics: &mut Diagnostics,
    file: &std::path::Path,
    span: Span,
    severity: Severity,
    code: &'static str,
    message: String,
) {
    diagnostics.push(Diagnostic::new(
        file.to_path_buf(),
        span,
        severity,
        code,
        message,
    ));
}

fn page_span(page: &DocPage) -> Span {
    page.title.as_ref().map_or(Span::new(1, 1), |t| t.span)
}

fn build_version(
    pages: &[&DocPage],
    version: ApiVersion,
    overrides: Option<&Overrides>,
    diagnostics: &mut Diagnostics,
) -> VersionBuild {
    let mut names = Names::default();
    let mut type_pages: BTreeMap<QualifiedName, Vec<&DocPage>> = BTreeMap::new();
    let mut enums: BTreeMap<QualifiedName, EnumDef> = BTreeMap::new();
    for page in pages {
        match page.kind {
            PageKind::Resource => {
                let Some(name) = page_type_name(page) else {
                    report(diagnostics, &page.path, page_span(page), Severity::Error, codes::NO_TYPE_NAME, "resource page names no type (no resource annotation, no `# x resource type` title)".to_string());
                    continue;
                };
                names.insert(&name);
                if let Some(stem) = page.path.file_stem().and_then(|s| s.to_str()) {
                    names.insert_page(stem, &name);
                }
                // Several pages may each document part of one type (Intune-style partial
                // pages): they are merged, not reported as duplicates.
                type_pages.entry(name).or_default().push(page);
                if !page.enums.is_empty() {
                    types::declare_enums(page, &mut enums, &mut names, diagnostics);
                }
            }
            PageKind::Enums => types::declare_enums(page, &mut enums, &mut names, diagnostics),
            PageKind::Api | PageKind::Other => {}
        }
    }
    let mut types = BTreeMap::new();
    for (name, mut parts) in type_pages {
        // The type's own page (`user.md` for `user`) leads; partial pages add to it.
        parts.sort_by_key(|p| !is_own_page(p, &name));
        let ty = types::type_from_pages(&name, &parts, &names, diagnostics);
        types.insert(name, ty);
    }
    types::mark_flags(&types, &mut enums);
    let mut segment_names: BTreeSet<&str> = BTreeSet::new();
    for ty in types.values() {
        segment_names.extend(ty.properties.iter().map(|p| p.wire_name.as_str()));
    }
    let segments = paths::Segments::new(segment_names);
    let mut operations = Vec::new();
    let mut operation_namespaces = Vec::new();
    for page in pages.iter().filter(|p| p.kind == PageKind::Api) {
        let ns = page_namespace(page);
        // An override that replaces the path explains what the written path gets wrong.
        let path_fixed = overrides.is_some_and(|o| {
            o.path_reason(version, &operations::operation_id(page))
                .is_some()
        });
        for operation in
            operations::page_operations(page, &names, &segments, path_fixed, diagnostics)
        {
            operation_namespaces.push((operation.id.clone(), ns.clone()));
            operations.push(operation);
        }
    }
    operations.sort_by(|a, b| (&a.path, a.verb, &a.id).cmp(&(&b.path, b.verb, &b.id)));
    VersionBuild {
        model: VersionModel {
            types,
            enums,
            operations,
        },
        names,
        operation_namespaces,
    }
}

/// Whether `page` is the page named after the type it defines (`user.md` for `user`).
fn is_own_page(page: &DocPage, name: &QualifiedName) -> bool {
    page.path
        .file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|stem| stem.eq_ignore_ascii_case(&name.name))
}

/// The named type inside a reference (through collections).
pub fn innermost(ty: &TypeRef) -> Option<&QualifiedName> {
    match ty {
        TypeRef::Primitive(_) => None,
        TypeRef::Named(name) => Some(name),
        TypeRef::Collection(inner) => innermost(inner),
    }
}

/// Every `Named` reference of a type, for closure walks.
pub fn type_references(ty: &TypeDef) -> impl Iterator<Item = &QualifiedName> {
    ty.base
        .iter()
        .chain(ty.properties.iter().filter_map(|p| innermost(&p.ty)))
}

/// Map of operation id to the namespace of its page, as the filter needs it.
pub fn namespaces_by_operation(pairs: &[(String, String)]) -> HashMap<&str, &str> {
    pairs
        .iter()
        .map(|(id, ns)| (id.as_str(), ns.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::codes;
    use crate::diag::Diagnostics;
    use crate::load::{LoadOptions, load_texts};
    use crate::overrides::Overrides;

    fn api_page(stem: &str, request: &str) -> (PathBuf, String) {
        let path = PathBuf::from(format!("api-reference/beta/api/{stem}.md"));
        let text = format!(
            "# {stem}\n\nNamespace: microsoft.graph.workshop\n\n## HTTP request\n\n```http\n{request}\n```\n\n## Response\n\nAnswers `204 No Content`.\n"
        );
        (path, text)
    }

    #[test]
    fn a_member_listed_twice_is_reported_and_kept_once() {
        let enums = |rows: &str| {
            let text = format!(
                "# finish enum type\n\nNamespace: microsoft.graph.workshop\n\n## finish values\n\n|Member|\n|:---|\n{rows}"
            );
            let path = PathBuf::from("api-reference/beta/resources/enums-workshop.md");
            load_texts(&[(path, text)], None, &LoadOptions::default())
        };
        let twice = enums("|matte|\n|gloss|\n|matte|\n");
        let reported: Vec<_> = twice
            .diagnostics
            .iter()
            .filter(|d| d.code == codes::DUPLICATE_ENUM_MEMBER)
            .map(|d| d.span.line)
            .collect();
        assert_eq!(reported, [11], "{:#?}", twice.diagnostics);
        let beta = &twice.model.versions[&crate::page::ApiVersion::Beta];
        let members: Vec<_> = beta
            .enums
            .values()
            .flat_map(|e| &e.members)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(members, ["matte", "gloss"]);
        let once = enums("|matte|\n|gloss|\n");
        assert!(
            once.diagnostics
                .iter()
                .all(|d| d.code != codes::DUPLICATE_ENUM_MEMBER)
        );
    }

    #[test]
    fn a_path_override_explains_what_the_written_path_needed() {
        let pages = [
            api_page("fixed-get", "GET /site/{{site_id}}/parts/"),
            api_page("other-get", "GET /{{site_id}}/gears/"),
        ];
        let text = "[[operation]]\nid = \"fixed-get\"\npath = \"/workshop/sites/{siteId}/parts\"\nreason = \"r\"\n";
        let mut read = Diagnostics::default();
        let overrides = Overrides::parse(text, PathBuf::from("overrides.toml"), &mut read);
        assert!(read.as_slice().is_empty(), "{:?}", read.as_slice());
        let docs = load_texts(&pages, Some(overrides), &LoadOptions::default());
        let path_codes = [codes::PATH_NORMALISED, codes::PATH_UNKNOWN_ROOT];
        let about = |stem: &str| {
            docs.diagnostics
                .iter()
                .filter(|d| d.file.ends_with(format!("{stem}.md")) && path_codes.contains(&d.code))
                .count()
        };
        assert_eq!(about("fixed-get"), 0, "{:#?}", docs.diagnostics);
        assert_eq!(about("other-get"), 2, "{:#?}", docs.diagnostics);
        let operations = &docs.model.versions[&crate::page::ApiVersion::Beta].operations;
        assert!(
            operations
                .iter()
                .any(|op| op.path == "/workshop/sites/{siteId}/parts")
        );
    }
}
