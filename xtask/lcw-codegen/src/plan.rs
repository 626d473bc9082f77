//! What to emit for one version, decided before naming: flattened properties, which bases
//! dispatch on `@odata.type`, which fields need a `Box` to break a cycle.

use std::collections::{BTreeMap, BTreeSet};

use lcw_docs::diag::{Diagnostic, Diagnostics, Severity};
use lcw_docs::model::{Property, QualifiedName, TypeRef, VersionModel};

/// Code of a reference to a type the model does not have.
pub const UNRESOLVED: &str = "LCW0902";

/// A property of a struct, inherited or its own.
#[derive(Debug, Clone)]
pub struct FlatProperty {
    /// The type whose table lists it.
    pub owner: QualifiedName,
    /// The property.
    pub property: Property,
}

/// The emit plan of one version.
#[derive(Debug, Default)]
pub struct VersionPlan {
    /// Every struct's properties: base chain first (root first), own last; a property redefined
    /// lower in the chain keeps its place and takes the lower definition.
    pub properties: BTreeMap<QualifiedName, Vec<FlatProperty>>,
    /// Bases with subtypes that some property refers to: they get a `Kind` enum.
    pub polymorphic: BTreeSet<QualifiedName>,
    /// Variants of each polymorphic base: itself unless abstract, then every concrete descendant.
    pub variants: BTreeMap<QualifiedName, Vec<QualifiedName>>,
    /// (struct, wire name) of fields boxed because the field's type contains the struct again.
    pub boxed: BTreeSet<(QualifiedName, String)>,
}

/// Plans one version.
pub fn plan_version(model: &VersionModel, diags: &mut Diagnostics) -> VersionPlan {
    let mut plan = VersionPlan::default();
    for name in model.types.keys() {
        plan.properties
            .insert(name.clone(), flatten(model, name, diags));
    }

    let children = children(model);
    let mut referenced = BTreeSet::new();
    for props in plan.properties.values() {
        for prop in props {
            check_resolved(model, &prop.property, diags);
            if let Some(target) = named(&prop.property.ty) {
                referenced.insert(target.clone());
            }
        }
    }
    for op in &model.operations {
        for prop in &op.request_body {
            if let Some(target) = named(&prop.ty) {
                referenced.insert(target.clone());
            }
        }
    }
    for name in referenced {
        if children.get(&name).is_some_and(|c| !c.is_empty()) && model.types.contains_key(&name) {
            let mut variants = Vec::new();
            collect_concrete(model, &children, &name, &mut variants, &mut BTreeSet::new());
            variants.sort();
            plan.variants.insert(name.clone(), variants);
            plan.polymorphic.insert(name);
        }
    }

    // Break cycles through single-valued struct fields.
    let edges = single_edges(&plan);
    for (owner, props) in &plan.properties {
        for prop in props {
            if let TypeRef::Named(target) = &prop.property.ty
                && targets(&plan, target)
                    .iter()
                    .any(|t| reaches(&edges, t, owner))
            {
                plan.boxed
                    .insert((owner.clone(), prop.property.wire_name.clone()));
            }
        }
    }
    plan
}

/// The named type at the bottom of a reference, if any.
pub fn named(ty: &TypeRef) -> Option<&QualifiedName> {
    match ty {
        TypeRef::Primitive(_) => None,
        TypeRef::Named(name) => Some(name),
        TypeRef::Collection(inner) => named(inner),
    }
}

fn flatten(
    model: &VersionModel,
    name: &QualifiedName,
    diags: &mut Diagnostics,
) -> Vec<FlatProperty> {
    // Walk up the chain, stopping at a loop ("inherits from" itself happens in the docs).
    let mut chain = Vec::new();
    let mut seen = BTreeSet::new();
    let mut current = Some(name.clone());
    while let Some(type_name) = current {
        if !seen.insert(type_name.clone()) {
            break;
        }
        let Some(def) = model.types.get(&type_name) else {
            if let Some(child) = chain
                .last()
                .and_then(|c: &QualifiedName| model.types.get(c))
            {
                diags.push(Diagnostic::new(child.source.file.clone(), child.source.span, Severity::Warning, UNRESOLVED, format!("base type `{type_name}` is not in the model; its properties are not generated")));
            }
            break;
        };
        chain.push(type_name.clone());
        current = def.base.clone();
    }
    let mut out: Vec<FlatProperty> = Vec::new();
    for type_name in chain.iter().rev() {
        let Some(def) = model.types.get(type_name) else {
            continue;
        };
        for property in &def.properties {
            let flat = FlatProperty {
                owner: type_name.clone(),
                property: property.clone(),
            };
            match out
                .iter_mut()
                .find(|p| p.property.wire_name == property.wire_name)
            {
                Some(existing) => *existing = flat,
                None => out.push(flat),
            }
        }
    }
    out
}

fn check_resolved(model: &VersionModel, prop: &Property, diags: &mut Diagnostics) {
    if let Some(target) = named(&prop.ty)
        && !model.types.contains_key(target)
        && !model.enums.contains_key(target)
    {
        diags.push(Diagnostic::new(prop.source.file.clone(), prop.source.span, Severity::Warning, UNRESOLVED, format!("`{}` has type `{target}`, which the model does not have; it is generated as raw JSON", prop.wire_name)));
    }
}

fn children(model: &VersionModel) -> BTreeMap<QualifiedName, BTreeSet<QualifiedName>> {
    let mut map: BTreeMap<QualifiedName, BTreeSet<QualifiedName>> = BTreeMap::new();
    for (name, def) in &model.types {
        for sub in &def.subtypes {
            if sub != name && model.types.contains_key(sub) {
                map.entry(name.clone()).or_default().insert(sub.clone());
            }
        }
        if let Some(base) = &def.base
            && base != name
        {
            map.entry(base.clone()).or_default().insert(name.clone());
        }
    }
    map
}

fn collect_concrete(
    model: &VersionModel,
    children: &BTreeMap<QualifiedName, BTreeSet<QualifiedName>>,
    name: &QualifiedName,
    out: &mut Vec<QualifiedName>,
    seen: &mut BTreeSet<QualifiedName>,
) {
    if !seen.insert(name.clone()) {
        return;
    }
    if model.types.get(name).is_some_and(|d| !d.is_abstract) {
        out.push(name.clone());
    }
    for child in children.get(name).into_iter().flatten() {
        collect_concrete(model, children, child, out, seen);
    }
}

/// The structs a single-valued field of type `target` may hold.
fn targets(plan: &VersionPlan, target: &QualifiedName) -> Vec<QualifiedName> {
    match plan.variants.get(target) {
        Some(variants) => variants.clone(),
        None => vec![target.clone()],
    }
}

fn single_edges(plan: &VersionPlan) -> BTreeMap<QualifiedName, Vec<QualifiedName>> {
    let mut edges: BTreeMap<QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
    for (owner, props) in &plan.properties {
        for prop in props {
            if let TypeRef::Named(target) = &prop.property.ty {
                edges
                    .entry(owner.clone())
                    .or_default()
                    .extend(targets(plan, target));
            }
        }
    }
    edges
}

fn reaches(
    edges: &BTreeMap<QualifiedName, Vec<QualifiedName>>,
    from: &QualifiedName,
    to: &QualifiedName,
) -> bool {
    let mut stack = vec![from.clone()];
    let mut seen = BTreeSet::new();
    while let Some(node) = stack.pop() {
        if &node == to {
            return true;
        }
        if seen.insert(node.clone()) {
            stack.extend(edges.get(&node).into_iter().flatten().cloned());
        }
    }
    false
}
