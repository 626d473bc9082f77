//! What the documented request paths say about the schema beyond the type pages: the entity
//! sets and singletons they start from, the bound actions and functions they end in, and the
//! relationships they walk through (containment).

use std::collections::{BTreeMap, BTreeSet};

use lcw_docs::model::{Operation, Property, QualifiedName, TypeRef, Verb, VersionModel};

use crate::names::ROOT_NAMESPACE;

/// A first path segment: an entity set (`/users/{id}`) or a singleton (`/identityGovernance`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Root {
    /// The entity type of the set's members or of the singleton.
    pub ty: QualifiedName,
    /// Addressed by key right below it: an entity set.
    pub is_set: bool,
}

/// A bound action (`POST .../activate`) or function (`GET .../summary(...)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundOperation {
    /// Namespace of the binding type, which the operation belongs to.
    pub namespace: String,
    /// Unqualified name.
    pub name: String,
    /// `GET` with parentheses: a function; otherwise an action.
    pub is_function: bool,
    /// The type of what the path addresses before the operation segment.
    pub binding: TypeRef,
    /// Request body properties (actions) or function parameters, in table order.
    pub parameters: Vec<(String, TypeRef)>,
    /// What a call answers, if anything.
    pub returns: Option<TypeRef>,
}

/// Everything the paths of one version imply.
#[derive(Debug, Default)]
pub struct Implied {
    /// Entity sets and singletons by name.
    pub roots: BTreeMap<String, Root>,
    /// Bound operations, one per (namespace, name, binding type, kind): the first documented
    /// path of an operation reached by several paths stands for all.
    pub bound: Vec<BoundOperation>,
    /// (declaring type, relationship) pairs the paths walk through without `$ref`: the target
    /// entities are addressed through their owner, so the relationship contains them.
    pub contained: BTreeSet<(QualifiedName, String)>,
}

/// Reads what the operations' paths imply. A path whose first segment names no type of the
/// model, or that leaves the model's properties, contributes what it walked so far.
pub fn implied(model: &VersionModel) -> Implied {
    let mut roots = BTreeMap::new();
    let mut walked = BTreeSet::new();
    let mut referenced = BTreeSet::new();
    let mut bound: BTreeMap<(String, String, String, bool), BoundOperation> = BTreeMap::new();
    for op in &model.operations {
        let segments: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).collect();
        let Some((first, rest)) = segments.split_first() else {
            continue;
        };
        let Some(root) = root_of(model, first, rest, op) else {
            continue;
        };
        let mut current = if root.is_set {
            TypeRef::Collection(Box::new(TypeRef::Named(root.ty.clone())))
        } else {
            TypeRef::Named(root.ty.clone())
        };
        roots.entry((*first).to_owned()).or_insert(root);
        let mut last_walk: Option<(QualifiedName, String)> = None;
        for (i, segment) in rest.iter().enumerate() {
            if segment.starts_with('{') {
                if let TypeRef::Collection(inner) = current {
                    current = *inner;
                }
                continue;
            }
            if *segment == "$ref" {
                referenced.extend(last_walk.take());
            }
            if segment.starts_with('$') {
                break;
            }
            let walked_into = match &current {
                TypeRef::Named(owner) if !segment.contains('(') => property(model, owner, segment),
                _ => None,
            };
            match walked_into {
                Some((declared_by, prop)) => {
                    let step = (declared_by.clone(), prop.wire_name.clone());
                    walked.insert(step.clone());
                    last_walk = Some(step);
                    current = prop.ty.clone();
                }
                None => {
                    // A function segment has parentheses; a `GET` of a plain name the type
                    // does not have is a relationship the type's page misses, not an operation.
                    let operation = op.verb == Verb::Post || segment.contains('(');
                    if i + 1 == rest.len() && operation {
                        let found = bound_operation(op, segment, current.clone());
                        let key = (
                            found.namespace.clone(),
                            found.name.clone(),
                            found.binding.to_string(),
                            found.is_function,
                        );
                        bound.entry(key).or_insert(found);
                    }
                    break;
                }
            }
        }
    }
    Implied {
        roots,
        bound: bound.into_values().collect(),
        contained: walked.difference(&referenced).cloned().collect(),
    }
}

/// The type a first segment addresses: `microsoft.graph.{segment}` when the model has it, else
/// the element type a `GET /{segment}` answers.
fn root_of(model: &VersionModel, first: &str, rest: &[&str], op: &Operation) -> Option<Root> {
    let is_set = rest.first().is_some_and(|s| s.starts_with('{'));
    let named = QualifiedName::new(ROOT_NAMESPACE, first);
    if model.types.contains_key(&named) {
        return Some(Root { ty: named, is_set });
    }
    let answered = match (&op.returns, rest.is_empty(), op.verb) {
        (Some(ty), true, Verb::Get) => element_name(ty)?.clone(),
        _ => return None,
    };
    let is_set = is_set || matches!(op.returns, Some(TypeRef::Collection(_)));
    Some(Root {
        ty: answered,
        is_set,
    })
}

fn element_name(ty: &TypeRef) -> Option<&QualifiedName> {
    match ty {
        TypeRef::Named(name) => Some(name),
        TypeRef::Collection(inner) => element_name(inner),
        TypeRef::Primitive(_) => None,
    }
}

/// `name` on `owner` or the nearest base declaring it, with the declaring type. Stops at a
/// base chain that loops back on itself.
pub fn property<'m>(
    model: &'m VersionModel,
    owner: &QualifiedName,
    name: &str,
) -> Option<(&'m QualifiedName, &'m Property)> {
    let mut seen = BTreeSet::new();
    let mut next = Some(owner);
    while let Some(type_name) = next {
        if !seen.insert(type_name) {
            return None;
        }
        let def = model.types.get(type_name)?;
        if let Some(prop) = def.properties.iter().find(|p| p.wire_name == name) {
            return Some((&def.name, prop));
        }
        next = def.base.as_ref();
    }
    None
}

/// The operation a path ends in: its segment may be qualified
/// (`microsoft.graph.identityGovernance.activate`) and, for a function, carries its
/// parameters in parentheses.
fn bound_operation(op: &Operation, segment: &str, binding: TypeRef) -> BoundOperation {
    let is_function = op.verb == Verb::Get;
    let unqualified = segment.split('(').next().unwrap_or(segment);
    let name = unqualified.rsplit('.').next().unwrap_or(unqualified);
    let namespace = element_name(&binding)
        .map_or(ROOT_NAMESPACE, |n| n.namespace.as_str())
        .to_owned();
    let table = if is_function {
        &op.function_params
    } else {
        &op.request_body
    };
    BoundOperation {
        namespace,
        name: name.to_owned(),
        is_function,
        binding,
        parameters: table
            .iter()
            .map(|p| (p.wire_name.clone(), p.ty.clone()))
            .collect(),
        returns: op.returns.clone(),
    }
}
