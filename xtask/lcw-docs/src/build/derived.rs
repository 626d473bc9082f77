//! Facts that depend on the whole version model, settled after overrides: inheritance cycles,
//! stand-ins for referenced types without a page, subtypes, entity or complex.

use std::collections::{BTreeMap, BTreeSet};

use super::resolve::GRAPH;
use super::{innermost, report};
use crate::codes;
use crate::diag::{Diagnostics, Severity};
use crate::model::{QualifiedName, Source, TypeDef, TypeKind, VersionModel};

const ENTITY: (&str, &str) = (GRAPH, "entity");

/// Facts that depend on the whole model: cycles, stand-ins, subtypes, entity or complex.
pub(super) fn finish(model: &mut VersionModel, diagnostics: &mut Diagnostics) {
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
        for p in op.request_body.iter().chain(&op.function_params) {
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
