//! A small hand-built model covering every shape the emitter produces, for unit tests, and
//! its generated code, checked in under [`FIXTURE_DIR`] as two small crates that the
//! workspace tests compile and use.

use std::path::{Path, PathBuf};

use lcw_docs::diag::Span;
use lcw_docs::model::*;

use crate::emit::{ENUMS_DIR, Files, MODELS_DIR};
use crate::names::NameOverrides;

/// Where the generated code of the test model lives, relative to the workspace: one folder per
/// fixture crate, each named as its package ([`FIXTURE_CRATES`]).
pub const FIXTURE_DIR: &str = "tests/fixture-model";

/// Where each generated folder of the real crates goes in the fixture: the enums into
/// `lcw-fixture-enums`, the structs into `lcw-fixture-models` (relative to [`FIXTURE_DIR`]), so
/// no folder of the fixture bears the name of a real crate.
pub const FIXTURE_CRATES: &[(&str, &str)] = &[
    (ENUMS_DIR, "lcw-fixture-enums/src/generated"),
    (MODELS_DIR, "lcw-fixture-models/src/generated"),
];

/// The command that rewrites the checked-in fixture crates.
pub const UPDATE_FIXTURE: &str = "LCW_UPDATE_FIXTURE=1 cargo test -p lcw-codegen fixture_crates";

/// The generated files of the test model, each headed by how to regenerate it, by path
/// relative to [`FIXTURE_DIR`].
pub fn files() -> Files {
    let generated = crate::generate(&model(), &NameOverrides::default(), "docs-src");
    let header = format!(
        "// Generated from the test model in xtask/lcw-codegen/src/fixture.rs by `{UPDATE_FIXTURE}`. Do not edit.\n"
    );
    generated
        .files
        .into_iter()
        .map(|(path, text)| {
            let body = text.split_once('\n').map_or("", |(_, rest)| rest);
            (fixture_path(&path), format!("{header}{body}"))
        })
        .collect()
}

/// The fixture's path (relative to [`FIXTURE_DIR`]) of a file the generator writes for the real
/// crates (relative to the workspace).
///
/// # Panics
///
/// When `path` is in no folder of [`FIXTURE_CRATES`]: the generator writes somewhere new, and
/// the fixture needs a crate for it.
pub fn fixture_path(path: &Path) -> PathBuf {
    FIXTURE_CRATES
        .iter()
        .find_map(|(real, fixture)| {
            path.strip_prefix(real)
                .ok()
                .map(|rest| Path::new(fixture).join(rest))
        })
        .unwrap_or_else(|| panic!("{} is in no fixture crate", path.display()))
}

const NS: &str = "microsoft.graph.identityGovernance";

fn source(page: &str) -> Source {
    Source {
        file: PathBuf::from(format!("api-reference/beta/resources/{page}.md")),
        span: Span::new(1, 1),
    }
}

fn q(ns: &str, name: &str) -> QualifiedName {
    QualifiedName::new(ns, name)
}

fn prop(wire: &str, ty: TypeRef, description: &str) -> Property {
    Property {
        wire_name: wire.into(),
        documented_name: None,
        ty,
        description: description.into(),
        is_relationship: false,
        read_only: false,
        required: false,
        filter: Vec::new(),
        orderby: false,
        search: false,
        possible_values: Vec::new(),
        deprecated: false,
        source: source("x"),
    }
}

fn p(prim: Primitive) -> TypeRef {
    TypeRef::Primitive(prim)
}

fn named(ns: &str, name: &str) -> TypeRef {
    TypeRef::Named(q(ns, name))
}

fn coll(ty: TypeRef) -> TypeRef {
    TypeRef::Collection(Box::new(ty))
}

fn ty(
    name: QualifiedName,
    kind: TypeKind,
    base: Option<QualifiedName>,
    properties: Vec<Property>,
) -> TypeDef {
    TypeDef {
        source: source(&name.name.to_lowercase()),
        name,
        kind,
        base,
        subtypes: Vec::new(),
        is_abstract: false,
        open_type: false,
        key: None,
        description: String::new(),
        properties,
        stand_in: false,
    }
}

fn member(name: &str, after_sentinel: bool) -> EnumMember {
    EnumMember {
        name: name.into(),
        description: String::new(),
        after_sentinel,
    }
}

/// A beta model: entity, run (with filters, enums, a relationship), a flags enum, an abstract
/// polymorphic base with two subtypes, a stand-in user, a self-referencing complex type, one
/// operation.
pub fn model() -> ApiModel {
    let mut v = VersionModel::default();
    let status = EnumDef {
        name: q(NS, "lifecycleWorkflowProcessingStatus"),
        description: "Where a run is.".into(),
        members: vec![
            EnumMember {
                name: "queued".into(),
                description: "Waiting [to start].".into(),
                after_sentinel: false,
            },
            member("inProgress", false),
            member("unknownFutureValue", false),
            member("canceling", true),
        ],
        flags: false,
        source: source("enums-identitygovernance"),
    };
    let category = EnumDef {
        name: q(NS, "lifecycleTaskCategory"),
        description: String::new(),
        members: vec![
            member("joiner", false),
            member("leaver", false),
            member("unknownFutureValue", false),
        ],
        flags: true,
        source: source("enums-identitygovernance"),
    };
    v.enums.insert(status.name.clone(), status);
    v.enums.insert(category.name.clone(), category);

    let entity = ty(
        q("microsoft.graph", "entity"),
        TypeKind::Entity,
        None,
        vec![prop("id", p(Primitive::String), "The identifier.")],
    );
    let mut completed = prop(
        "completedDateTime",
        p(Primitive::DateTimeOffset),
        "When it finished.<br><br>Supports `$filter`(`lt`).",
    );
    completed.filter = vec![FilterOp::Lt, FilterOp::Eq];
    completed.orderby = true;
    let mut results = prop(
        "userProcessingResults",
        coll(named(NS, "userProcessingResult")),
        "",
    );
    results.is_relationship = true;
    let mut run = ty(
        q(NS, "run"),
        TypeKind::Entity,
        Some(q("microsoft.graph", "entity")),
        vec![
            completed,
            prop(
                "processingStatus",
                named(NS, "lifecycleWorkflowProcessingStatus"),
                "Status.",
            ),
            prop("totalTasksCount", p(Primitive::Int32), "Tasks."),
            prop("iOSVersion", p(Primitive::String), "Odd casing."),
            prop("type", p(Primitive::String), "A keyword."),
            prop("category", named(NS, "lifecycleTaskCategory"), "Flags."),
            prop(
                "conditions",
                named(NS, "workflowExecutionConditions"),
                "Polymorphic.",
            ),
            prop("subject", named("microsoft.graph", "user"), "A stand-in."),
            prop("duration", p(Primitive::Duration), ""),
            prop("ratio", p(Primitive::Double), ""),
            prop("tenantId", p(Primitive::Guid), ""),
            prop("sizeInBytes", p(Primitive::Int64), ""),
            results,
        ],
    );
    run.description = "One execution of a workflow. See https://example.com/runs.".into();
    let upr = ty(
        q(NS, "userProcessingResult"),
        TypeKind::Entity,
        Some(q("microsoft.graph", "entity")),
        vec![
            prop(
                "run",
                named(NS, "run"),
                "Back to the run (no cycle: the run holds a Vec).",
            ),
            prop(
                "previous",
                named(NS, "userProcessingResult"),
                "A cycle through a single value.",
            ),
        ],
    );
    let mut conditions = ty(
        q(NS, "workflowExecutionConditions"),
        TypeKind::Complex,
        None,
        Vec::new(),
    );
    conditions.is_abstract = true;
    conditions.subtypes = vec![
        q(NS, "onDemandExecutionOnly"),
        q(NS, "triggerAndScopeBasedConditions"),
    ];
    let on_demand = ty(
        q(NS, "onDemandExecutionOnly"),
        TypeKind::Complex,
        Some(q(NS, "workflowExecutionConditions")),
        Vec::new(),
    );
    let trigger = ty(
        q(NS, "triggerAndScopeBasedConditions"),
        TypeKind::Complex,
        Some(q(NS, "workflowExecutionConditions")),
        vec![prop("scope", p(Primitive::String), "Who.")],
    );
    let mut user = ty(
        q("microsoft.graph", "user"),
        TypeKind::Entity,
        Some(q("microsoft.graph", "entity")),
        vec![prop("displayName", p(Primitive::String), "Name.")],
    );
    user.stand_in = true;
    for def in [entity, run, upr, conditions, on_demand, trigger, user] {
        v.types.insert(def.name.clone(), def);
    }
    add_naming_cases(&mut v);
    v.operations.push(Operation {
        title: "List runs".into(),
        id: "workflow-list-runs".into(),
        verb: Verb::Get,
        path: "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs".into(),
        path_params: vec!["workflowId".into()],
        query_options: vec!["$select".into(), "$filter".into()],
        expandable: Vec::new(),
        request_body: Vec::new(),
        function_params: Vec::new(),
        returns: Some(coll(named(NS, "run"))),
        success_status: 200,
        examples: Vec::new(),
        source: source("x"),
    });
    let mut model = ApiModel::default();
    model.versions.insert(ApiVersion::Beta, v);
    model
}

const CALL_RECORDS: &str = "microsoft.graph.callRecords";

/// Names that need a general rule: one type name in two namespaces, type names differing only
/// in case or reserved by Rust, members `unknown`, `self` and two spellings of one word, and
/// properties differing only in case, `default`, `additionalProperties`, `build`, keywords,
/// leading digits, `@` and `.`, and a property whose field is another one's setter.
fn add_naming_cases(v: &mut VersionModel) {
    let call_type = EnumDef {
        name: q(CALL_RECORDS, "callType"),
        description: String::new(),
        members: vec![
            member("unknown", false),
            member("groupCall", false),
            member("group_Call", false),
            member("self", false),
            member("3way", false),
            member("unknownFutureValue", false),
        ],
        flags: false,
        source: source("callrecords-calltype"),
    };
    v.enums.insert(call_type.name.clone(), call_type);
    let odd = [
        ("fooBar", p(Primitive::String)),
        ("FooBar", p(Primitive::Int32)),
        ("default", p(Primitive::Boolean)),
        ("additionalProperties", p(Primitive::String)),
        ("build", p(Primitive::String)),
        ("move", p(Primitive::String)),
        ("3rdPartyId", p(Primitive::String)),
        ("@microsoft.graph.downloadUrl", p(Primitive::String)),
        ("content.downloadUrl", p(Primitive::String)),
        ("name", p(Primitive::String)),
        ("setName", p(Primitive::String)),
        ("callType", named(CALL_RECORDS, "callType")),
        ("rootEndpoint", named("microsoft.graph", "endpoint")),
    ];
    let odd = ty(
        q(CALL_RECORDS, "endpoint"),
        TypeKind::Complex,
        None,
        odd.into_iter().map(|(wire, t)| prop(wire, t, "")).collect(),
    );
    let types = [
        odd,
        ty(
            q("microsoft.graph", "endpoint"),
            TypeKind::Complex,
            None,
            vec![prop(
                "callEndpoint",
                named(CALL_RECORDS, "endpoint"),
                "The same name in another namespace.",
            )],
        ),
        ty(
            q("microsoft.graph", "onenote"),
            TypeKind::Complex,
            None,
            vec![prop("id", p(Primitive::String), "")],
        ),
        ty(
            q("microsoft.graph", "Onenote"),
            TypeKind::Complex,
            None,
            vec![prop("id", p(Primitive::String), "")],
        ),
        ty(
            q(CALL_RECORDS, "option"),
            TypeKind::Complex,
            None,
            vec![prop("some", p(Primitive::String), "")],
        ),
    ];
    for def in types {
        v.types.insert(def.name.clone(), def);
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use lcw_docs::paths::workspace_root;

    use super::*;

    fn generated_files(root: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
        let entries = std::fs::read_dir(root.join(rel))
            .unwrap_or_else(|e| panic!("{}: {e}", root.join(rel).display()));
        for entry in entries {
            let entry = entry.expect("a directory entry");
            let child = rel.join(entry.file_name());
            if entry.file_type().expect("a file type").is_dir() {
                generated_files(root, &child, out);
            } else {
                out.push(child);
            }
        }
    }

    #[test]
    fn fixture_folders_are_named_after_their_packages() {
        let root = workspace_root().join(FIXTURE_DIR);
        for (_, generated) in FIXTURE_CRATES {
            let folder = generated
                .split('/')
                .next()
                .expect("a split yields a first part");
            let manifest = std::fs::read_to_string(root.join(folder).join("Cargo.toml"))
                .unwrap_or_else(|e| panic!("{FIXTURE_DIR}/{folder}/Cargo.toml: {e}"));
            assert!(
                manifest.contains(&format!("name = \"{folder}\"")),
                "{FIXTURE_DIR}/{folder} holds another package"
            );
        }
        assert!(
            !root.join("crates").exists(),
            "{FIXTURE_DIR}/crates would look like the real crates"
        );
    }

    /// Every generated file of the fixture crates is one the test model makes: nothing is left
    /// over from a type the model dropped (the write in `fixture_crates_match_the_test_model`
    /// only adds and replaces).
    #[test]
    fn fixture_crates_hold_no_orphans() {
        let root = workspace_root().join(FIXTURE_DIR);
        let files = files();
        let mut found = Vec::new();
        for (_, generated) in FIXTURE_CRATES {
            generated_files(&root, Path::new(generated), &mut found);
        }
        let orphans: Vec<_> = found.iter().filter(|f| !files.contains_key(*f)).collect();
        assert!(
            orphans.is_empty(),
            "{FIXTURE_DIR} has files the test model does not make (delete them): {orphans:?}"
        );
        assert_eq!(
            found.len(),
            files.len(),
            "{FIXTURE_DIR} misses files; run `{UPDATE_FIXTURE}`"
        );
    }
}
