//! What a page names: the namespace its names live in and the type a resource page defines.
//! The lint asks the same questions, so it calls these rather than answering them again.

use super::resolve::GRAPH;
use crate::model::QualifiedName;
use crate::page::{Annotation, DocPage};

/// The namespace a page's names live in: its `Namespace:` line, else its resource annotation,
/// else `microsoft.graph`.
pub fn page_namespace(page: &DocPage) -> String {
    if let Some(ns) = &page.namespace {
        return ns.value.trim().to_string();
    }
    resource_annotation_type(page)
        .and_then(|t| QualifiedName::parse(&t))
        .map_or_else(|| GRAPH.to_string(), |q| q.namespace)
}

/// The `blockType: resource` annotation of a page (any case).
pub fn resource_annotation(page: &DocPage) -> Option<&Annotation> {
    page.blocks
        .iter()
        .filter_map(|b| b.annotation.as_ref())
        .find(|a| is_resource_annotation(a))
}

/// Whether an annotation is a `blockType: resource` one (any case).
pub fn is_resource_annotation(annotation: &Annotation) -> bool {
    annotation
        .str_field("blockType")
        .is_some_and(|t| t.eq_ignore_ascii_case("resource"))
}

/// The `@odata.type` (or `@type`) of the resource annotation, without `#`.
pub fn resource_annotation_type(page: &DocPage) -> Option<String> {
    let annotation = resource_annotation(page)?;
    let ty = annotation
        .str_field("@odata.type")
        .or_else(|| annotation.str_field("@type"))?;
    Some(ty.trim().trim_start_matches('#').to_string())
}

/// The qualified type a resource page defines.
pub fn page_type_name(page: &DocPage) -> Option<QualifiedName> {
    let ns = page_namespace(page);
    if let Some(ty) = resource_annotation_type(page).filter(|t| !t.is_empty()) {
        return Some(if ty.contains('.') {
            QualifiedName::parse(&ty).unwrap_or_else(|| QualifiedName::new(&ns, &ty))
        } else {
            QualifiedName::new(&ns, ty)
        });
    }
    // Without an annotation, the JSON representation's own `@odata.type` names the type more
    // surely than the title, whose first word may be prose ("Furnace base resource type").
    if let Some(ty) = json_block_type(page) {
        return Some(
            QualifiedName::parse(&ty)
                .filter(|_| ty.contains('.'))
                .unwrap_or_else(|| QualifiedName::new(&ns, &ty)),
        );
    }
    let title = &page.title.as_ref()?.value;
    let lower = title.to_ascii_lowercase();
    let name = lower
        .strip_suffix("resource type")
        .map(|_| title.split_whitespace().next().unwrap_or(""))?;
    let name = name.trim_matches('`');
    (!name.is_empty()).then(|| {
        QualifiedName::parse(name)
            .filter(|_| name.contains('.'))
            .unwrap_or_else(|| QualifiedName::new(&ns, name))
    })
}

/// The top-level `@odata.type` of the page's first `json` block, without `#`.
fn json_block_type(page: &DocPage) -> Option<String> {
    let code = page
        .blocks
        .iter()
        .filter_map(|b| b.code.as_ref())
        .find(|c| c.lang == "json")?;
    let document = crate::parse::json::read(&code.text);
    let ty = document
        .root?
        .get("@odata.type")?
        .as_str()?
        .trim()
        .to_string();
    let ty = ty.trim_start_matches('#');
    (!ty.is_empty() && !ty.contains(['(', ' '])).then(|| ty.to_string())
}
