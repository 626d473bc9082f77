//! Stage 2: pages of one docs tree to an [`ApiModel`].
//!
//! Order matters: declarations first (so every name is known before any cell is resolved), then
//! types, enums and operations, then overrides, then the facts derived from the whole model
//! (stand-ins, cycles, subtypes, entity or complex), then the namespace filter.

pub mod filter;
pub mod notes;
pub mod operations;
pub mod paths;
pub mod resolve;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::codes;
use crate::diag::{Diagnostic, Diagnostics, Severity, Span};
use crate::model::{
    ApiModel, EnumDef, EnumMember, Property, QualifiedName, Source, TypeDef, TypeKind, TypeRef,
    VersionModel,
};
use crate::overrides::Overrides;
use crate::page::{ApiVersion, DocPage, PageKind, PropertyRow};
use resolve::{GRAPH, Names, qualify, resolve_cell};

/// Builds the model of every version present in `pages`, applying `overrides` and keeping only
/// `namespace` (and what it references) when given.
pub fn build(
    pages: &[DocPage],
    overrides: Option<&Overrides>,
    namespace: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> ApiModel {
    let mut model = ApiModel::default();
    let mut hits = Vec::new();
    for version in ApiVersion::ALL {
        let version_pages: Vec<&DocPage> = pages.iter().filter(|p| p.version == version).collect();
        if version_pages.is_empty() {
            continue;
        }
        let mut built = build_version(&version_pages, version, overrides, diagnostics);
        if let Some(overrides) = overrides {
            hits.push((
                version,
                overrides.apply(version, &mut built.model, &built.names, diagnostics),
            ));
        }
        finish(&mut built.model, diagnostics);
        if let Some(ns) = namespace {
            filter::keep_namespace(&mut built.model, ns, &built.operation_namespaces);
        }
        model.versions.insert(version, built.model);
    }
    if let Some(overrides) = overrides {
        overrides.report_missing(&hits, diagnostics);
    }
    model
}

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

fn resource_annotation(page: &DocPage) -> Option<&crate::page::Annotation> {
    page.blocks
        .iter()
        .filter_map(|b| b.annotation.as_ref())
        .find(|a| {
            a.str_field("blockType")
                .is_some_and(|t| t.eq_ignore_ascii_case("resource"))
        })
}

fn resource_annotation_type(page: &DocPage) -> Option<String> {
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

fn bool_field(annotation: Option<&crate::page::Annotation>, key: &str) -> bool {
    annotation.and_then(|a| a.value.get(key)).is_some_and(|v| {
        v.as_bool() == Some(true) || v.as_str().is_some_and(|s| s.eq_ignore_ascii_case("true"))
    })
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
    diagnostics.push(Diagnostic {
        file: file.to_path_buf(),
        span,
        severity,
        code,
        message,
    });
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
    let mut type_pages: BTreeMap<QualifiedName, &DocPage> = BTreeMap::new();
    let mut enums: BTreeMap<QualifiedName, EnumDef> = BTreeMap::new();
    for page in pages {
        match page.kind {
            PageKind::Resource => {
                let Some(name) = page_type_name(page) else {
                    report(diagnostics, &page.path, page_span(page), Severity::Error, codes::NO_TYPE_NAME, "resource page names no type (no resource annotation, no `# x resource type` title)".to_string());
                    continue;
                };
                if let Some(first) = type_pages.get(&name) {
                    let message = format!(
                        "type `{name}` is already defined by {}",
                        first.path.display()
                    );
                    report(
                        diagnostics,
                        &page.path,
                        page_span(page),
                        Severity::Error,
                        codes::DUPLICATE_DEFINITION,
                        message,
                    );
                    continue;
                }
                names.insert(&name);
                type_pages.insert(name, page);
                if !page.enums.is_empty() {
                    declare_enums(page, &mut enums, &mut names, diagnostics);
                }
            }
            PageKind::Enums => declare_enums(page, &mut enums, &mut names, diagnostics),
            PageKind::Api | PageKind::Other => {}
        }
    }
    let mut types = BTreeMap::new();
    for (name, page) in &type_pages {
        types.insert(
            name.clone(),
            type_from_page(name, page, &names, diagnostics),
        );
    }
    mark_flags(&types, &mut enums);
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

fn declare_enums(
    page: &DocPage,
    enums: &mut BTreeMap<QualifiedName, EnumDef>,
    names: &mut Names,
    diagnostics: &mut Diagnostics,
) {
    let ns = page_namespace(page);
    for section in &page.enums {
        let written = section.name.value.trim();
        if written.is_empty() {
            continue;
        }
        let name = if written.contains('.') {
            QualifiedName::parse(written).unwrap_or_else(|| QualifiedName::new(&ns, written))
        } else {
            QualifiedName::new(&ns, written)
        };
        if let Some(first) = enums.get(&name) {
            let message = format!(
                "enum `{name}` is already defined by {}",
                first.source.file.display()
            );
            report(
                diagnostics,
                &page.path,
                section.name.span,
                Severity::Error,
                codes::DUPLICATE_DEFINITION,
                message,
            );
            continue;
        }
        let mut after_sentinel = false;
        let mut members: Vec<EnumMember> = Vec::with_capacity(section.members.len());
        for row in &section.members {
            let member = row.name.value.trim().to_string();
            if members.iter().any(|m| m.name == member) {
                continue;
            }
            members.push(EnumMember {
                name: member.clone(),
                description: row.description.clone(),
                after_sentinel,
            });
            if member == "unknownFutureValue" {
                after_sentinel = true;
            }
        }
        names.insert(&name);
        let source = Source {
            file: page.path.clone(),
            span: section.name.span,
        };
        enums.insert(
            name.clone(),
            EnumDef {
                name,
                description: section.description.clone(),
                members,
                flags: false,
                source,
            },
        );
    }
}

fn type_from_page(
    name: &QualifiedName,
    page: &DocPage,
    names: &Names,
    diagnostics: &mut Diagnostics,
) -> TypeDef {
    let ns = page_namespace(page);
    let annotation = resource_annotation(page);
    let inherits = page.inherits_from.as_ref().map(|link| {
        (
            qualify(&link.text, link.target.as_deref(), &ns, names),
            link.span,
        )
    });
    let annotated_base = annotation
        .and_then(|a| a.str_field("baseType"))
        .filter(|b| !b.trim().is_empty())
        .map(|b| qualify(b, None, &ns, names));
    if let (Some((inherited, span)), Some(annotated)) = (&inherits, &annotated_base)
        && inherited != annotated
    {
        let message = format!(
            "\"Inherits from\" names `{inherited}` but the annotation's baseType is `{annotated}`"
        );
        report(
            diagnostics,
            &page.path,
            *span,
            Severity::Warning,
            codes::BASE_TYPE_DISAGREES,
            message,
        );
    }
    let base = inherits.map(|(b, _)| b).or(annotated_base);
    let key = annotation
        .and_then(|a| a.str_field("keyProperty"))
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_string);
    let mut properties: Vec<Property> = Vec::new();
    let rows = page
        .properties
        .iter()
        .map(|r| (r, false))
        .chain(page.relationships.iter().map(|r| (r, true)));
    for (row, is_relationship) in rows {
        let Some(property) = property_from_row(page, row, is_relationship, names, &ns, diagnostics)
        else {
            continue;
        };
        if properties.iter().any(|p| p.wire_name == property.wire_name) {
            let message = format!(
                "property `{}` is listed twice; the first row is kept",
                property.wire_name
            );
            report(
                diagnostics,
                &page.path,
                row.name.span,
                Severity::Warning,
                codes::DUPLICATE_PROPERTY,
                message,
            );
            continue;
        }
        properties.push(property);
    }
    let span = annotation
        .map(|a| a.span)
        .or(page.title.as_ref().map(|t| t.span))
        .unwrap_or(Span::new(1, 1));
    TypeDef {
        name: name.clone(),
        kind: TypeKind::Complex,
        base,
        subtypes: Vec::new(),
        is_abstract: bool_field(annotation, "abstract"),
        open_type: bool_field(annotation, "openType"),
        key,
        description: page.summary.clone(),
        properties,
        stand_in: false,
        source: Source {
            file: page.path.clone(),
            span,
        },
    }
}

/// One table row as a property; `None` (with an error) when its type cell names no type.
pub fn property_from_row(
    page: &DocPage,
    row: &PropertyRow,
    is_relationship: bool,
    names: &Names,
    ns: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Property> {
    let ty = match resolve_cell(&row.ty.text, row.ty.link_target.as_deref(), ns, names) {
        Ok(ty) => ty,
        Err(reason) => {
            let message = format!("property `{}`: {reason}", row.name.value);
            report(
                diagnostics,
                &page.path,
                row.ty.span,
                Severity::Error,
                codes::BAD_TYPE_CELL,
                message,
            );
            return None;
        }
    };
    let source = Source {
        file: page.path.clone(),
        span: row.name.span,
    };
    Some(property_with_notes(
        row.name.value.clone(),
        ty,
        row.description.clone(),
        is_relationship,
        source,
    ))
}

/// A property whose flags (read-only, query support, possible values) come from its description.
pub fn property_with_notes(
    wire_name: String,
    ty: TypeRef,
    description: String,
    is_relationship: bool,
    source: Source,
) -> Property {
    let notes = notes::read(&description);
    Property {
        wire_name,
        documented_name: None,
        ty,
        description,
        is_relationship,
        read_only: notes.read_only,
        required: notes.required,
        filter: notes.filter,
        orderby: notes.orderby,
        search: notes.search,
        possible_values: notes.possible_values,
        source,
    }
}

/// An enum is multi-valued when a property of that type says so.
fn mark_flags(
    types: &BTreeMap<QualifiedName, TypeDef>,
    enums: &mut BTreeMap<QualifiedName, EnumDef>,
) {
    for property in types.values().flat_map(|t| &t.properties) {
        if !notes::read(&property.description).multi_valued {
            continue;
        }
        if let Some(name) = innermost(&property.ty)
            && let Some(def) = enums.get_mut(name)
        {
            def.flags = true;
        }
    }
}

/// The named type inside a reference (through collections).
pub fn innermost(ty: &TypeRef) -> Option<&QualifiedName> {
    match ty {
        TypeRef::Primitive(_) => None,
        TypeRef::Named(name) => Some(name),
        TypeRef::Collection(inner) => innermost(inner),
    }
}

const ENTITY: (&str, &str) = (GRAPH, "entity");

/// Facts that depend on the whole model: cycles, stand-ins, subtypes, entity or complex.
fn finish(model: &mut VersionModel, diagnostics: &mut Diagnostics) {
    // Overrides may have changed paths.
    model
        .operations
        .sort_by(|a, b| (&a.path, a.verb, &a.id).cmp(&(&b.path, b.verb, &b.id)));
    break_cycles(model, diagnostics);
    add_stand_ins(model, diagnostics);
    let names: Vec<QualifiedName> = model.types.keys().cloned().collect();
    for ty in model.types.values_mut() {
        ty.subtypes.clear();
    }
    for name in &names {
        if let Some(base) = model.types.get(name).and_then(|t| t.base.clone())
            && let Some(base_def) = model.types.get_mut(&base)
        {
            base_def.subtypes.push(name.clone());
        }
    }
    let kinds: Vec<(QualifiedName, TypeKind)> = names
        .iter()
        .map(|n| (n.clone(), kind_of(model, n)))
        .collect();
    for (name, kind) in kinds {
        if let Some(ty) = model.types.get_mut(&name) {
            ty.subtypes.sort();
            ty.kind = kind;
        }
    }
}

/// Entity if it has a key, is `microsoft.graph.entity`, or an ancestor is an entity.
fn kind_of(model: &VersionModel, name: &QualifiedName) -> TypeKind {
    let mut current = Some(name.clone());
    let mut steps = 0;
    while let Some(n) = current {
        if (n.namespace.as_str(), n.name.as_str()) == ENTITY {
            return TypeKind::Entity;
        }
        let Some(ty) = model.types.get(&n) else { break };
        if ty.key.is_some() || (ty.stand_in && ty.kind == TypeKind::Entity) {
            return TypeKind::Entity;
        }
        current = ty.base.clone();
        steps += 1;
        if steps > model.types.len() {
            break;
        }
    }
    TypeKind::Complex
}

fn break_cycles(model: &mut VersionModel, diagnostics: &mut Diagnostics) {
    let names: Vec<QualifiedName> = model.types.keys().cloned().collect();
    for name in names {
        let mut current = model.types.get(&name).and_then(|t| t.base.clone());
        let mut steps = 0;
        while let Some(n) = current {
            if n == name {
                if let Some(ty) = model.types.get_mut(&name) {
                    ty.base = None;
                    let message = format!("type `{name}` inherits from itself; base type dropped");
                    report(
                        diagnostics,
                        &ty.source.file,
                        ty.source.span,
                        Severity::Error,
                        codes::INHERITANCE_CYCLE,
                        message,
                    );
                }
                break;
            }
            steps += 1;
            if steps > model.types.len() {
                break;
            }
            current = model.types.get(&n).and_then(|t| t.base.clone());
        }
    }
}

/// Where a name is referenced from, for stand-ins and unknown-type errors.
struct Reference {
    name: QualifiedName,
    source: Source,
    entity_hint: bool,
}

fn references(model: &VersionModel) -> Vec<Reference> {
    let mut refs = Vec::new();
    for ty in model.types.values() {
        if let Some(base) = &ty.base {
            refs.push(Reference {
                name: base.clone(),
                source: ty.source.clone(),
                entity_hint: ty.key.is_some(),
            });
        }
        for p in &ty.properties {
            if let Some(name) = innermost(&p.ty) {
                refs.push(Reference {
                    name: name.clone(),
                    source: p.source.clone(),
                    entity_hint: p.is_relationship,
                });
            }
        }
    }
    for op in &model.operations {
        if let Some(name) = op.returns.as_ref().and_then(innermost) {
            refs.push(Reference {
                name: name.clone(),
                source: op.source.clone(),
                entity_hint: false,
            });
        }
        for p in &op.request_body {
            if let Some(name) = innermost(&p.ty) {
                refs.push(Reference {
                    name: name.clone(),
                    source: p.source.clone(),
                    entity_hint: false,
                });
            }
        }
    }
    refs
}

fn add_stand_ins(model: &mut VersionModel, diagnostics: &mut Diagnostics) {
    let entity = QualifiedName::new(ENTITY.0, ENTITY.1);
    let mut added: BTreeMap<QualifiedName, TypeDef> = BTreeMap::new();
    let mut reported: BTreeSet<(QualifiedName, std::path::PathBuf)> = BTreeSet::new();
    for reference in references(model) {
        if model.types.contains_key(&reference.name) || model.enums.contains_key(&reference.name) {
            continue;
        }
        let in_graph = reference.name.namespace == GRAPH;
        if !added.contains_key(&reference.name) && in_graph {
            let message = format!("`{}` has no page; a stand-in type is used", reference.name);
            report(
                diagnostics,
                &reference.source.file,
                reference.source.span,
                Severity::Warning,
                codes::STAND_IN_TYPE,
                message,
            );
        }
        if !in_graph && reported.insert((reference.name.clone(), reference.source.file.clone())) {
            let message = format!("unknown type `{}`: no page defines it", reference.name);
            report(
                diagnostics,
                &reference.source.file,
                reference.source.span,
                Severity::Error,
                codes::UNKNOWN_TYPE,
                message,
            );
        }
        let stand_in = added
            .entry(reference.name.clone())
            .or_insert_with(|| TypeDef {
                stand_in: true,
                ..TypeDef::new(
                    reference.name.clone(),
                    TypeKind::Complex,
                    reference.source.clone(),
                )
            });
        if reference.entity_hint && stand_in.kind == TypeKind::Complex {
            stand_in.kind = TypeKind::Entity;
            if model.types.contains_key(&entity) && stand_in.name != entity {
                stand_in.base = Some(entity.clone());
            }
        }
    }
    model.types.extend(added);
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
    fn a_path_override_explains_what_the_written_path_needed() {
        let pages = [
            api_page("fixed-get", "GET /site/{{site_id}}/parts/"),
            api_page("other-get", "GET /site/{{site_id}}/gears/"),
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
