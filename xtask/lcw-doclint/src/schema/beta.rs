//! Beta, where only names are known: the service's type mappings (for each namespace and type,
//! its property and navigation property names, or its enum members, alphabetically) against
//! docs-src's beta model, at the level of names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::Context;
use lcw_docs::diag::Span;
use lcw_docs::model::{QualifiedName, Source, VersionModel};
use serde::Deserialize;

use crate::drift::{Change, ChangeKind};

/// The three files of a type-mappings folder, one namespace's worth each.
pub const FILES: [&str; 3] = [
    "beta-entity-types.json",
    "beta-complex-types.json",
    "beta-enum-types.json",
];

/// One entity or complex type's names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct TypeNames {
    #[serde(default)]
    properties: Vec<String>,
    #[serde(default)]
    navigation_properties: Vec<String>,
}

/// The names the beta service declares, in every namespace (a type's bases may live in another).
#[derive(Debug, Clone, Default)]
pub struct BetaNames {
    /// Entity and complex types by qualified name: property and navigation property names.
    types: BTreeMap<String, TypeNames>,
    /// Enums by qualified name: member names.
    enums: BTreeMap<String, Vec<String>>,
    /// Where each type or enum of the checked namespace is named, for findings without a docs
    /// counterpart.
    sources: BTreeMap<String, Source>,
}

type Namespaces<T> = BTreeMap<String, BTreeMap<String, T>>;

fn qualify<T>(all: Namespaces<T>) -> impl Iterator<Item = (String, T)> {
    all.into_iter().flat_map(|(ns, types)| {
        types
            .into_iter()
            .map(move |(n, t)| (format!("{ns}.{n}"), t))
    })
}

impl BetaNames {
    /// Reads the beta files of `dir`; `namespace` is the one whose positions are kept. An
    /// unreadable or malformed file is an error.
    pub fn read(dir: &Path, namespace: &str) -> anyhow::Result<BetaNames> {
        let mut names = BetaNames::default();
        for file in FILES {
            let path = dir.join(file);
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            // Named as in the metadata folder, whatever path it was read from.
            let shown = format!("type-mappings/{file}");
            let invalid = || format!("{shown} is not a type-mappings file");
            let declared: Vec<String> = if file.contains("enum") {
                let all: Namespaces<Vec<String>> =
                    serde_json::from_str(&text).with_context(invalid)?;
                let local = all
                    .get(namespace)
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default();
                names.enums.extend(qualify(all));
                local
            } else {
                let all: Namespaces<TypeNames> =
                    serde_json::from_str(&text).with_context(invalid)?;
                let local = all
                    .get(namespace)
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default();
                names.types.extend(qualify(all));
                local
            };
            for name in declared {
                let line = line_of(&text, &format!("\"{name}\":"));
                let source = Source {
                    file: shown.clone().into(),
                    span: Span::new(line, 1),
                };
                names.sources.insert(format!("{namespace}.{name}"), source);
            }
        }
        Ok(names)
    }

    /// Property and navigation property names a type declares itself.
    pub fn names_of(&self, ty: &str) -> Option<Vec<String>> {
        let t = self.types.get(ty)?;
        Some(
            t.properties
                .iter()
                .chain(&t.navigation_properties)
                .cloned()
                .collect(),
        )
    }

    /// Member names of an enum.
    pub fn members_of(&self, name: &str) -> Option<&Vec<String>> {
        self.enums.get(name)
    }

    /// Names `ty` has, its own and those of its bases as docs-src gives them, with whether each
    /// is a navigation property.
    fn with_inherited(&self, docs: &VersionModel, ty: &QualifiedName) -> BTreeMap<String, bool> {
        let mut out = BTreeMap::new();
        let mut next = Some(ty.clone());
        let mut depth = 0;
        while let Some(q) = next.take().filter(|_| depth < 64) {
            depth += 1;
            if let Some(t) = self.types.get(&q.to_string()) {
                for p in &t.properties {
                    out.entry(p.clone()).or_insert(false);
                }
                for n in &t.navigation_properties {
                    out.entry(n.clone()).or_insert(true);
                }
            }
            next = docs.types.get(&q).and_then(|d| d.base.clone());
        }
        out
    }
}

/// 1-based line of the first occurrence of `needle` (1 when absent).
fn line_of(text: &str, needle: &str) -> u32 {
    text.find(needle).map_or(1, |at| {
        u32::try_from(text[..at].matches('\n').count() + 1).unwrap_or(u32::MAX)
    })
}

/// Name-level differences of `docs` (docs-src's beta model) against `names` in `namespace`.
/// Inherited names count through docs-src's base types (the mappings name no bases).
pub fn compare_beta(docs: &VersionModel, names: &BetaNames, namespace: &str) -> Vec<Change> {
    let version = "beta";
    let mut out = Vec::new();
    let unknown = Source {
        file: format!("type-mappings/{}", FILES[0]).into(),
        span: Span::new(1, 1),
    };
    let at = |q: &str| names.sources.get(q).unwrap_or(&unknown).clone();
    let in_namespace = |q: &QualifiedName| q.namespace == namespace;
    for (q, t) in docs
        .types
        .iter()
        .filter(|(q, t)| in_namespace(q) && !t.stand_in)
    {
        let subject = q.to_string();
        let Some(own) = names.names_of(&subject) else {
            let detail = "the service declares no such type";
            out.push(Change::new(
                version,
                &subject,
                ChangeKind::TypeRemoved,
                detail,
                &t.source,
            ));
            continue;
        };
        let service = names.with_inherited(docs, q);
        let ours = docs_names(docs, q);
        for p in &t.properties {
            let name = p.wire_name.as_str();
            if let Some(&navigation) = service.get(name) {
                if navigation != p.is_relationship {
                    let side = |nav: bool| if nav { "navigation" } else { "property" };
                    let detail = format!(
                        "{name}: {} -> {}",
                        side(p.is_relationship),
                        side(navigation)
                    );
                    out.push(Change::new(
                        version,
                        &subject,
                        ChangeKind::RelationshipChanged,
                        detail,
                        &p.source,
                    ));
                }
                continue;
            }
            let case = service
                .keys()
                .find(|n| n.eq_ignore_ascii_case(name) && !ours.contains(*n));
            let (kind, detail) = match case {
                Some(theirs) => (
                    ChangeKind::PropertyRenamedCase,
                    format!("{name} -> {theirs}"),
                ),
                None => (ChangeKind::PropertyRemoved, name.to_string()),
            };
            out.push(Change::new(version, &subject, kind, detail, &p.source));
        }
        for name in own.iter().filter(|n| !ours.contains(*n)) {
            if !ours
                .iter()
                .any(|o| o.eq_ignore_ascii_case(name) && !service.contains_key(o))
            {
                out.push(Change::new(
                    version,
                    &subject,
                    ChangeKind::PropertyAdded,
                    name.clone(),
                    &at(&subject),
                ));
            }
        }
    }
    let local = |q: &&String| q.rsplit_once('.').is_some_and(|(ns, _)| ns == namespace);
    for name in names.types.keys().filter(local) {
        let documented = QualifiedName::parse(name)
            .is_some_and(|q| docs.types.get(&q).is_some_and(|t| !t.stand_in));
        if !documented {
            out.push(Change::new(
                version,
                name,
                ChangeKind::TypeAdded,
                "by name",
                &at(name),
            ));
        }
    }
    for (q, e) in docs.enums.iter().filter(|(q, _)| in_namespace(q)) {
        let subject = q.to_string();
        let Some(members) = names.members_of(&subject) else {
            let detail = "the service declares no such enum";
            out.push(Change::new(
                version,
                &subject,
                ChangeKind::EnumRemoved,
                detail,
                &e.source,
            ));
            continue;
        };
        for m in members
            .iter()
            .filter(|m| !e.members.iter().any(|x| x.name == **m))
        {
            out.push(Change::new(
                version,
                &subject,
                ChangeKind::MemberAddedUnordered,
                m.clone(),
                &e.source,
            ));
        }
        for m in e.members.iter().filter(|m| !members.contains(&m.name)) {
            out.push(Change::new(
                version,
                &subject,
                ChangeKind::MemberRemoved,
                m.name.clone(),
                &e.source,
            ));
        }
    }
    for name in names.enums.keys().filter(local) {
        if !QualifiedName::parse(name).is_some_and(|q| docs.enums.contains_key(&q)) {
            out.push(Change::new(
                version,
                name,
                ChangeKind::EnumAdded,
                "by name",
                &at(name),
            ));
        }
    }
    out.sort();
    out
}

/// The property names docs-src gives `ty`, its own and its bases'.
fn docs_names(docs: &VersionModel, ty: &QualifiedName) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut next = docs.types.get(ty);
    let mut depth = 0;
    while let Some(t) = next.filter(|_| depth < 64) {
        depth += 1;
        out.extend(t.properties.iter().map(|p| p.wire_name.clone()));
        next = t.base.as_ref().and_then(|b| docs.types.get(b));
    }
    out
}
