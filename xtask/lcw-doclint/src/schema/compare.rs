//! docs-src's v1.0 model against the service schema's, for one namespace: the drift report's
//! comparison of types and enums, then what only a schema says (abstract, open, navigation,
//! nullability) and the bound actions and functions, matched by binding type and name.

use std::collections::{BTreeMap, BTreeSet};

use lcw_csdl::{BoundOperation, Schema};
use lcw_docs::model::{
    ApiModel, ApiVersion, Operation, Property, QualifiedName, TypeDef, TypeRef, VersionModel,
};

use crate::drift::{Change, ChangeKind, Coverage, compare, show};

/// Longest base chain followed (a cycle in a hostile document stops here).
const MAX_DEPTH: usize = 64;

/// Every difference between `docs` (docs-src's v1.0 model) and `schema` within `namespace`.
pub fn compare_v1(docs: &VersionModel, schema: &Schema, namespace: &str) -> Vec<Change> {
    let version = ApiVersion::V1.segment();
    let ours = only(docs, namespace, true);
    let theirs = only(&schema.model, namespace, false);
    let wrap = |m: VersionModel| ApiModel {
        versions: BTreeMap::from([(ApiVersion::V1, m)]),
    };
    let mut out = compare(&wrap(ours), &wrap(theirs), &Coverage::default());
    out.retain(|c| !inherited_repeat(c, docs, &schema.model, namespace));
    for c in &mut out {
        // The drift report's wording speaks of an upstream docs tree.
        if c.kind == ChangeKind::TypeRemoved.name() {
            c.detail = "the service declares no such type".into();
        } else if c.kind == ChangeKind::EnumRemoved.name() {
            c.detail = "the service declares no such enum".into();
        }
    }
    for (name, ot) in docs.types.iter().filter(|(q, _)| q.namespace == namespace) {
        if let Some(st) = schema.model.types.get(name).filter(|_| !ot.stand_in) {
            type_facets(version, ot, st, schema, &mut out);
        }
    }
    bound_operations(version, docs, schema, namespace, &mut out);
    out.sort();
    out.dedup();
    out
}

/// The types and enums of one namespace, each type with the properties it inherits (docs pages
/// repeat inherited rows, the schema declares each property once). The schema has no
/// capability annotations, so the docs' `$filter`/`$orderby` notes are left out rather than
/// reported as removed.
fn only(model: &VersionModel, namespace: &str, strip_query_notes: bool) -> VersionModel {
    let mut types: BTreeMap<_, _> = model
        .types
        .iter()
        .filter(|(q, _)| q.namespace == namespace)
        .map(|(q, t)| (q.clone(), with_inherited(model, t)))
        .collect();
    if strip_query_notes {
        for p in types.values_mut().flat_map(|t| t.properties.iter_mut()) {
            p.filter.clear();
            p.orderby = false;
        }
    }
    VersionModel {
        types,
        enums: model
            .enums
            .iter()
            .filter(|(q, _)| q.namespace == namespace)
            .map(|(q, e)| (q.clone(), e.clone()))
            .collect(),
        operations: Vec::new(),
    }
}

fn with_inherited(model: &VersionModel, t: &TypeDef) -> TypeDef {
    let mut flat = t.clone();
    let mut seen: BTreeSet<String> = t.properties.iter().map(|p| p.wire_name.clone()).collect();
    for base in lineage(model, &t.name).into_iter().skip(1) {
        for p in &base.properties {
            if seen.insert(p.wire_name.clone()) {
                flat.properties.push(p.clone());
            }
        }
    }
    flat
}

/// The type of `ty`'s lineage that declares `property` itself.
fn declaring<'m>(
    model: &'m VersionModel,
    ty: &QualifiedName,
    property: &str,
) -> Option<&'m TypeDef> {
    lineage(model, ty)
        .into_iter()
        .find(|t| t.properties.iter().any(|p| p.wire_name == property))
}

/// Whether a property finding about `ty` repeats one about the base that declares the property,
/// which is reported there (both sides have that base in the namespace).
fn inherited_repeat(
    c: &Change,
    docs: &VersionModel,
    schema: &VersionModel,
    namespace: &str,
) -> bool {
    let side = match c.kind {
        k if k == ChangeKind::PropertyAdded.name() => schema,
        k if [
            ChangeKind::PropertyRemoved.name(),
            ChangeKind::PropertyRetyped.name(),
            ChangeKind::PropertyRenamedCase.name(),
        ]
        .contains(&k) =>
        {
            docs
        }
        _ => return false,
    };
    let (Some(ty), Some(property)) = (
        QualifiedName::parse(&c.subject),
        c.detail.split([':', ' ']).next(),
    ) else {
        return false;
    };
    declaring(side, &ty, property).is_some_and(|d| {
        d.name != ty
            && d.name.namespace == namespace
            && docs.types.contains_key(&d.name)
            && schema.types.contains_key(&d.name)
    })
}

fn type_facets(version: &str, ot: &TypeDef, st: &TypeDef, schema: &Schema, out: &mut Vec<Change>) {
    let subject = ot.name.to_string();
    if ot.is_abstract != st.is_abstract {
        let detail = format!("abstract {} -> {}", ot.is_abstract, st.is_abstract);
        out.push(Change::new(
            version,
            &subject,
            ChangeKind::AbstractChanged,
            detail,
            &ot.source,
        ));
    }
    if ot.open_type != st.open_type {
        let detail = format!("open {} -> {}", ot.open_type, st.open_type);
        out.push(Change::new(
            version,
            &subject,
            ChangeKind::OpenTypeChanged,
            detail,
            &ot.source,
        ));
    }
    for op in &ot.properties {
        let Some(sp) = declaring(&schema.model, &st.name, &op.wire_name)
            .and_then(|d| d.properties.iter().find(|p| p.wire_name == op.wire_name))
        else {
            continue;
        };
        if op.is_relationship != sp.is_relationship {
            let side = |p: &Property| {
                if p.is_relationship {
                    "navigation"
                } else {
                    "property"
                }
            };
            let detail = format!("{}: {} -> {}", op.wire_name, side(op), side(sp));
            out.push(Change::new(
                version,
                &subject,
                ChangeKind::RelationshipChanged,
                detail,
                &op.source,
            ));
        }
        // Only values: a collection or navigation is never null on the wire anyway.
        let value = !op.is_relationship && !matches!(op.ty, TypeRef::Collection(_));
        let owner = declaring(&schema.model, &st.name, &op.wire_name).map(|d| &d.name);
        let nullable = owner.and_then(|o| schema.nullable(o, &op.wire_name));
        if op.required && value && nullable == Some(true) {
            out.push(Change::new(
                version,
                &subject,
                ChangeKind::NullableButRequired,
                op.wire_name.clone(),
                &op.source,
            ));
        }
    }
}

/// The type itself, then its bases.
fn lineage<'m>(model: &'m VersionModel, ty: &QualifiedName) -> Vec<&'m TypeDef> {
    let mut out: Vec<&TypeDef> = Vec::new();
    let mut next = model.types.get(ty);
    while let Some(t) = next {
        if out.len() == MAX_DEPTH || out.iter().any(|o| o.name == t.name) {
            break;
        }
        out.push(t);
        next = t.base.as_ref().and_then(|b| model.types.get(b));
    }
    out
}

/// A segment naming a type of the schema (`microsoft.graph.x`), as in a cast.
fn cast(schema: &Schema, segment: &str) -> Option<QualifiedName> {
    QualifiedName::parse(segment).filter(|q| schema.model.types.contains_key(q))
}

/// What a docs path calls: a bound action or function `name` on an instance or a collection of
/// `binding`.
#[derive(Debug, PartialEq, Eq)]
struct Call {
    binding: QualifiedName,
    collection: bool,
    name: String,
}

/// Where a docs path leads by the schema.
#[derive(Debug, PartialEq, Eq)]
enum Reached {
    /// Data: every segment is a root, key, cast or navigation property (or `$ref`, `$count`...).
    Data,
    /// A bound action or function at the end.
    Call(Call),
}

/// Walks a docs path from a container root through navigation properties; the segment that is
/// not a navigation property of the type reached is the call. `None` for paths that start
/// nowhere the schema knows or go on after an unknown segment.
fn reach(schema: &Schema, path: &str) -> Option<Reached> {
    let mut segments = path.trim_start_matches('/').split('/');
    let root = schema.roots.get(segments.next()?)?;
    let mut ty = root.ty.clone();
    let mut collection = !root.singleton;
    let mut rest = segments.peekable();
    while let Some(segment) = rest.next() {
        if segment.starts_with('$') {
            // `$ref`, `$count`, `$value`: about the data addressed so far, never a call.
            return Some(Reached::Data);
        }
        if collection && segment.starts_with('{') {
            collection = false;
            continue;
        }
        let bare = segment.split('(').next().unwrap_or(segment);
        let nav = lineage(&schema.model, &ty)
            .into_iter()
            .flat_map(|t| t.properties.iter())
            .find(|p| p.wire_name == bare);
        match nav.map(|p| &p.ty) {
            Some(TypeRef::Named(target)) => {
                ty = target.clone();
                collection = false;
            }
            Some(TypeRef::Collection(inner)) => {
                let TypeRef::Named(target) = inner.as_ref() else {
                    return None;
                };
                ty = target.clone();
                collection = true;
            }
            Some(TypeRef::Primitive(_)) => return None,
            None if cast(schema, bare).is_some() => {
                // A type cast segment: the path goes on at the derived type.
                ty = cast(schema, bare)?;
            }
            None => {
                let name = bare.rsplit('.').next().unwrap_or(bare).to_string();
                return rest.peek().is_none().then_some(Reached::Call(Call {
                    binding: ty,
                    collection,
                    name,
                }));
            }
        }
    }
    Some(Reached::Data)
}

fn call_of(schema: &Schema, path: &str) -> Option<Call> {
    match reach(schema, path)? {
        Reached::Call(call) => Some(call),
        Reached::Data => None,
    }
}

/// Whether `path` addresses data the schema declares: a root, then keys, casts and navigation
/// properties only.
pub fn addresses_data(schema: &Schema, path: &str) -> bool {
    reach(schema, path) == Some(Reached::Data)
}

fn bound_operations(
    version: &str,
    docs: &VersionModel,
    schema: &Schema,
    namespace: &str,
    out: &mut Vec<Change>,
) {
    let ours: Vec<&BoundOperation> = schema
        .bound
        .iter()
        .filter(|b| b.name.namespace == namespace)
        .collect();
    let mut matched = BTreeSet::new();
    for d in &docs.operations {
        let Some(call) = call_of(schema, &d.path) else {
            continue;
        };
        let subject = format!("{} {}", d.verb.as_str(), d.path);
        let applies = |b: &&&BoundOperation, exact: bool| {
            let (binding, collection) = match &b.binding {
                TypeRef::Named(q) => (q, false),
                TypeRef::Collection(inner) => match inner.as_ref() {
                    TypeRef::Named(q) => (q, true),
                    _ => return false,
                },
                TypeRef::Primitive(_) => return false,
            };
            let name = &b.name.name;
            let same_name = if exact {
                *name == call.name
            } else {
                name.eq_ignore_ascii_case(&call.name)
            };
            same_name
                && b.operation.verb == d.verb
                && collection == call.collection
                && lineage(&schema.model, &call.binding)
                    .iter()
                    .any(|t| t.name == *binding)
        };
        let exact = ours.iter().find(|o| applies(o, true));
        let found = exact.or_else(|| ours.iter().find(|o| applies(o, false)));
        let Some(s) = found else {
            if call.binding.namespace == namespace {
                let detail = format!(
                    "{} is neither a navigation property nor a bound operation of {}",
                    call.name, call.binding
                );
                out.push(Change::new(
                    version,
                    subject,
                    ChangeKind::OperationRemoved,
                    detail,
                    &d.source,
                ));
            }
            continue;
        };
        matched.insert(s.operation.source.span);
        if exact.is_none() {
            let detail = format!("{} -> {}", call.name, s.name.name);
            out.push(Change::new(
                version,
                &subject,
                ChangeKind::OperationRenamedCase,
                detail,
                &d.source,
            ));
        }
        compare_call(version, &subject, d, &s.operation, out);
    }
    for s in ours.iter().map(|b| &b.operation) {
        if !matched.contains(&s.source.span) {
            let subject = format!("{} {}", s.verb.as_str(), s.path);
            out.push(Change::new(
                version,
                subject,
                ChangeKind::OperationAdded,
                s.title.clone(),
                &s.source,
            ));
        }
    }
}

/// Parameters and return type of one call the docs and the schema both have.
fn compare_call(version: &str, subject: &str, d: &Operation, s: &Operation, out: &mut Vec<Change>) {
    let params = |o: &Operation| -> Vec<Property> {
        o.request_body
            .iter()
            .chain(&o.function_params)
            .cloned()
            .collect()
    };
    let (ours, theirs) = (params(d), params(s));
    for sp in &theirs {
        match ours.iter().find(|p| p.wire_name == sp.wire_name) {
            None => out.push(Change::new(
                version,
                subject,
                ChangeKind::ParameterAdded,
                format!("{}: {}", sp.wire_name, show(&sp.ty)),
                &d.source,
            )),
            Some(op) if op.ty != sp.ty => out.push(Change::new(
                version,
                subject,
                ChangeKind::PropertyRetyped,
                format!("{}: {} -> {}", sp.wire_name, show(&op.ty), show(&sp.ty)),
                &op.source,
            )),
            Some(_) => {}
        }
    }
    for op in ours
        .iter()
        .filter(|p| !theirs.iter().any(|s| s.wire_name == p.wire_name))
    {
        out.push(Change::new(
            version,
            subject,
            ChangeKind::ParameterRemoved,
            format!("{}: {}", op.wire_name, show(&op.ty)),
            &op.source,
        ));
    }
    if d.returns != s.returns {
        let shown = |r: &Option<TypeRef>| r.as_ref().map_or("nothing".to_string(), show);
        let detail = format!("{} -> {}", shown(&d.returns), shown(&s.returns));
        out.push(Change::new(
            version,
            subject,
            ChangeKind::ReturnsChanged,
            detail,
            &d.source,
        ));
    }
}
