//! What the schema implies beyond single declarations: subtypes, inherited keys, and where each
//! entity type is addressed (from the container's roots through containment navigation).

use std::collections::{BTreeMap, VecDeque};

use lcw_docs::model::{QualifiedName, TypeRef, VersionModel};

use crate::Schema;

/// Longest base chain followed; a longer one is a cycle in a hostile document.
const MAX_DEPTH: usize = 64;

/// The type itself, then its bases, stopping at a missing type or a cycle.
fn lineage<'m>(model: &'m VersionModel, ty: &QualifiedName) -> Vec<&'m QualifiedName> {
    let mut out = Vec::new();
    let mut next = model.types.get(ty);
    while let Some(t) = next {
        if out.len() == MAX_DEPTH || out.contains(&&t.name) {
            break;
        }
        out.push(&t.name);
        next = t.base.as_ref().and_then(|b| model.types.get(b));
    }
    out
}

pub(crate) fn link_subtypes(model: &mut VersionModel) {
    let pairs: Vec<(QualifiedName, QualifiedName)> = model
        .types
        .values()
        .filter_map(|t| Some((t.base.clone()?, t.name.clone())))
        .collect();
    for (base, sub) in pairs {
        if let Some(b) = model.types.get_mut(&base) {
            b.subtypes.push(sub);
        }
    }
    model.types.values_mut().for_each(|t| t.subtypes.sort());
}

/// CSDL declares a key once, on the root of a hierarchy; the docs name it on every entity.
pub(crate) fn inherit_keys(model: &mut VersionModel) {
    let inherited: Vec<(QualifiedName, String)> = model
        .types
        .values()
        .filter(|t| t.key.is_none())
        .filter_map(|t| {
            let key = lineage(model, &t.name)
                .into_iter()
                .find_map(|n| model.types.get(n)?.key.clone())?;
            Some((t.name.clone(), key))
        })
        .collect();
    for (name, key) in inherited {
        if let Some(t) = model.types.get_mut(&name) {
            t.key = Some(key);
        }
    }
}

/// Shortest paths, breadth first: (instance address, collection address) per entity type.
pub(crate) type Addresses = BTreeMap<QualifiedName, String>;

pub(crate) fn addresses(schema: &Schema) -> (Addresses, Addresses) {
    let model = &schema.model;
    let mut instances = Addresses::new();
    let mut collections = Addresses::new();
    let mut queue = VecDeque::new();
    let key_segment = |ty: &QualifiedName| format!("{{{}Id}}", ty.name);
    for (name, root) in &schema.roots {
        let path = format!("/{name}");
        if root.singleton {
            reach(&mut instances, &mut queue, &root.ty, path);
        } else {
            collections.entry(root.ty.clone()).or_insert(path.clone());
            let instance = format!("{path}/{}", key_segment(&root.ty));
            reach(&mut instances, &mut queue, &root.ty, instance);
        }
    }
    while let Some((ty, path)) = queue.pop_front() {
        for owner in lineage(model, &ty) {
            let Some(facets) = schema.facets.get(owner) else {
                continue;
            };
            let Some(def) = model.types.get(owner) else {
                continue;
            };
            for p in def.properties.iter().filter(|p| p.is_relationship) {
                if !facets.get(&p.wire_name).is_some_and(|f| f.contains_target) {
                    continue;
                }
                let nav = format!("{path}/{}", p.wire_name);
                match &p.ty {
                    TypeRef::Collection(inner) => {
                        let TypeRef::Named(target) = inner.as_ref() else {
                            continue;
                        };
                        collections.entry(target.clone()).or_insert(nav.clone());
                        let instance = format!("{nav}/{}", key_segment(target));
                        reach(&mut instances, &mut queue, target, instance);
                    }
                    TypeRef::Named(target) => reach(&mut instances, &mut queue, target, nav),
                    TypeRef::Primitive(_) => {}
                }
            }
        }
    }
    (instances, collections)
}

fn reach(
    found: &mut Addresses,
    queue: &mut VecDeque<(QualifiedName, String)>,
    ty: &QualifiedName,
    path: String,
) {
    if !found.contains_key(ty) {
        found.insert(ty.clone(), path.clone());
        queue.push_back((ty.clone(), path));
    }
}

/// The address of `ty`, or of its nearest base that has one (a derived type is reached through
/// its base's navigation property).
pub(crate) fn address_of(
    model: &VersionModel,
    found: &Addresses,
    ty: &QualifiedName,
) -> Option<String> {
    lineage(model, ty)
        .into_iter()
        .find_map(|n| found.get(n).cloned())
        .or_else(|| found.get(ty).cloned())
}
