//! What to emit for one version, decided before naming: flattened properties, which bases
//! dispatch on `@odata.type`, which fields need a `Box` to break a cycle.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use lcw_docs::build::innermost;
use lcw_docs::diag::{Diagnostic, Diagnostics, Severity};
use lcw_docs::model::{Property, QualifiedName, TypeRef, VersionModel};

use crate::codes::UNRESOLVED;

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
            if let Some(target) = innermost(&prop.property.ty) {
                referenced.insert(target.clone());
            }
        }
    }
    for op in &model.operations {
        for prop in &op.request_body {
            if let Some(target) = innermost(&prop.ty) {
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

    plan.boxed = cycle_fields(&plan);
    plan
}

/// The single-valued struct fields to box: a field whose owner and one of its target structs
/// are in the same strongly connected component of the single-edge graph lies on a cycle (a
/// field of a struct's own type included), and a struct on such a cycle would have infinite size.
fn cycle_fields(plan: &VersionPlan) -> BTreeSet<(QualifiedName, String)> {
    let graph = SingleEdges::new(plan);
    let component = components(&graph.edges);
    let same = |a: &QualifiedName, b: &QualifiedName| {
        let (Some(a), Some(b)) = (graph.index.get(a), graph.index.get(b)) else {
            return false;
        };
        component[*a] == component[*b]
    };
    let mut boxed = BTreeSet::new();
    for (owner, props) in &plan.properties {
        for prop in props {
            if let TypeRef::Named(target) = &prop.property.ty
                && targets(plan, target).iter().any(|t| same(owner, t))
            {
                boxed.insert((owner.clone(), prop.property.wire_name.clone()));
            }
        }
    }
    boxed
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
    // Where each wire name sits in `out`, so a redefinition is found without a scan.
    let mut index: HashMap<&str, usize> = HashMap::new();
    for type_name in chain.iter().rev() {
        let Some(def) = model.types.get(type_name) else {
            continue;
        };
        for property in &def.properties {
            let flat = FlatProperty {
                owner: type_name.clone(),
                property: property.clone(),
            };
            match index.entry(property.wire_name.as_str()) {
                Entry::Occupied(at) => out[*at.get()] = flat,
                Entry::Vacant(slot) => {
                    slot.insert(out.len());
                    out.push(flat);
                }
            }
        }
    }
    out
}

fn check_resolved(model: &VersionModel, prop: &Property, diags: &mut Diagnostics) {
    if let Some(target) = innermost(&prop.ty)
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
fn targets<'a>(plan: &'a VersionPlan, target: &'a QualifiedName) -> &'a [QualifiedName] {
    plan.variants
        .get(target)
        .map_or(std::slice::from_ref(target), Vec::as_slice)
}

/// The single-edge graph with numbered nodes: struct -> the structs its single-valued fields
/// may hold.
struct SingleEdges<'a> {
    /// Node number of each struct that owns or is the target of an edge.
    index: BTreeMap<&'a QualifiedName, usize>,
    /// Targets of each node, by number.
    edges: Vec<Vec<usize>>,
}

impl<'a> SingleEdges<'a> {
    fn new(plan: &'a VersionPlan) -> Self {
        let mut graph = SingleEdges {
            index: BTreeMap::new(),
            edges: Vec::new(),
        };
        for (owner, props) in &plan.properties {
            for prop in props {
                if let TypeRef::Named(target) = &prop.property.ty {
                    let from = graph.node(owner);
                    for to in targets(plan, target) {
                        let to = graph.node(to);
                        graph.edges[from].push(to);
                    }
                }
            }
        }
        graph
    }

    fn node(&mut self, name: &'a QualifiedName) -> usize {
        let next = self.edges.len();
        let number = *self.index.entry(name).or_insert(next);
        if number == next {
            self.edges.push(Vec::new());
        }
        number
    }
}

/// The strongly connected component of each node (numbered `0..edges.len()`), by Tarjan's
/// algorithm with an explicit stack, so a long chain of types cannot overflow the thread's stack.
fn components(edges: &[Vec<usize>]) -> Vec<usize> {
    let mut tarjan = Tarjan::new(edges.len());
    // Depth-first frames: (node, how many of its edges are done).
    let mut frames: Vec<(usize, usize)> = Vec::new();
    for root in 0..edges.len() {
        if tarjan.seen(root) {
            continue;
        }
        tarjan.enter(root);
        frames.push((root, 0));
        while let Some(frame) = frames.last_mut() {
            let (node, done) = *frame;
            if let Some(&next) = edges[node].get(done) {
                frame.1 += 1;
                if tarjan.seen(next) {
                    tarjan.meet(node, next);
                } else {
                    tarjan.enter(next);
                    frames.push((next, 0));
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                tarjan.low[parent] = tarjan.low[parent].min(tarjan.low[node]);
            }
            tarjan.leave(node);
        }
    }
    tarjan.component
}

/// The bookkeeping of Tarjan's algorithm, by node number.
struct Tarjan {
    /// Visit order, `None` until visited.
    order: Vec<Option<usize>>,
    /// Lowest visit order reachable through nodes still open.
    low: Vec<usize>,
    /// Nodes visited whose component is not known yet.
    open: Vec<usize>,
    on_open: Vec<bool>,
    /// Component of each closed node.
    component: Vec<usize>,
    visited: usize,
    found: usize,
}

impl Tarjan {
    fn new(len: usize) -> Self {
        Tarjan {
            order: vec![None; len],
            low: vec![0; len],
            open: Vec::new(),
            on_open: vec![false; len],
            component: vec![0; len],
            visited: 0,
            found: 0,
        }
    }

    fn seen(&self, node: usize) -> bool {
        self.order[node].is_some()
    }

    fn enter(&mut self, node: usize) {
        self.order[node] = Some(self.visited);
        self.low[node] = self.visited;
        self.visited += 1;
        self.open.push(node);
        self.on_open[node] = true;
    }

    /// An edge from `node` to the already visited `next`.
    fn meet(&mut self, node: usize, next: usize) {
        if let (true, Some(order)) = (self.on_open[next], self.order[next]) {
            self.low[node] = self.low[node].min(order);
        }
    }

    /// Every edge of `node` is done: when it is the first visited of its component, the open
    /// nodes down to it form that component.
    fn leave(&mut self, node: usize) {
        if Some(self.low[node]) != self.order[node] {
            return;
        }
        while let Some(member) = self.open.pop() {
            self.on_open[member] = false;
            self.component[member] = self.found;
            if member == node {
                break;
            }
        }
        self.found += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lcw_docs::diag::Span;
    use lcw_docs::model::{Source, TypeDef, TypeKind};

    /// A property of the fixture model, to rename and retype: the tests here need only a name and
    /// a type.
    fn template() -> Property {
        crate::fixture::model()
            .versions
            .into_values()
            .flat_map(|v| v.types.into_values())
            .flat_map(|t| t.properties)
            .next()
            .expect("the fixture model has a property")
    }

    fn name(n: &str) -> QualifiedName {
        QualifiedName::new("test", n)
    }

    /// A model where, for each `(from, to)`, struct `from` has a single-valued field named `to`
    /// of struct type `to`.
    fn model(links: &[(&str, &str)]) -> VersionModel {
        let template = template();
        let source = Source {
            file: "test.md".into(),
            span: Span::new(1, 1),
        };
        let mut model = VersionModel::default();
        for (from, to) in links {
            for n in [from, to] {
                model
                    .types
                    .entry(name(n))
                    .or_insert_with(|| TypeDef::new(name(n), TypeKind::Complex, source.clone()));
            }
            let mut field = template.clone();
            field.wire_name = (*to).into();
            field.ty = TypeRef::Named(name(to));
            if let Some(def) = model.types.get_mut(&name(from)) {
                def.properties.push(field);
            }
        }
        model
    }

    /// The boxed fields of the model of `links`, as (struct, field).
    fn boxed(links: &[(&str, &str)]) -> Vec<(String, String)> {
        let plan = plan_version(&model(links), &mut Diagnostics::default());
        plan.boxed
            .into_iter()
            .map(|(owner, wire)| (owner.name, wire))
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    /// Base properties come first, root first; a property a subtype lists again keeps the
    /// base's place and takes the subtype's definition.
    #[test]
    fn flattening_keeps_base_order_and_takes_the_lowest_definition() {
        let mut model = model(&[("root", "x"), ("root", "y"), ("mid", "y"), ("mid", "z")]);
        let mut leaf = model.types[&name("mid")].clone();
        leaf.name = name("leaf");
        leaf.properties.truncate(1);
        leaf.properties[0].ty = TypeRef::Named(name("z"));
        leaf.base = Some(name("mid"));
        model.types.insert(name("leaf"), leaf);
        if let Some(mid) = model.types.get_mut(&name("mid")) {
            mid.base = Some(name("root"));
        }
        let plan = plan_version(&model, &mut Diagnostics::default());
        let flat: Vec<_> = plan.properties[&name("leaf")]
            .iter()
            .map(|p| (p.owner.name.as_str(), p.property.wire_name.as_str()))
            .collect();
        assert_eq!(flat, [("root", "x"), ("leaf", "y"), ("mid", "z")]);
        let y = &plan.properties[&name("leaf")][1].property.ty;
        assert_eq!(
            y,
            &TypeRef::Named(name("z")),
            "the subtype's definition wins"
        );
    }

    #[test]
    fn every_field_of_a_cycle_is_boxed() {
        let links = [("a", "b"), ("b", "c"), ("c", "a")];
        assert_eq!(boxed(&links), pairs(&links));
    }

    #[test]
    fn a_field_of_its_own_struct_type_is_boxed() {
        assert_eq!(boxed(&[("a", "a"), ("a", "b")]), pairs(&[("a", "a")]));
    }

    #[test]
    fn a_chain_without_a_cycle_boxes_nothing() {
        assert_eq!(boxed(&[("a", "b"), ("b", "c"), ("a", "c")]), pairs(&[]));
    }

    #[test]
    fn only_the_fields_on_the_cycle_are_boxed() {
        let links = [("in", "a"), ("a", "b"), ("b", "a"), ("b", "out")];
        assert_eq!(boxed(&links), pairs(&[("a", "b"), ("b", "a")]));
    }

    #[test]
    fn a_cycle_through_a_subtype_boxes_the_field_of_the_base_type() {
        let mut model = model(&[("holder", "leaf")]);
        if let Some(leaf) = model.types.get_mut(&name("leaf")) {
            leaf.base = Some(name("base"));
        }
        let mut base = TypeDef::new(
            name("base"),
            TypeKind::Complex,
            model.types[&name("leaf")].source.clone(),
        );
        base.is_abstract = true;
        base.subtypes.push(name("leaf"));
        model.types.insert(name("base"), base);
        let mut back = template();
        back.wire_name = "back".into();
        back.ty = TypeRef::Named(name("holder"));
        let mut field = template();
        field.wire_name = "any".into();
        field.ty = TypeRef::Named(name("base"));
        if let Some(leaf) = model.types.get_mut(&name("leaf")) {
            leaf.properties.push(back);
        }
        if let Some(holder) = model.types.get_mut(&name("holder")) {
            holder.properties = vec![field];
        }
        let plan = plan_version(&model, &mut Diagnostics::default());
        let boxed: Vec<_> = plan
            .boxed
            .iter()
            .map(|(o, w)| (o.name.as_str(), w.as_str()))
            .collect();
        assert_eq!(boxed, [("holder", "any"), ("leaf", "back")]);
    }

    #[test]
    fn a_cycle_of_fifty_thousand_structs_plans_without_overflowing_the_stack() {
        const LEN: usize = 50_000;
        let names: Vec<String> = (0..LEN).map(|i| format!("t{i}")).collect();
        let links: Vec<(&str, &str)> = (0..LEN)
            .map(|i| (names[i].as_str(), names[(i + 1) % LEN].as_str()))
            .collect();
        assert_eq!(boxed(&links).len(), LEN);
        assert!(boxed(&links[..LEN - 1]).is_empty());
    }
}
