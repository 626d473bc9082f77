//! Stage 3 for one version: the Rust name of every type, enum, field and variant, and the
//! module each namespace lives in.
//!
//! Clashes are settled by general rules, never by guessing per name:
//! - each namespace is its own module (`microsoft.graph.callRecords` is `call_records`), so the
//!   same type name in two namespaces is two types; a type of another namespace is also
//!   re-exported at the version root when no other namespace has its name ([`NameTable::root_exports`]);
//! - names that Rust or the generated code reserves get a suffix: keywords and reserved field
//!   or builder-method names a trailing `_` (`type_`, `default_`, `additional_properties_`),
//!   reserved type names `Type`, a member `unknown` (the catch-all is `Unknown`) `Member`;
//! - two wire names that still give one Rust name (`fooBar` and `FooBar`, `onenote` and
//!   `Onenote`) are ranked: the Graph-conventional lowerCamel spelling first, then by wire name;
//!   the first keeps the plain name, the next get `2`, `3`... A field's builder methods
//!   (`x`, `set_x`, `null_x`) are part of its name, so they never clash either.
//!
//! `overrides.toml` `[rust_names]` still decides a name outright; a clash with an override, or
//! an override that is no identifier, is an error.

use std::collections::{BTreeMap, BTreeSet};

use lcw_docs::diag::{Diagnostic, Diagnostics, Severity};
use lcw_docs::model::{QualifiedName, Source, VersionModel};

use crate::codes::BAD_NAME_OVERRIDE;
use crate::plan::VersionPlan;
use crate::recase::{
    is_keyword, is_reserved_type_name, is_valid_ident, member_variant, pascal, round_trips, snake,
};

/// Rust names decided in `overrides.toml`, `[rust_names]` table:
/// `"ns.type" = "Name"` for a type or enum, `"ns.type/wireName" = "name"` for a field or member.
#[derive(Debug, Default, Clone)]
pub struct NameOverrides {
    /// Key as written in the table, value the Rust name.
    pub names: BTreeMap<String, String>,
}

impl NameOverrides {
    /// Reads the `[rust_names]` table of an overrides file; other tables belong to the parser.
    pub fn from_toml(text: &str) -> Result<Self, String> {
        let mut diagnostics = lcw_docs::diag::Diagnostics::default();
        let file = "overrides.toml".into();
        let parsed = lcw_docs::overrides::Overrides::parse(text, file, &mut diagnostics);
        match parsed.unreadable {
            Some(why) => Err(why),
            None => Ok(Self::of(Some(&parsed))),
        }
    }

    /// The `[rust_names]` table of overrides lcw-docs already read (none without a file), so
    /// the file is parsed once.
    pub fn of(overrides: Option<&lcw_docs::overrides::Overrides>) -> Self {
        NameOverrides {
            names: overrides.map(|o| o.rust_names.clone()).unwrap_or_default(),
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.names.get(key).map(String::as_str)
    }
}

/// The namespace whose types sit at the version root.
pub use lcw_docs::build::resolve::GRAPH as ROOT_NAMESPACE;

/// File stems every version folder holds besides the types.
const VERSION_FILES: &[&str] = &["mod", "operations", "registry"];

/// Field names the generated struct declares itself.
const RESERVED_FIELDS: &[&str] = &["additional_properties"];

/// Builder methods that are not property setters (`default` would hide `Default::default`).
const RESERVED_METHODS: &[&str] = &["build", "additional_property", "default", "clone"];

/// The Rust names of everything one version declares.
#[derive(Debug, Default)]
pub struct NameTable {
    /// Structs, by qualified wire name.
    pub structs: BTreeMap<QualifiedName, String>,
    /// Dispatch enums of polymorphic bases (`WorkflowExecutionConditionsKind`).
    pub kinds: BTreeMap<QualifiedName, String>,
    /// Enums.
    pub enums: BTreeMap<QualifiedName, String>,
    /// Set types of flags enums (`LifecycleTaskCategorySet`).
    pub sets: BTreeMap<QualifiedName, String>,
    /// Field names by (struct, wire name).
    pub fields: BTreeMap<(QualifiedName, String), String>,
    /// Variant names by (enum, wire member).
    pub variants: BTreeMap<(QualifiedName, String), String>,
    /// Module path below the version module of each namespace (empty for the root namespace).
    pub modules: BTreeMap<String, Vec<String>>,
    /// File stem of each struct or enum, unique in its namespace's folder.
    pub stems: BTreeMap<QualifiedName, String>,
    /// Types and enums of other namespaces that the version root re-exports too, because no
    /// other namespace declares any of their names.
    pub root_exports: BTreeSet<QualifiedName>,
}

impl NameTable {
    /// The module path of `namespace` below the version module.
    pub fn module_of(&self, namespace: &str) -> &[String] {
        self.modules.get(namespace).map_or(&[], Vec::as_slice)
    }

    /// The Rust type a value of `name` has: its flags set, enum, `…Kind` or struct.
    pub fn rust_name(&self, name: &QualifiedName) -> Option<&String> {
        self.sets
            .get(name)
            .or_else(|| self.enums.get(name))
            .or_else(|| self.kinds.get(name))
            .or_else(|| self.structs.get(name))
    }

    /// `root::identity_governance::Rust`: an item of `name`'s namespace seen from `root`, the
    /// version module (`crate::beta`, `lcw_models::beta`).
    pub fn path_text(&self, root: &str, name: &QualifiedName, rust: &str) -> String {
        let mut out = String::from(root);
        for segment in self.module_of(&name.namespace) {
            out.push_str("::");
            out.push_str(segment);
        }
        out.push_str("::");
        out.push_str(rust);
        out
    }

    /// Every Rust name an item declares: the struct or enum, then its builder, `Kind` or set.
    pub fn declared(&self, name: &QualifiedName) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(rust) = self.enums.get(name) {
            out.push(rust.clone());
            out.extend(self.sets.get(name).cloned());
        }
        if let Some(rust) = self.structs.get(name) {
            out.push(rust.clone());
            out.push(format!("{rust}Builder"));
            out.extend(self.kinds.get(name).cloned());
        }
        out
    }
}

/// Builds every name of one version; only overrides can clash (error diagnostics).
pub fn name_version(
    model: &VersionModel,
    plan: &VersionPlan,
    overrides: &NameOverrides,
    diags: &mut Diagnostics,
) -> NameTable {
    let mut table = NameTable {
        modules: namespace_modules(
            model
                .types
                .keys()
                .chain(model.enums.keys())
                .map(|n| n.namespace.as_str()),
        ),
        ..NameTable::default()
    };
    name_items(model, plan, overrides, &mut table, diags);
    for (name, def) in &model.enums {
        let members = def.members.iter().map(|m| m.name.as_str());
        for (wire, variant) in name_members(name, members, overrides, &def.source, diags) {
            table.variants.insert((name.clone(), wire), variant);
        }
    }
    // Each type's fields are named on their own: on every core.
    let types: Vec<&QualifiedName> = model.types.keys().collect();
    let named = lcw_docs::par::map(&types, |&name| {
        let flat = plan
            .properties
            .get(name)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let props: Vec<(String, String)> = flat
            .iter()
            .map(|p| (p.owner.to_string(), p.property.wire_name.clone()))
            .collect();
        let sources: BTreeMap<&str, &Source> = flat
            .iter()
            .map(|p| (p.property.wire_name.as_str(), &p.property.source))
            .collect();
        let mut found = Diagnostics::default();
        let fields = name_fields(name, &props, overrides, &sources, &mut found);
        (fields, found)
    });
    for (name, (fields, found)) in types.into_iter().zip(named) {
        for (wire, field) in fields {
            table.fields.insert((name.clone(), wire), field);
        }
        diags.append(found);
    }
    choose_stems(model, &mut table);
    choose_root_exports(model, &mut table);
    table
}

/// Module paths of namespaces: the root namespace is the version module itself; below it one
/// snake_case module per dot-separated segment, so `microsoft.graph.partners.billing` is
/// `partners::billing`. Two namespaces that snake to one path are told apart by `_2`...
pub fn namespace_modules<'a>(
    namespaces: impl IntoIterator<Item = &'a str>,
) -> BTreeMap<String, Vec<String>> {
    let unique: BTreeSet<&str> = namespaces.into_iter().collect();
    let mut modules = BTreeMap::new();
    let mut taken: BTreeSet<Vec<String>> = BTreeSet::new();
    for ns in unique {
        let relative = if ns == ROOT_NAMESPACE {
            ""
        } else {
            ns.strip_prefix(ROOT_NAMESPACE)
                .and_then(|rest| rest.strip_prefix('.'))
                .unwrap_or(ns)
        };
        let mut path: Vec<String> = relative
            .split('.')
            .filter(|s| !s.is_empty())
            .map(snake)
            .collect();
        // A top-level module must not take the name of a file every version folder has.
        if let Some(first) = path.first_mut()
            && VERSION_FILES.contains(&first.as_str())
        {
            first.push_str("_ns");
        }
        if !path.is_empty() {
            let plain = path.clone();
            let mut n = 2;
            while taken.contains(&path) {
                let last = path.len() - 1;
                path[last] = format!("{}_{n}", plain[last]);
                n += 1;
            }
            taken.insert(path.clone());
        }
        modules.insert(ns.to_owned(), path);
    }
    modules
}

/// Whether a wire name has the Graph convention (lowerCamel, letters and digits only), which
/// ranks it first when two wire names give one Rust name.
fn conventional(wire: &str) -> bool {
    wire.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && wire.chars().all(|c| c.is_ascii_alphanumeric())
}

/// What one item (type or enum) of a namespace asks for.
struct Wanted<'a> {
    name: &'a QualifiedName,
    base: String,
    /// Suffixes of the derived names (`Builder`, `Kind`, `Set`).
    derived: Vec<&'static str>,
    overridden: bool,
    source: &'a Source,
}

fn name_items(
    model: &VersionModel,
    plan: &VersionPlan,
    overrides: &NameOverrides,
    table: &mut NameTable,
    diags: &mut Diagnostics,
) {
    let mut by_namespace: BTreeMap<&str, Vec<Wanted<'_>>> = BTreeMap::new();
    let wanted_base = |name: &QualifiedName| match overrides.get(&name.to_string()) {
        Some(rust) => (rust.to_owned(), true),
        None => {
            let base = pascal(&name.name);
            let base = if is_reserved_type_name(&base) {
                base + "Type"
            } else {
                base
            };
            (base, false)
        }
    };
    for (name, def) in &model.enums {
        let (base, overridden) = wanted_base(name);
        by_namespace
            .entry(&name.namespace)
            .or_default()
            .push(Wanted {
                name,
                base,
                derived: if def.flags { vec!["Set"] } else { Vec::new() },
                overridden,
                source: &def.source,
            });
    }
    for (name, def) in &model.types {
        let (base, overridden) = wanted_base(name);
        let mut derived = vec!["Builder"];
        if plan.polymorphic.contains(name) {
            derived.push("Kind");
        }
        by_namespace
            .entry(&name.namespace)
            .or_default()
            .push(Wanted {
                name,
                base,
                derived,
                overridden,
                source: &def.source,
            });
    }
    for mut items in by_namespace.into_values() {
        items.sort_by(|a, b| {
            (!a.overridden, !conventional(&a.name.name), &a.name.name).cmp(&(
                !b.overridden,
                !conventional(&b.name.name),
                &b.name.name,
            ))
        });
        let mut taken: BTreeSet<String> = BTreeSet::new();
        for item in items {
            let names_of = |rust: &str| -> Vec<String> {
                std::iter::once(rust.to_owned())
                    .chain(item.derived.iter().map(|d| format!("{rust}{d}")))
                    .collect()
            };
            let rust = if item.overridden {
                let clash = names_of(&item.base).iter().any(|n| taken.contains(n));
                if !is_valid_ident(&item.base)
                    || is_keyword(&item.base)
                    || is_reserved_type_name(&item.base)
                {
                    diags.push(error(item.source, format!("`{}` is named `{}` in overrides.toml [rust_names], which generated code cannot use", item.name, item.base)));
                    continue;
                } else if clash {
                    diags.push(error(item.source, format!("`{}` is named `{}` in overrides.toml [rust_names], which another type of its namespace already is", item.name, item.base)));
                    continue;
                }
                item.base.clone()
            } else {
                first_free(&item.base, "", |cand| {
                    names_of(cand).iter().all(|n| !taken.contains(n))
                })
            };
            taken.extend(names_of(&rust));
            for d in &item.derived {
                let derived = format!("{rust}{d}");
                match *d {
                    "Set" => table.sets.insert(item.name.clone(), derived),
                    "Kind" => table.kinds.insert(item.name.clone(), derived),
                    _ => None,
                };
            }
            if model.enums.contains_key(item.name) {
                table.enums.insert(item.name.clone(), rust);
            } else {
                table.structs.insert(item.name.clone(), rust);
            }
        }
    }
}

/// `base`, else `base{sep}2`, `base{sep}3`... : the first candidate `free` accepts.
fn first_free(base: &str, sep: &str, free: impl Fn(&str) -> bool) -> String {
    if free(base) {
        return base.to_owned();
    }
    let stem = base.trim_end_matches('_');
    (2..)
        .map(|n| format!("{stem}{sep}{n}"))
        .find(|cand| free(cand))
        .unwrap_or_else(|| unreachable!("an unbounded range always has a free name"))
}

fn name_members<'a>(
    owner: &QualifiedName,
    members: impl Iterator<Item = &'a str>,
    overrides: &NameOverrides,
    source: &Source,
    diags: &mut Diagnostics,
) -> Vec<(String, String)> {
    let mut wanted: Vec<(&str, String, bool)> = members
        .map(|wire| match overrides.get(&format!("{owner}/{wire}")) {
            Some(rust) => (wire, rust.to_owned(), true),
            None => (wire, member_variant(wire), false),
        })
        .collect();
    wanted.sort_by(|a, b| (!a.2, !conventional(a.0), a.0).cmp(&(!b.2, !conventional(b.0), b.0)));
    let mut taken: BTreeSet<String> = BTreeSet::from(["Unknown".to_owned()]);
    let mut out = Vec::new();
    for (wire, base, overridden) in wanted {
        let variant = if overridden {
            if !is_valid_ident(&base) || is_keyword(&base) || taken.contains(&base) {
                diags.push(error(source, format!("member `{wire}` of `{owner}` is named `{base}` in overrides.toml [rust_names], which is no identifier or is taken")));
                continue;
            }
            base
        } else {
            first_free(&base, "", |cand| !taken.contains(cand))
        };
        taken.insert(variant.clone());
        out.push((wire.to_owned(), variant));
    }
    out
}

/// The builder methods of a field: `x`, `set_x`, `null_x`.
fn methods_of(field: &str) -> [String; 3] {
    let base = field.trim_end_matches('_');
    [
        field.to_owned(),
        format!("set_{base}"),
        format!("null_{base}"),
    ]
}

fn name_fields(
    owner: &QualifiedName,
    props: &[(String, String)],
    overrides: &NameOverrides,
    sources: &BTreeMap<&str, &Source>,
    diags: &mut Diagnostics,
) -> Vec<(String, String)> {
    let mut wanted: Vec<(&str, String, bool)> = props
        .iter()
        .map(
            |(prop_owner, wire)| match overrides.get(&format!("{prop_owner}/{wire}")) {
                Some(rust) => (wire.as_str(), rust.to_owned(), true),
                None => {
                    let field = snake(wire);
                    let reserved = RESERVED_FIELDS.contains(&field.as_str())
                        || RESERVED_METHODS.contains(&field.as_str());
                    (
                        wire.as_str(),
                        if reserved { field + "_" } else { field },
                        false,
                    )
                }
            },
        )
        .collect();
    wanted.sort_by_cached_key(|w| (!w.2, !round_trips(&w.1, w.0), w.0.to_owned()));
    let mut fields: BTreeSet<String> = RESERVED_FIELDS.iter().map(|s| (*s).to_owned()).collect();
    let mut methods: BTreeSet<String> = RESERVED_METHODS.iter().map(|s| (*s).to_owned()).collect();
    let mut out = Vec::new();
    for (wire, base, overridden) in wanted {
        let free = |cand: &str| {
            !fields.contains(cand) && methods_of(cand).iter().all(|m| !methods.contains(m))
        };
        let field = if overridden {
            if !is_valid_ident(&base) || is_keyword(&base) || !free(&base) {
                let source = sources.get(wire).copied();
                if let Some(source) = source {
                    diags.push(error(source, format!("property `{wire}` of `{owner}` is named `{base}` in overrides.toml [rust_names], which is no identifier or is taken")));
                }
                continue;
            }
            base
        } else {
            first_free(&base, "_", free)
        };
        methods.extend(methods_of(&field));
        fields.insert(field.clone());
        out.push((wire.to_owned(), field));
    }
    out
}

/// File stems: the snake_case Rust name, with `_type` added when a namespace module or a
/// version file (`operations.rs`) has that name in the same folder.
fn choose_stems(model: &VersionModel, table: &mut NameTable) {
    // Child module names of each namespace folder.
    let mut children: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    for path in table.modules.values() {
        for depth in 0..path.len() {
            children
                .entry(path[..depth].to_vec())
                .or_default()
                .insert(path[depth].clone());
        }
    }
    let items = model.enums.keys().chain(model.types.keys());
    let mut stems = BTreeMap::new();
    let mut used: BTreeSet<(Vec<String>, String)> = BTreeSet::new();
    for name in items {
        let Some(rust) = table.enums.get(name).or_else(|| table.structs.get(name)) else {
            continue;
        };
        let folder = table.module_of(&name.namespace).to_vec();
        let taken = |stem: &str| {
            (folder.is_empty() && VERSION_FILES.contains(&stem))
                || children.get(&folder).is_some_and(|c| c.contains(stem))
                || used.contains(&(folder.clone(), stem.to_owned()))
        };
        let plain = snake(rust);
        let stem = if taken(&plain) {
            first_free(&format!("{plain}_type"), "_", |c| !taken(c))
        } else {
            plain
        };
        used.insert((folder, stem.clone()));
        stems.insert(name.clone(), stem);
    }
    table.stems = stems;
}

fn choose_root_exports(model: &VersionModel, table: &mut NameTable) {
    let items: Vec<&QualifiedName> = model.enums.keys().chain(model.types.keys()).collect();
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for name in &items {
        for rust in table.declared(name) {
            *count.entry(rust).or_default() += 1;
        }
    }
    let exports = items
        .into_iter()
        .filter(|name| name.namespace != ROOT_NAMESPACE)
        .filter(|name| table.declared(name).iter().all(|r| count[r] == 1))
        .cloned()
        .collect();
    table.root_exports = exports;
}

fn error(source: &Source, message: String) -> Diagnostic {
    Diagnostic::new(
        source.file.clone(),
        source.span,
        Severity::Error,
        BAD_NAME_OVERRIDE,
        message,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespaces_become_nested_snake_case_modules() {
        let modules = namespace_modules([
            "microsoft.graph",
            "microsoft.graph.callRecords",
            "microsoft.graph.partners.billing",
            "microsoft.graph.call_records",
            "microsoft.graph.operations",
        ]);
        assert!(modules["microsoft.graph"].is_empty());
        assert_eq!(modules["microsoft.graph.callRecords"], ["call_records"]);
        assert_eq!(modules["microsoft.graph.call_records"], ["call_records_2"]);
        assert_eq!(
            modules["microsoft.graph.partners.billing"],
            ["partners", "billing"]
        );
        assert_eq!(modules["microsoft.graph.operations"], ["operations_ns"]);
    }

    #[test]
    fn clashing_fields_and_setters_get_distinct_names() {
        let owner = QualifiedName::new("microsoft.graph", "thing");
        let props: Vec<(String, String)> = [
            "FooBar",
            "fooBar",
            "default",
            "additionalProperties",
            "setName",
            "name",
            "build",
            "type",
            "@odata.type",
            "odataType",
            "3des",
        ]
        .iter()
        .map(|w| (owner.to_string(), (*w).to_owned()))
        .collect();
        let mut diags = Diagnostics::default();
        let names: BTreeMap<String, String> = name_fields(
            &owner,
            &props,
            &NameOverrides::default(),
            &BTreeMap::new(),
            &mut diags,
        )
        .into_iter()
        .collect();
        assert!(diags.as_slice().is_empty());
        assert_eq!(names["fooBar"], "foo_bar", "the conventional spelling wins");
        assert_eq!(names["FooBar"], "foo_bar_2");
        assert_eq!(names["default"], "default_");
        assert_eq!(names["additionalProperties"], "additional_properties_");
        assert_eq!(names["build"], "build_");
        assert_eq!(names["type"], "type_");
        assert_eq!(names["odataType"], "odata_type");
        assert_eq!(names["@odata.type"], "odata_type_2");
        assert_eq!(names["3des"], "v_3_des");
        // `setName`'s own field is `set_name`, the setter `name` also wants.
        assert_eq!(names["name"], "name");
        assert_eq!(names["setName"], "set_name_2");
    }

    #[test]
    fn clashing_members_get_distinct_variants() {
        let owner = QualifiedName::new("microsoft.graph", "malwareCategory");
        let source = Source {
            file: "x.md".into(),
            span: lcw_docs::diag::Span::new(1, 1),
        };
        let mut diags = Diagnostics::default();
        let names: BTreeMap<String, String> = name_members(
            &owner,
            [
                "remote_Control_Software",
                "remoteControlSoftware",
                "unknown",
                "self",
            ]
            .into_iter(),
            &NameOverrides::default(),
            &source,
            &mut diags,
        )
        .into_iter()
        .collect();
        assert!(diags.as_slice().is_empty());
        assert_eq!(names["remoteControlSoftware"], "RemoteControlSoftware");
        assert_eq!(names["remote_Control_Software"], "RemoteControlSoftware2");
        assert_eq!(names["unknown"], "UnknownMember");
        assert_eq!(names["self"], "SelfMember");
    }
}
