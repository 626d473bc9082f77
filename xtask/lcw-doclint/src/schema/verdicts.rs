//! Each `overrides.toml` entry judged by the service schema: confirmed, contradicted, or not
//! decidable (the schema says nothing about examples, query options or prose).

use lcw_csdl::Schema;
use lcw_docs::model::{ApiVersion, Primitive, QualifiedName, TypeDef, TypeRef};
use lcw_docs::overrides::Overrides;
use serde::Serialize;

use super::beta::BetaNames;

/// What the schema says about one override.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The schema states what the override says.
    Confirmed,
    /// The schema states otherwise.
    Contradicted,
    /// The schema has no such fact (examples, query options, beta types...).
    NotDecidable,
}

impl Verdict {
    /// Kebab-case name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Contradicted => "contradicted",
            Verdict::NotDecidable => "not-decidable",
        }
    }

    fn of(facts: &[Option<bool>]) -> Verdict {
        if facts.contains(&Some(false)) {
            Verdict::Contradicted
        } else if facts.is_empty() || facts.iter().all(Option::is_none) {
            Verdict::NotDecidable
        } else {
            Verdict::Confirmed
        }
    }
}

/// One override entry and its verdict.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Judged {
    /// Line of the entry in `overrides.toml`.
    pub line: u32,
    /// `[[property]]`, `[[type]]`...
    pub entry: String,
    /// What it targets.
    pub target: String,
    /// The verdict.
    pub verdict: Verdict,
    /// What the schema says, when it decides.
    pub evidence: String,
}

impl std::fmt::Display for Judged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "overrides.toml:{}: {}: {} {}",
            self.line,
            self.verdict.as_str(),
            self.entry,
            self.target
        )?;
        if !self.evidence.is_empty() {
            write!(f, ": {}", self.evidence)?;
        }
        Ok(())
    }
}

/// Whether an entry with `versions` speaks about v1.0 (the schema) or only beta (names).
fn v1(versions: Option<&Vec<String>>) -> bool {
    versions.is_none_or(|v| v.iter().any(|s| s == ApiVersion::V1.segment()))
}

/// An override type cell (`Int32`, `microsoft.graph.x collection`) as a type reference.
fn parse_type(cell: &str) -> Option<TypeRef> {
    let cell = cell.trim();
    if let Some(inner) = cell.strip_suffix(" collection") {
        return Some(TypeRef::Collection(Box::new(parse_type(inner)?)));
    }
    match Primitive::parse(cell) {
        Some(p) => Some(TypeRef::Primitive(p)),
        None => QualifiedName::parse(cell).map(TypeRef::Named),
    }
}

struct Judge<'a> {
    schema: &'a Schema,
    beta: Option<&'a BetaNames>,
    out: Vec<Judged>,
}

impl Judge<'_> {
    fn ty(&self, name: &str) -> Option<&TypeDef> {
        self.schema.model.types.get(&QualifiedName::parse(name)?)
    }

    fn push(
        &mut self,
        line: u32,
        entry: &str,
        target: String,
        facts: &[Option<bool>],
        evidence: String,
    ) {
        let verdict = Verdict::of(facts);
        let evidence = if verdict == Verdict::NotDecidable {
            String::new()
        } else {
            evidence
        };
        self.out.push(Judged {
            line,
            entry: format!("[[{entry}]]"),
            target,
            verdict,
            evidence,
        });
    }

    /// A property of a v1.0 type: (exists, declared type) facts, or beta names only.
    fn property(
        &self,
        versions: Option<&Vec<String>>,
        ty: &str,
        name: &str,
        want: Option<&str>,
    ) -> (Vec<Option<bool>>, String) {
        if v1(versions) {
            let Some(t) = self.ty(ty) else {
                return (vec![None], String::new());
            };
            let Some(p) = t.properties.iter().find(|p| p.wire_name == name) else {
                return (vec![Some(false)], format!("{ty} has no {name}"));
            };
            let mut facts = vec![Some(true)];
            let mut evidence = format!("{name}: {}", p.ty);
            if let Some(want) = want {
                facts.push(parse_type(want).map(|w| w == p.ty));
                evidence = format!("{name}: {} (override: {want})", p.ty);
            }
            return (facts, evidence);
        }
        match self.beta.and_then(|b| b.names_of(ty)) {
            Some(names) => {
                let has = names.iter().any(|n| n == name);
                let verb = if has { "lists" } else { "does not list" };
                (vec![Some(has)], format!("beta {ty} {verb} {name}"))
            }
            None => (vec![None], String::new()),
        }
    }
}

/// Judges every entry of `overrides`.
pub fn judge(overrides: &Overrides, schema: &Schema, beta: Option<&BetaNames>) -> Vec<Judged> {
    let mut j = Judge {
        schema,
        beta,
        out: Vec::new(),
    };
    for o in &overrides.property {
        let target = format!("{}.{}", o.type_name, o.name);
        let wire = o.wire_name.as_deref().unwrap_or(&o.name);
        if o.wire_name.is_none() && o.ty.is_none() {
            j.push(o.span.line, "property", target, &[], String::new());
            continue;
        }
        let (facts, evidence) =
            j.property(o.versions.as_ref(), &o.type_name, wire, o.ty.as_deref());
        j.push(o.span.line, "property", target, &facts, evidence);
    }
    for o in &overrides.add_property {
        let target = format!("{}.{}", o.type_name, o.name);
        let (facts, evidence) = j.property(o.versions.as_ref(), &o.type_name, &o.name, Some(&o.ty));
        j.push(o.span.line, "add_property", target, &facts, evidence);
    }
    for o in &overrides.types {
        let found = v1(o.versions.as_ref())
            .then(|| j.ty(&o.type_name))
            .flatten();
        let Some(t) = found else {
            j.push(o.span.line, "type", o.type_name.clone(), &[], String::new());
            continue;
        };
        let mut facts = Vec::new();
        let mut evidence = Vec::new();
        if let Some(base) = &o.base {
            facts.push(Some(
                t.base.as_ref().map(ToString::to_string).as_deref() == Some(base.as_str()),
            ));
            evidence.push(format!(
                "base {}",
                t.base.as_ref().map_or("none".into(), ToString::to_string)
            ));
        }
        if let Some(is_abstract) = o.is_abstract {
            facts.push(Some(t.is_abstract == is_abstract));
            evidence.push(format!("abstract {}", t.is_abstract));
        }
        if let Some(key) = &o.key {
            // The schema declares a key on an entity type or inherits it; "" means none.
            let declared = t.key.clone().unwrap_or_default();
            facts.push(Some(declared == *key));
            evidence.push(format!("key {declared:?}"));
        }
        j.push(
            o.span.line,
            "type",
            o.type_name.clone(),
            &facts,
            evidence.join(", "),
        );
    }
    for o in &overrides.enums {
        let e = QualifiedName::parse(&o.name).and_then(|q| schema.model.enums.get(&q));
        let Some(e) = e.filter(|_| v1(o.versions.as_ref())) else {
            let members = beta.and_then(|b| b.members_of(&o.name));
            let facts: Vec<Option<bool>> = match members {
                Some(m) if o.flags.is_none() => {
                    o.add_members.iter().map(|a| Some(m.contains(a))).collect()
                }
                _ => Vec::new(),
            };
            j.push(
                o.span.line,
                "enum",
                o.name.clone(),
                &facts,
                format!(
                    "beta members {}",
                    members.map_or(String::new(), |m| m.join(","))
                ),
            );
            continue;
        };
        let sentinel = e.sentinel_index();
        let mut facts: Vec<Option<bool>> = o
            .add_members
            .iter()
            .map(|a| {
                let at = e.members.iter().position(|m| m.name == *a);
                Some(at.is_some_and(|i| sentinel.is_none_or(|s| i > s)))
            })
            .collect();
        if let Some(flags) = o.flags {
            facts.push(Some(e.flags == flags));
        }
        let members: Vec<&str> = e.members.iter().map(|m| m.name.as_str()).collect();
        j.push(
            o.span.line,
            "enum",
            o.name.clone(),
            &facts,
            format!("members {}", members.join(",")),
        );
    }
    for o in &overrides.operation {
        // Paths of data operations follow containment: decidable when the schema addresses one.
        let facts = match &o.path {
            Some(path) if v1(o.versions.as_ref()) => {
                vec![Some(super::compare::addresses_data(schema, path))]
            }
            _ => Vec::new(),
        };
        let evidence = o
            .path
            .clone()
            .map(|p| format!("{p} walks the schema's navigation properties"))
            .unwrap_or_default();
        j.push(o.span.line, "operation", o.id.clone(), &facts, evidence);
    }
    for o in &overrides.example {
        j.push(
            o.span.line,
            "example",
            o.operation.clone(),
            &[],
            String::new(),
        );
    }
    j.out.sort();
    j.out
}
