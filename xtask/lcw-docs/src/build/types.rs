//! Declarations and definitions: enums from enum sections, types from resource pages,
//! properties from table rows.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::page_names::{page_namespace, resource_annotation};
use super::resolve::{Names, qualify, resolve_cell};
use super::{innermost, notes, report};
use crate::codes;
use crate::diag::{Diagnostics, Severity, Span};
use crate::model::{
    EnumDef, EnumMember, Property, QualifiedName, Source, TypeDef, TypeKind, TypeRef,
};
use crate::page::{Annotation, DocPage, PropertyRow};

fn bool_field(annotation: Option<&Annotation>, key: &str) -> bool {
    annotation.and_then(|a| a.value.get(key)).is_some_and(|v| {
        v.as_bool() == Some(true) || v.as_str().is_some_and(|s| s.eq_ignore_ascii_case("true"))
    })
}

pub(super) fn declare_enums(
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
        let mut seen = HashSet::with_capacity(section.members.len());
        for row in &section.members {
            let member = row.name.value.trim().to_string();
            if !seen.insert(member.clone()) {
                let message = format!("enum `{name}` lists `{member}` twice; the first is kept");
                report(
                    diagnostics,
                    &page.path,
                    row.name.span,
                    Severity::Warning,
                    codes::DUPLICATE_ENUM_MEMBER,
                    message,
                );
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

/// The type documented by `pages`, the leading page first: the first page's definition, with
/// the properties and relationships the other pages add. Where pages disagree (a property's
/// type, the base type) the leading page is kept and the disagreement reported.
pub(super) fn type_from_pages(
    name: &QualifiedName,
    pages: &[&DocPage],
    names: &Names,
    diagnostics: &mut Diagnostics,
) -> TypeDef {
    let Some((first, rest)) = pages.split_first() else {
        return TypeDef::new(
            name.clone(),
            TypeKind::Complex,
            Source {
                file: std::path::PathBuf::new(),
                span: Span::new(1, 1),
            },
        );
    };
    let mut ty = type_from_page(name, first, names, diagnostics);
    let mut index: HashMap<String, usize> = ty
        .properties
        .iter()
        .enumerate()
        .map(|(i, p)| (p.wire_name.clone(), i))
        .collect();
    for page in rest {
        let part = type_from_page(name, page, names, diagnostics);
        match (&ty.base, part.base) {
            (None, base) => ty.base = base,
            (Some(kept), Some(other)) if *kept != other => {
                let message = format!(
                    "`{name}`: this page gives base type `{other}`, {} gives `{kept}`; `{kept}` is kept",
                    ty.source.file.display()
                );
                report(
                    diagnostics,
                    &page.path,
                    part.source.span,
                    Severity::Warning,
                    codes::SPLIT_TYPE_CONFLICT,
                    message,
                );
            }
            _ => {}
        }
        ty.key = ty.key.take().or(part.key);
        ty.is_abstract |= part.is_abstract;
        ty.open_type |= part.open_type;
        if ty.description.is_empty() {
            ty.description = part.description;
        }
        for property in part.properties {
            match index.get(&property.wire_name) {
                Some(&at) if ty.properties[at].ty != property.ty => {
                    let kept = &ty.properties[at];
                    let message = format!(
                        "`{name}.{}` is `{}` here but `{}` on {}; the latter is kept",
                        property.wire_name,
                        property.ty,
                        kept.ty,
                        kept.source.file.display()
                    );
                    report(
                        diagnostics,
                        &page.path,
                        property.source.span,
                        Severity::Warning,
                        codes::SPLIT_TYPE_CONFLICT,
                        message,
                    );
                }
                Some(_) => {}
                None => {
                    index.insert(property.wire_name.clone(), ty.properties.len());
                    ty.properties.push(property);
                }
            }
        }
    }
    ty
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
    let mut seen: HashSet<String> = HashSet::new();
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
        if !seen.insert(property.wire_name.clone()) {
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
    let mut property = property_with_notes(
        row.name.value.clone(),
        ty,
        row.description.clone(),
        is_relationship,
        source,
    );
    property.deprecated = marked_deprecated(row);
    Some(property)
}

/// Whether the row's name cell carries a deprecation note: `(deprecated)`, or a longer note
/// starting so (`(deprecated, use x)`).
fn marked_deprecated(row: &PropertyRow) -> bool {
    row.name_notes
        .iter()
        .any(|note| note.starts_with("deprecated"))
}

/// A property whose flags (read-only, query support, possible values) come from its description;
/// not deprecated until its caller says so.
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
        deprecated: false,
        source,
    }
}

/// An enum is multi-valued when a property of that type says so.
pub(super) fn mark_flags(
    types: &BTreeMap<QualifiedName, TypeDef>,
    enums: &mut BTreeMap<QualifiedName, EnumDef>,
) {
    for property in types.values().flat_map(|t| &t.properties) {
        if !notes::multi_valued(&property.description) {
            continue;
        }
        if let Some(name) = innermost(&property.ty)
            && let Some(def) = enums.get_mut(name)
        {
            def.flags = true;
        }
    }
}
