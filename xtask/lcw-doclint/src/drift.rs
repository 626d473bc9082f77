//! `cargo xtask drift`: what an upstream docs tree says that docs-src does not, per type, enum
//! and operation, each change classified by what adopting it would do to the generated API.
//!
//! Both trees are modelled with the same `overrides.toml` (the one beside docs-src): the
//! question is how the generated API would change if docs-src followed upstream, and the
//! generated API is always built with the overrides. An upstream error the overrides already
//! correct then cancels out, and an upstream fix of such an error shows no drift either (the
//! corrected fact is what both sides end up with).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use lcw_docs::build::{innermost, type_references};
use lcw_docs::diag::Diagnostics;
use lcw_docs::load_with;
use lcw_docs::model::{ApiModel, Operation, Property, Source, TypeDef, TypeRef, VersionModel};
use lcw_docs::overrides::Overrides;
use serde::Serialize;

/// What a change does to the generated API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Existing code keeps compiling and behaving (structs and enums are `non_exhaustive`).
    Additive,
    /// Existing code can stop compiling or lose data.
    Breaking,
}

impl Class {
    /// Lower-case name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        }
    }
}

lcw_docs::code_catalogue! {
    /// One kind of change, with its stable code, its kebab-case name (the `change` field of the
    /// JSON output) and its class.
    pub enum ChangeKind(name, class: Class);
    /// Every change kind, in catalogue order.
    pub const CHANGE_KINDS;

    /// Upstream documents a type docs-src lacks.
    TypeAdded = "LCW3001", Additive, "type-added";
    /// docs-src documents a type upstream no longer has.
    TypeRemoved = "LCW3002", Breaking, "type-removed";
    /// The base type differs.
    BaseChanged = "LCW3003", Breaking, "base-changed";
    /// The key property differs.
    KeyChanged = "LCW3004", Breaking, "key-changed";
    /// Upstream has a property docs-src lacks.
    PropertyAdded = "LCW3011", Additive, "property-added";
    /// docs-src has a property upstream lacks.
    PropertyRemoved = "LCW3012", Breaking, "property-removed";
    /// A property's type or collection-ness differs.
    PropertyRetyped = "LCW3013", Breaking, "property-retyped";
    /// A property's wire name differs only in case.
    PropertyRenamedCase = "LCW3014", Breaking, "property-renamed-case";
    /// Upstream allows a `$filter` operator on a property that docs-src does not.
    FilterOperatorAdded = "LCW3015", Additive, "filter-operator-added";
    /// docs-src allows a `$filter` operator on a property that upstream no longer allows: the
    /// generated `PropertyInfo.filter` and the emulator would start refusing such queries.
    FilterOperatorRemoved = "LCW3016", Breaking, "filter-operator-removed";
    /// Upstream allows `$orderby` on a property that docs-src does not.
    OrderbyAdded = "LCW3017", Additive, "orderby-added";
    /// docs-src allows `$orderby` on a property that upstream no longer allows.
    OrderbyRemoved = "LCW3018", Breaking, "orderby-removed";
    /// Upstream documents an enum docs-src lacks.
    EnumAdded = "LCW3021", Additive, "enum-added";
    /// docs-src documents an enum upstream no longer has.
    EnumRemoved = "LCW3022", Breaking, "enum-removed";
    /// A member added after `unknownFutureValue` (sent only on request).
    MemberAddedAfterSentinel = "LCW3023", Additive, "member-added-after-sentinel";
    /// A member added before `unknownFutureValue`. Breaking: Graph's evolvable-enum rule puts every
    /// new member after the sentinel, so a member before it is sent to clients that never asked for
    /// it, and it moves the sentinel's position (and `Unknown(..)` values into a new variant).
    MemberAddedBeforeSentinel = "LCW3024", Breaking, "member-added-before-sentinel";
    /// A member removed.
    MemberRemoved = "LCW3025", Breaking, "member-removed";
    /// An enum became or stopped being multi-valued.
    FlagsChanged = "LCW3026", Breaking, "flags-changed";
    /// Upstream documents an operation docs-src lacks.
    OperationAdded = "LCW3031", Additive, "operation-added";
    /// docs-src documents an operation upstream no longer has.
    OperationRemoved = "LCW3032", Breaking, "operation-removed";
    /// Upstream supports a query option docs-src does not list.
    QueryOptionAdded = "LCW3033", Additive, "query-option-added";
    /// docs-src lists a query option upstream no longer supports.
    QueryOptionRemoved = "LCW3034", Breaking, "query-option-removed";
    /// What an operation returns differs.
    ReturnsChanged = "LCW3035", Breaking, "returns-changed";
    /// A bound action or function's name differs only in case.
    OperationRenamedCase = "LCW3036", Breaking, "operation-renamed-case";
    /// The service schema declares a parameter the docs lack.
    ParameterAdded = "LCW3037", Additive, "parameter-added";
    /// The docs document a parameter the service schema lacks.
    ParameterRemoved = "LCW3038", Breaking, "parameter-removed";
    /// A type became or stopped being abstract.
    AbstractChanged = "LCW3041", Breaking, "abstract-changed";
    /// A type became or stopped being open (accepting undeclared properties).
    OpenTypeChanged = "LCW3042", Additive, "open-type-changed";
    /// One side has a plain property, the other a navigation property (sent only on `$expand`).
    RelationshipChanged = "LCW3043", Breaking, "relationship-changed";
    /// The docs call a property required, yet the schema lets it be `null`.
    NullableButRequired = "LCW3044", Additive, "nullable-but-required";
    /// A member found by name only (beta type mappings list members alphabetically), so where it
    /// stands against `unknownFutureValue` is unknown.
    MemberAddedUnordered = "LCW3045", Breaking, "member-added-position-unknown";
}

/// One difference between docs-src and upstream.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Version folder (`beta`, `v1.0`).
    pub version: String,
    /// The qualified type or enum, or `VERB /path` of an operation.
    pub subject: String,
    /// What changed.
    pub kind: &'static str,
    /// The detail, e.g. the property and both types.
    pub detail: String,
    /// Additive or breaking.
    pub class: Class,
    /// Code of the change kind.
    pub code: &'static str,
    /// The page to edit: in docs-src when the fact is there, else the upstream page.
    pub file: String,
    /// Line on that page.
    pub line: u32,
}

impl Change {
    /// A change of kind `k` about `subject`, placed at `at`.
    pub fn new(
        version: &str,
        subject: impl Into<String>,
        k: ChangeKind,
        detail: impl Into<String>,
        at: &Source,
    ) -> Self {
        Change {
            version: version.to_string(),
            subject: subject.into(),
            kind: k.name(),
            detail: detail.into(),
            class: k.class(),
            code: k.code(),
            file: at.file.to_string_lossy().replace('\\', "/"),
            line: at.span.line,
        }
    }

    /// The JSON shape documented in `LINTS.md`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "type": self.subject,
            "change": self.kind,
            "detail": self.detail,
            "class": self.class.as_str(),
            "file": self.file,
            "line": self.line,
        })
    }
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}[{}]: {}: {}: {}",
            self.file,
            self.line,
            self.class.as_str(),
            self.code,
            self.subject,
            self.kind,
            self.detail
        )
    }
}

/// Shows a type reference as the docs would write it.
pub fn show(t: &TypeRef) -> String {
    match t {
        TypeRef::Primitive(p) => p.as_str().to_string(),
        TypeRef::Named(q) => q.to_string(),
        TypeRef::Collection(inner) => format!("Collection({})", show(inner)),
    }
}

/// Which upstream pages exist, to tell "upstream removed it" from "the upstream tree does not
/// have that page" (a partial copy, such as a sample of the Graph docs).
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// Page paths of the upstream tree; `None` treats the tree as complete, so a page missing
    /// there is a removal.
    pub upstream_pages: Option<HashSet<String>>,
}

impl Coverage {
    /// Whether a docs-src definition on `source` can be compared with upstream.
    fn covers(&self, source: &Source) -> bool {
        let file = source.file.to_string_lossy().replace('\\', "/");
        self.upstream_pages
            .as_ref()
            .is_none_or(|pages| pages.contains(&file))
    }
}

/// Compares two models: `ours` (docs-src) against `upstream`. What docs-src defines on pages the
/// upstream tree lacks is not compared unless `coverage` says the tree is complete.
pub fn compare(ours: &ApiModel, upstream: &ApiModel, coverage: &Coverage) -> Vec<Change> {
    let mut out = Vec::new();
    let empty = VersionModel::default();
    let versions: BTreeSet<_> = ours
        .versions
        .keys()
        .chain(upstream.versions.keys())
        .copied()
        .collect();
    for v in versions {
        let o = ours.versions.get(&v).unwrap_or(&empty);
        let u = upstream.versions.get(&v).unwrap_or(&empty);
        let version = v.segment();
        let upstream_refs = referenced(u);
        let ours_ctx = Ours {
            model: o,
            coverage,
            upstream_refs: &upstream_refs,
            property_users: property_users(o, coverage),
        };
        compare_types(version, &ours_ctx, u, &mut out);
        compare_enums(version, &ours_ctx, u, &mut out);
        compare_operations(version, &ours_ctx, u, &mut out);
    }
    out.sort();
    out
}

/// Every named type a model refers to (properties, bases, operations).
fn referenced(model: &VersionModel) -> HashSet<String> {
    let by_types = model.types.values().flat_map(type_references);
    let by_operations = model.operations.iter().flat_map(|op| {
        let body = op.request_body.iter().map(|p| &p.ty);
        op.returns.iter().chain(body).filter_map(innermost)
    });
    by_types
        .chain(by_operations)
        .map(ToString::to_string)
        .collect()
}

/// docs-src's side of one version, with what decides whether its extra definitions are drift.
struct Ours<'a> {
    model: &'a VersionModel,
    coverage: &'a Coverage,
    upstream_refs: &'a HashSet<String>,
    /// Each named type our properties refer to, and whether a type referring to it is on a
    /// page the upstream tree covers.
    property_users: HashMap<String, bool>,
}

impl Ours<'_> {
    /// Whether a definition upstream lacks is a removal, rather than a stand-in for something
    /// upstream refers to without documenting, or a definition outside the upstream tree.
    fn removed_upstream(&self, name: &str, source: &Source) -> bool {
        if self.upstream_refs.contains(name) || !self.coverage.covers(source) {
            return false;
        }
        // Only used by our pages the upstream tree lacks: coverage, not drift.
        self.property_users.get(name).is_none_or(|&covered| covered)
    }
}

/// Every named type the properties of `model` refer to, and whether one of the types referring
/// to it is on a page `coverage` covers.
fn property_users(model: &VersionModel, coverage: &Coverage) -> HashMap<String, bool> {
    let mut out: HashMap<String, bool> = HashMap::new();
    for t in model.types.values() {
        let covered = coverage.covers(&t.source);
        for p in &t.properties {
            if let Some(name) = innermost(&p.ty) {
                *out.entry(name.to_string()).or_default() |= covered;
            }
        }
    }
    out
}

fn compare_types(version: &str, ours: &Ours<'_>, u: &VersionModel, out: &mut Vec<Change>) {
    let o = ours.model;
    for (name, ut) in &u.types {
        if ut.stand_in {
            continue;
        }
        match o.types.get(name) {
            None => out.push(Change::new(
                version,
                name.to_string(),
                ChangeKind::TypeAdded,
                format!("{} properties", ut.properties.len()),
                &ut.source,
            )),
            Some(ot) if ot.stand_in => {}
            Some(ot) => compare_type(version, ot, ut, out),
        }
    }
    for (name, ot) in &o.types {
        if !u.types.contains_key(name)
            && !ot.stand_in
            && ours.removed_upstream(&name.to_string(), &ot.source)
        {
            out.push(Change::new(
                version,
                name.to_string(),
                ChangeKind::TypeRemoved,
                "upstream no longer documents it",
                &ot.source,
            ));
        }
    }
}

fn compare_type(version: &str, ot: &TypeDef, ut: &TypeDef, out: &mut Vec<Change>) {
    let subject = ot.name.to_string();
    let show_base = |b: &Option<lcw_docs::model::QualifiedName>| {
        b.as_ref().map_or("none".to_string(), |q| q.to_string())
    };
    if ot.base != ut.base {
        out.push(Change::new(
            version,
            &subject,
            ChangeKind::BaseChanged,
            format!("{} -> {}", show_base(&ot.base), show_base(&ut.base)),
            &ot.source,
        ));
    }
    if ot.key != ut.key {
        let show_key = |k: &Option<String>| k.clone().unwrap_or_else(|| "none".into());
        out.push(Change::new(
            version,
            &subject,
            ChangeKind::KeyChanged,
            format!("{} -> {}", show_key(&ot.key), show_key(&ut.key)),
            &ot.source,
        ));
    }
    let ours: BTreeMap<&str, &Property> = ot
        .properties
        .iter()
        .map(|p| (p.wire_name.as_str(), p))
        .collect();
    let theirs: BTreeMap<&str, &Property> = ut
        .properties
        .iter()
        .map(|p| (p.wire_name.as_str(), p))
        .collect();
    let mut renamed = HashSet::new();
    for (name, up) in &theirs {
        match ours.get(name) {
            Some(op) => {
                if op.ty != up.ty {
                    out.push(Change::new(
                        version,
                        &subject,
                        ChangeKind::PropertyRetyped,
                        format!("{name}: {} -> {}", show(&op.ty), show(&up.ty)),
                        &op.source,
                    ));
                }
                compare_query_support(version, &subject, name, op, up, out);
            }
            None => {
                let same_but_case = ours
                    .iter()
                    .find(|(n, _)| !theirs.contains_key(*n) && n.eq_ignore_ascii_case(name));
                match same_but_case {
                    Some((old, op)) => {
                        renamed.insert(*old);
                        out.push(Change::new(
                            version,
                            &subject,
                            ChangeKind::PropertyRenamedCase,
                            format!("{old} -> {name}"),
                            &op.source,
                        ));
                    }
                    None => out.push(Change::new(
                        version,
                        &subject,
                        ChangeKind::PropertyAdded,
                        format!("{name}: {}", show(&up.ty)),
                        &up.source,
                    )),
                }
            }
        }
    }
    for (name, op) in &ours {
        if !theirs.contains_key(name) && !renamed.contains(name) {
            out.push(Change::new(
                version,
                &subject,
                ChangeKind::PropertyRemoved,
                format!("{name}: {}", show(&op.ty)),
                &op.source,
            ));
        }
    }
}

/// The `$filter` operators and `$orderby` a property allows: they feed the generated
/// `PropertyInfo` and what the emulator accepts, so a change is drift like a type change.
fn compare_query_support(
    version: &str,
    subject: &str,
    name: &str,
    ours: &Property,
    theirs: &Property,
    out: &mut Vec<Change>,
) {
    for f in &theirs.filter {
        if !ours.filter.contains(f) {
            out.push(Change::new(
                version,
                subject,
                ChangeKind::FilterOperatorAdded,
                format!("{name}: {}", f.as_str()),
                &ours.source,
            ));
        }
    }
    for f in &ours.filter {
        if !theirs.filter.contains(f) {
            out.push(Change::new(
                version,
                subject,
                ChangeKind::FilterOperatorRemoved,
                format!("{name}: {}", f.as_str()),
                &ours.source,
            ));
        }
    }
    match (ours.orderby, theirs.orderby) {
        (false, true) => out.push(Change::new(
            version,
            subject,
            ChangeKind::OrderbyAdded,
            name,
            &ours.source,
        )),
        (true, false) => out.push(Change::new(
            version,
            subject,
            ChangeKind::OrderbyRemoved,
            name,
            &ours.source,
        )),
        _ => {}
    }
}

fn compare_enums(version: &str, ours: &Ours<'_>, u: &VersionModel, out: &mut Vec<Change>) {
    let o = ours.model;
    for (name, ue) in &u.enums {
        let Some(oe) = o.enums.get(name) else {
            out.push(Change::new(
                version,
                name.to_string(),
                ChangeKind::EnumAdded,
                format!("{} members", ue.members.len()),
                &ue.source,
            ));
            continue;
        };
        let sentinel = ue.sentinel_index();
        for (i, m) in ue.members.iter().enumerate() {
            if oe.members.iter().any(|x| x.name == m.name) {
                continue;
            }
            let after = sentinel.is_some_and(|s| i > s);
            let k = if after {
                ChangeKind::MemberAddedAfterSentinel
            } else {
                ChangeKind::MemberAddedBeforeSentinel
            };
            out.push(Change::new(
                version,
                name.to_string(),
                k,
                m.name.clone(),
                &oe.source,
            ));
        }
        for m in &oe.members {
            if !ue.members.iter().any(|x| x.name == m.name) {
                out.push(Change::new(
                    version,
                    name.to_string(),
                    ChangeKind::MemberRemoved,
                    m.name.clone(),
                    &oe.source,
                ));
            }
        }
        if oe.flags != ue.flags {
            out.push(Change::new(
                version,
                name.to_string(),
                ChangeKind::FlagsChanged,
                format!("flags {} -> {}", oe.flags, ue.flags),
                &oe.source,
            ));
        }
    }
    for (name, oe) in &o.enums {
        if !u.enums.contains_key(name) && ours.removed_upstream(&name.to_string(), &oe.source) {
            out.push(Change::new(
                version,
                name.to_string(),
                ChangeKind::EnumRemoved,
                "upstream no longer documents it",
                &oe.source,
            ));
        }
    }
}

fn operation_key(op: &Operation) -> String {
    format!("{} {}", op.verb.as_str(), op.path)
}

fn compare_operations(version: &str, ours_ctx: &Ours<'_>, u: &VersionModel, out: &mut Vec<Change>) {
    let o = ours_ctx.model;
    let ours: BTreeMap<String, &Operation> = o
        .operations
        .iter()
        .map(|op| (operation_key(op), op))
        .collect();
    let theirs: BTreeMap<String, &Operation> = u
        .operations
        .iter()
        .map(|op| (operation_key(op), op))
        .collect();
    for (key, uo) in &theirs {
        let Some(oo) = ours.get(key) else {
            out.push(Change::new(
                version,
                key,
                ChangeKind::OperationAdded,
                uo.id.clone(),
                &uo.source,
            ));
            continue;
        };
        for q in &uo.query_options {
            if !oo.query_options.contains(q) {
                out.push(Change::new(
                    version,
                    key,
                    ChangeKind::QueryOptionAdded,
                    q.clone(),
                    &oo.source,
                ));
            }
        }
        for q in &oo.query_options {
            if !uo.query_options.contains(q) {
                out.push(Change::new(
                    version,
                    key,
                    ChangeKind::QueryOptionRemoved,
                    q.clone(),
                    &oo.source,
                ));
            }
        }
        if oo.returns != uo.returns || oo.success_status != uo.success_status {
            let show_ret = |op: &Operation| match &op.returns {
                Some(t) => format!("{} {}", op.success_status, show(t)),
                None => op.success_status.to_string(),
            };
            out.push(Change::new(
                version,
                key,
                ChangeKind::ReturnsChanged,
                format!("{} -> {}", show_ret(oo), show_ret(uo)),
                &oo.source,
            ));
        }
    }
    for (key, oo) in &ours {
        if !theirs.contains_key(key) && ours_ctx.coverage.covers(&oo.source) {
            out.push(Change::new(
                version,
                key,
                ChangeKind::OperationRemoved,
                oo.id.clone(),
                &oo.source,
            ));
        }
    }
}

/// What `drift_trees` found, with the diagnostics of loading either tree.
#[derive(Debug)]
pub struct DriftReport {
    /// The changes, sorted.
    pub changes: Vec<Change>,
    /// docs-src pages the upstream tree lacks, whose definitions were not compared.
    pub not_compared: usize,
}

impl DriftReport {
    /// Whether any change is breaking.
    pub fn has_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.class == Class::Breaking)
    }
}

/// Loads both trees with the overrides kept beside `ours` and compares them. With
/// `upstream_complete`, a page the upstream tree lacks counts as removed there.
pub fn drift_trees(
    ours: &Path,
    upstream: &Path,
    upstream_complete: bool,
) -> anyhow::Result<DriftReport> {
    for root in [ours, upstream] {
        anyhow::ensure!(
            root.join("api-reference").is_dir(),
            "{} has no api-reference folder",
            root.display()
        );
    }
    // One file corrects both trees; read it once.
    let overrides = Overrides::read(
        &ours.join(crate::lint::OVERRIDES_FILE),
        crate::lint::OVERRIDES_FILE.into(),
        &mut Diagnostics::default(),
    );
    let ours = load_with(ours, Some(overrides.clone()), None);
    let theirs = load_with(upstream, Some(overrides), None);
    let coverage = Coverage {
        upstream_pages: (!upstream_complete)
            .then(|| theirs.pages.iter().map(crate::tree::page_path).collect()),
    };
    let upstream_paths: HashSet<&std::path::Path> =
        theirs.pages.iter().map(|p| p.path.as_path()).collect();
    let not_compared = ours
        .pages
        .iter()
        .filter(|p| !upstream_paths.contains(p.path.as_path()))
        .count();
    Ok(DriftReport {
        changes: compare(&ours.model, &theirs.model, &coverage),
        not_compared: if upstream_complete { 0 } else { not_compared },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lcw_docs::diag::Span;
    use lcw_docs::model::{
        ApiVersion, EnumDef, EnumMember, FilterOp, Primitive, QualifiedName, TypeKind, Verb,
    };

    fn src(line: u32) -> Source {
        Source {
            file: "api-reference/beta/resources/x.md".into(),
            span: Span::new(line, 1),
        }
    }

    fn prop(name: &str, ty: TypeRef) -> Property {
        lcw_docs::build::property_with_notes(name.into(), ty, String::new(), false, src(20))
    }

    fn queryable(name: &str, filter: &[FilterOp], orderby: bool) -> Property {
        Property {
            filter: filter.to_vec(),
            orderby,
            ..prop(name, TypeRef::Primitive(Primitive::String))
        }
    }

    fn ty(name: &str, props: Vec<Property>) -> TypeDef {
        let name = QualifiedName::new("microsoft.graph.identityGovernance", name);
        TypeDef {
            properties: props,
            ..TypeDef::new(name, TypeKind::Entity, src(10))
        }
    }

    fn en(members: &[&str]) -> EnumDef {
        let sentinel = members.iter().position(|m| *m == "unknownFutureValue");
        EnumDef {
            name: QualifiedName::new("microsoft.graph.identityGovernance", "status"),
            description: String::new(),
            members: members
                .iter()
                .enumerate()
                .map(|(i, m)| EnumMember {
                    name: m.to_string(),
                    description: String::new(),
                    after_sentinel: sentinel.is_some_and(|s| i > s),
                })
                .collect(),
            flags: false,
            source: src(5),
        }
    }

    fn op(path: &str, options: &[&str]) -> Operation {
        Operation {
            title: String::new(),
            id: "x".into(),
            verb: Verb::Get,
            path: path.into(),
            path_params: Vec::new(),
            query_options: options.iter().map(|s| s.to_string()).collect(),
            expandable: Vec::new(),
            request_body: Vec::new(),
            function_params: Vec::new(),
            returns: None,
            success_status: 200,
            examples: Vec::new(),
            source: src(40),
        }
    }

    fn model(types: Vec<TypeDef>, enums: Vec<EnumDef>, ops: Vec<Operation>) -> ApiModel {
        let mut v = VersionModel::default();
        for t in types {
            v.types.insert(t.name.clone(), t);
        }
        for e in enums {
            v.enums.insert(e.name.clone(), e);
        }
        v.operations = ops;
        let mut m = ApiModel::default();
        m.versions.insert(ApiVersion::Beta, v);
        m
    }

    fn kinds(changes: &[Change]) -> Vec<(&str, &str, Class)> {
        changes
            .iter()
            .map(|c| (c.kind, c.detail.as_str(), c.class))
            .collect()
    }

    #[test]
    fn identical_models_do_not_drift() {
        let m = model(
            vec![ty(
                "run",
                vec![prop("id", TypeRef::Primitive(Primitive::String))],
            )],
            vec![en(&["a", "unknownFutureValue"])],
            vec![op("/a", &["$select"])],
        );
        assert!(compare(&m, &m, &Coverage::default()).is_empty());
    }

    #[test]
    fn changes_are_found_and_classified() {
        let string = || TypeRef::Primitive(Primitive::String);
        let int = || TypeRef::Primitive(Primitive::Int32);
        let ours = model(
            vec![ty(
                "run",
                vec![
                    prop("id", string()),
                    prop("gone", string()),
                    prop("count", int()),
                    prop("ContinueOnError", string()),
                    queryable("state", &[FilterOp::Eq, FilterOp::Ne], false),
                ],
            )],
            vec![en(&["a", "b", "unknownFutureValue"])],
            vec![op("/a", &["$select", "$top"]), op("/old", &[])],
        );
        let upstream = model(
            vec![
                ty(
                    "run",
                    vec![
                        prop("id", string()),
                        prop("count", string()),
                        prop("continueOnError", string()),
                        prop("fresh", int()),
                        queryable("state", &[FilterOp::Eq, FilterOp::In], true),
                    ],
                ),
                ty("other", vec![]),
            ],
            vec![en(&["a", "new", "unknownFutureValue", "late"])],
            vec![op("/a", &["$select", "$filter"]), op("/new", &[])],
        );
        let found = compare(&ours, &upstream, &Coverage::default());
        let k = kinds(&found);
        let expect = [
            ("property-removed", "gone: String", Class::Breaking),
            (
                "property-retyped",
                "count: Int32 -> String",
                Class::Breaking,
            ),
            (
                "property-renamed-case",
                "ContinueOnError -> continueOnError",
                Class::Breaking,
            ),
            ("property-added", "fresh: Int32", Class::Additive),
            ("type-added", "0 properties", Class::Additive),
            ("filter-operator-added", "state: in", Class::Additive),
            ("filter-operator-removed", "state: ne", Class::Breaking),
            ("orderby-added", "state", Class::Additive),
            ("member-added-before-sentinel", "new", Class::Breaking),
            ("member-added-after-sentinel", "late", Class::Additive),
            ("member-removed", "b", Class::Breaking),
            ("query-option-added", "$filter", Class::Additive),
            ("query-option-removed", "$top", Class::Breaking),
            ("operation-added", "x", Class::Additive),
            ("operation-removed", "x", Class::Breaking),
        ];
        for e in expect {
            assert!(k.contains(&e), "missing {e:?} in {k:#?}");
        }
        assert_eq!(found.len(), expect.len(), "{k:#?}");
    }

    #[test]
    fn stand_ins_are_not_drift() {
        let mut user = ty("user", vec![]);
        user.name = QualifiedName::new("microsoft.graph", "user");
        let referencing = |with_user: bool| {
            let named = TypeRef::Named(QualifiedName::new("microsoft.graph", "user"));
            let mut types = vec![ty("run", vec![prop("subject", named)])];
            if with_user {
                types.push(user.clone());
            }
            model(types, vec![], vec![])
        };
        assert!(
            compare(
                &referencing(true),
                &referencing(false),
                &Coverage::default()
            )
            .is_empty()
        );
        let mut lonely = user.clone();
        lonely.name = QualifiedName::new("microsoft.graph", "group");
        let ours = model(vec![lonely], vec![], vec![]);
        let none = model(vec![], vec![], vec![]);
        assert_eq!(
            kinds(&compare(&ours, &none, &Coverage::default()))[0].0,
            "type-removed"
        );
        // A partial upstream tree without that page: not compared.
        let partial = Coverage {
            upstream_pages: Some(HashSet::new()),
        };
        assert!(compare(&ours, &none, &partial).is_empty());
    }

    #[test]
    fn a_type_only_pages_upstream_lacks_use_is_coverage_not_drift() {
        let mut user = ty("user", vec![]);
        user.name = QualifiedName::new("microsoft.graph", "user");
        user.source.file = "api-reference/beta/resources/user.md".into();
        let named = TypeRef::Named(QualifiedName::new("microsoft.graph", "user"));
        let run = ty(
            "run",
            vec![prop("subject", TypeRef::Collection(Box::new(named)))],
        );
        let ours = model(vec![user, run], vec![], vec![]);
        let upstream = model(vec![], vec![], vec![]);
        let covering = |pages: &[&str]| Coverage {
            upstream_pages: Some(pages.iter().map(ToString::to_string).collect()),
        };
        let user_page = "api-reference/beta/resources/user.md";
        assert!(compare(&ours, &upstream, &covering(&[user_page])).is_empty());
        let both = compare(
            &ours,
            &upstream,
            &covering(&[user_page, "api-reference/beta/resources/x.md"]),
        );
        let removed: Vec<_> = kinds(&both).into_iter().map(|k| k.0).collect();
        assert_eq!(removed, ["type-removed", "type-removed"], "{both:#?}");
    }
}
