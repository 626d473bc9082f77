//! Turns the API model into Rust source for `lcw-enums`, `lcw-models` and the generated layer
//! of `lcw-client` ([`emit::client`]).
//!
//! Stages: [`plan`] (flattened properties, polymorphic bases, boxed fields), [`recase`] (how a
//! wire name becomes a Rust identifier) and [`names`] (every name of a version: a module per
//! namespace, clashes settled by general rules, `overrides.toml` `[rust_names]`), [`emit`]
//! (text for the files made by the thousand, tokens printed with prettyplease for the rest)
//! laid out in folders by [`layout`], [`output`] (write, or compare in check mode; [`scaffold`]
//! adds a workspace around crates written elsewhere). All output is gathered in a `BTreeMap`
//! first, so it is deterministic and written only when no error was found.
//!
//! Diagnostic codes (`LCW09xx`) are catalogued in [`codes`] and `LINTS.md`.

pub mod cli;
pub mod codes;
pub mod emit;
pub mod layout;
pub mod names;
pub mod output;
pub mod plan;
pub mod recase;
pub mod rustdoc;
pub mod scaffold;
pub mod scope;

use std::path::PathBuf;

use lcw_docs::diag::{Diagnostic, Diagnostics, Severity, Span};
use lcw_docs::model::{ApiModel, ApiVersion, VersionModel};
use quote::quote;

use codes::EMIT_FAILED;
use emit::{CLIENT_DIR, ENUMS_DIR, Files, MODELS_DIR, VersionCtx, header, render};
use names::NameOverrides;

/// What [`generate`] produced.
#[derive(Debug, Default)]
pub struct Generated {
    /// File contents by path relative to the output root (the workspace).
    pub files: Files,
    /// Problems found while naming and emitting.
    pub diagnostics: Vec<Diagnostic>,
}

impl Generated {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Generates every file of both model crates. `docs_label` is how headers name the docs root.
pub fn generate(model: &ApiModel, overrides: &NameOverrides, docs_label: &str) -> Generated {
    generate_crates(model, overrides, docs_label, false)
}

/// Generates every file of the model crates and the generated layer of `lcw-client`
/// (`cargo xtask regenerate`).
pub fn generate_all(model: &ApiModel, overrides: &NameOverrides, docs_label: &str) -> Generated {
    generate_crates(model, overrides, docs_label, true)
}

fn generate_crates(
    model: &ApiModel,
    overrides: &NameOverrides,
    docs_label: &str,
    client: bool,
) -> Generated {
    let mut diags = Diagnostics::default();
    let mut files = Files::new();
    let root_header = header(docs_label, "api-reference");
    let dirs: &[&str] = if client {
        &[ENUMS_DIR, MODELS_DIR, CLIENT_DIR]
    } else {
        &[ENUMS_DIR, MODELS_DIR]
    };
    for &dir in dirs {
        put(
            &mut files,
            &mut diags,
            PathBuf::from(dir).join("mod.rs"),
            render(&root_header, quote! {}, &emit::modules::root_items()),
        );
    }
    // The versions are generated apart from each other, so on separate cores; their paths
    // never meet, and diagnostics are sorted at the end.
    let empty = VersionModel::default();
    let per_version = lcw_docs::par::map(&ApiVersion::ALL, |&version| {
        let vmodel = model.versions.get(&version).unwrap_or(&empty);
        let mut files = Files::new();
        let mut diags = Diagnostics::default();
        if client {
            let path =
                PathBuf::from(emit::csdl::METADATA_DIR).join(format!("{}.xml", version.segment()));
            let header = header(docs_label, &format!("api-reference/{}", version.segment()));
            let document = emit::csdl::document(vmodel, header.trim_start_matches("// "));
            put(&mut files, &mut diags, path, document);
        }
        generate_version(
            version, vmodel, overrides, docs_label, client, &mut files, &mut diags,
        );
        (files, diags)
    });
    for (mut version_files, version_diags) in per_version {
        files.append(&mut version_files);
        diags.append(version_diags);
    }
    Generated {
        files,
        diagnostics: diags.into_sorted(),
    }
}

fn generate_version(
    version: ApiVersion,
    model: &VersionModel,
    overrides: &NameOverrides,
    docs_label: &str,
    client: bool,
    files: &mut Files,
    diags: &mut Diagnostics,
) {
    let plan = plan::plan_version(model, diags);
    let names = names::name_version(model, &plan, overrides, diags);
    if diags.has_errors() {
        return;
    }
    let ctx = VersionCtx {
        version,
        model,
        plan: &plan,
        names: &names,
        docs_label,
    };
    layout::version_files(&ctx, files, diags);
    if client {
        for (path, text) in emit::client::client_files(&ctx, diags) {
            put(files, diags, path, text);
        }
    }
}

pub(crate) fn put(
    files: &mut Files,
    diags: &mut Diagnostics,
    path: PathBuf,
    text: Result<String, String>,
) {
    let file_error = |message: String| {
        Diagnostic::new(
            path.clone(),
            Span::new(1, 1),
            Severity::Error,
            EMIT_FAILED,
            message,
        )
    };
    match text {
        Err(message) => diags.push(file_error(message)),
        Ok(_) if files.contains_key(&path) => {
            diags.push(file_error(
                "two generated items want this file; rename one in overrides.toml [rust_names]"
                    .into(),
            ));
        }
        Ok(text) => {
            files.insert(path, text);
        }
    }
}

/// The workspace this crate belongs to (see [`lcw_docs::paths`]).
pub use lcw_docs::paths::workspace_root;

#[cfg(test)]
mod fixture;

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn file<'a>(generated: &'a Generated, path: &str) -> &'a str {
        generated
            .files
            .get(Path::new(path))
            .map(String::as_str)
            .unwrap_or_else(|| {
                panic!(
                    "{path} not generated; have {:?}",
                    generated.files.keys().collect::<Vec<_>>()
                )
            })
    }

    /// The fixture's beta `run` type, to vary the model in one place.
    fn fixture_run(model: &mut ApiModel) -> &mut lcw_docs::model::TypeDef {
        model
            .versions
            .get_mut(&ApiVersion::Beta)
            .and_then(|beta| {
                beta.types.get_mut(&lcw_docs::model::QualifiedName::new(
                    "microsoft.graph.identityGovernance",
                    "run",
                ))
            })
            .expect("the fixture has the beta run type")
    }

    fn squashed_run(text: &str) -> String {
        text.split_whitespace().collect()
    }

    #[test]
    fn fixture_model_generates_every_shape() {
        let generated = generate(&fixture::model(), &NameOverrides::default(), "docs-src");
        assert!(!generated.has_errors(), "{:?}", generated.diagnostics);
        let run = file(
            &generated,
            "crates/lcw-models/src/generated/beta/identity_governance/run.rs",
        );
        assert!(run.starts_with("// Generated from docs-src/api-reference/beta/resources/run.md by `cargo xtask regenerate`. Do not edit.\n"));
        assert!(run.contains("pub struct Run {"));
        assert!(
            run.contains("pub id: crate::Nullable<String>"),
            "base property flattened"
        );
        assert!(run.contains("pub ios_version:"));
        assert!(run.contains("/// On the wire: `iOSVersion`."));
        assert!(run.contains("pub type_:"));
        assert!(run.contains("pub size_in_bytes: crate::Nullable<crate::Int64>"));
        assert!(run.contains("crate::beta::identity_governance::LifecycleTaskCategorySet"));
        assert!(run.contains("crate::beta::identity_governance::WorkflowExecutionConditionsKind"));
        assert!(run.contains("crate::FilterOp::Lt, crate::FilterOp::Eq"));
        assert!(run.contains("<https://example.com/runs>"));
        // Builders: a setter, `set_` taking an `Option` and `null_`, each with the property's
        // doc; collection setters append.
        assert!(
            run.contains(
                "pub fn set_completed_date_time(mut self, value: Option<crate::Timestamp>)"
            )
        );
        assert!(run.contains("pub fn null_completed_date_time(mut self)"));
        assert!(run.contains("/// When it finished."));
        assert!(squashed_run(run).contains(".get_or_insert_with(Vec::new).push(item.into())"));
        assert!(
            !run.contains("explicit `null`s of known properties"),
            "nulls are typed, not kept in additional_properties"
        );
        // Property metadata, compared without line breaks.
        let squashed: String = run.split_whitespace().collect();
        assert!(squashed.contains("ty:crate::PropertyType::DateTimeOffset,"));
        assert!(
            squashed.contains("after_sentinel:&[\"canceling\"],flags:false"),
            "after-sentinel members listed"
        );
        assert!(
            squashed.contains("after_sentinel:&[],flags:true"),
            "flags enum marked"
        );
        assert!(squashed.contains("ty:crate::PropertyType::Entity(\"microsoft.graph.identityGovernance.userProcessingResult\""));
        assert!(squashed.contains("ty:crate::PropertyType::Complex(\"microsoft.graph.identityGovernance.workflowExecutionConditions\""));
        let upr = file(
            &generated,
            "crates/lcw-models/src/generated/beta/identity_governance/user_processing_result.rs",
        );
        assert!(
            upr.contains("Box<crate::beta::identity_governance::UserProcessingResult>"),
            "cycle broken by a Box"
        );
        assert!(
            upr.contains("pub run: crate::Nullable<crate::beta::identity_governance::Run>"),
            "no Box without a cycle"
        );
        let status = file(
            &generated,
            "crates/lcw-enums/src/generated/beta/identity_governance/lifecycle_workflow_processing_status.rs",
        );
        assert!(status.contains("/// Waiting \\[to start\\]."));
        assert!(status.contains("matches!(self, LifecycleWorkflowProcessingStatus::Canceling)"));
        assert!(status.contains("PartialOrd, Ord, Hash"));
        assert!(status.contains("impl AsRef<str> for LifecycleWorkflowProcessingStatus"));
        assert!(
            status.contains("pub fn try_parse(value: &str) -> Result<Self, crate::UnknownMember>")
        );
        let kinds = file(
            &generated,
            "crates/lcw-models/src/generated/beta/identity_governance/workflow_execution_conditions.rs",
        );
        assert!(
            kinds.contains("Some(\"microsoft.graph.identityGovernance.onDemandExecutionOnly\")")
        );
        assert!(
            kinds.contains("crate::__private::deserialize_kind(")
                && !kinds
                    .contains("serde_json::Map<String, serde_json::Value> as serde::Deserialize"),
            "polymorphic values are read without buffering the object"
        );
        assert!(
            squashed_run(kinds).contains("Some(<crate::beta::identity_governance::OnDemandExecutionOnlyascrate::GraphType>::ODATA_TYPE"),
            "derived variants write their type"
        );
        let ops = file(
            &generated,
            "crates/lcw-models/src/generated/beta/operations.rs",
        );
        assert!(ops.contains("returns_collection: true"));
        let beta = file(&generated, "crates/lcw-models/src/generated/beta/mod.rs");
        assert!(beta.contains("pub use lcw_enums::beta::*;"));
        let v1 = file(&generated, "crates/lcw-models/src/generated/v1/mod.rs");
        assert!(
            v1.contains("pub static OPERATIONS") || v1.contains("pub use operations::OPERATIONS;")
        );
    }

    /// The checked-in fixture crates are the test model's output, so the workspace tests compile
    /// exactly what the emitter produces today.
    #[test]
    fn fixture_crates_match_the_test_model() {
        let generated = generate(&fixture::model(), &NameOverrides::default(), "docs-src");
        assert!(!generated.has_errors(), "{:?}", generated.diagnostics);
        let root = workspace_root().join(fixture::FIXTURE_DIR);
        let mode = if std::env::var_os("LCW_UPDATE_FIXTURE").is_some() {
            output::Mode::Write
        } else {
            output::Mode::Check
        };
        let report = output::sync(&root, &fixture::files(), mode)
            .unwrap_or_else(|e| panic!("{}: {e}", root.display()));
        assert!(
            mode == output::Mode::Write || report.is_clean(),
            "{} is stale; run `{}`\n{}{:?}",
            fixture::FIXTURE_DIR,
            fixture::UPDATE_FIXTURE,
            report.diff,
            report.orphans
        );
    }

    /// Every `.rs` file of `files` parses as Rust; how many there are.
    fn parse_every_rust_file(files: &Files) -> usize {
        let rust: Vec<_> = files
            .iter()
            .filter(|(path, _)| path.extension().is_some_and(|e| e == "rs"))
            .collect();
        for (path, text) in &rust {
            if let Err(e) = syn::parse_file(text) {
                panic!("{}: {e}", path.display());
            }
        }
        rust.len()
    }

    /// The per-type files and tables are written as text and not parsed while generating (a
    /// whole tree must stay fast); parsing all the output here makes a writer bug fail the tests.
    #[test]
    fn every_generated_file_parses_from_the_fixture_and_docs_src() {
        let fixture = generate_all(&fixture::model(), &NameOverrides::default(), "docs-src");
        assert!(!fixture.has_errors(), "{:?}", fixture.diagnostics);
        assert!(parse_every_rust_file(&fixture.files) > 20);

        let docs = lcw_docs::load(
            &workspace_root().join("docs-src"),
            &lcw_docs::LoadOptions::default(),
        );
        let overrides = NameOverrides::of(docs.overrides.as_ref());
        let generated = generate_all(&docs.model, &overrides, "docs-src");
        assert!(!generated.has_errors(), "{:?}", generated.diagnostics);
        let per_type = generated
            .files
            .keys()
            .filter(|p| p.starts_with(MODELS_DIR) && !p.ends_with("mod.rs"))
            .count();
        assert!(per_type > 20, "docs-src gives per-type files");
        assert!(parse_every_rust_file(&generated.files) > per_type);
    }

    #[test]
    fn generation_is_deterministic() {
        let a = generate(&fixture::model(), &NameOverrides::default(), "docs-src");
        let b = generate(&fixture::model(), &NameOverrides::default(), "docs-src");
        assert_eq!(a.files, b.files);
    }

    #[test]
    fn deprecated_properties_warn_their_users_not_the_crate() {
        let mut model = fixture::model();
        let run = fixture_run(&mut model);
        let wire = run.properties[2].wire_name.clone();
        run.properties[2].deprecated = true;
        let generated = generate(&model, &NameOverrides::default(), "docs-src");
        let run_rs = file(
            &generated,
            "crates/lcw-models/src/generated/beta/identity_governance/run.rs",
        );
        let attribute = format!("#[deprecated(note = \"the docs mark `{wire}` deprecated\")]");
        // The field and its three setters.
        assert_eq!(run_rs.matches(&attribute).count(), 4, "{run_rs}");
        // The builder, the writer and the reader touch the field.
        assert_eq!(run_rs.matches("#[allow(deprecated)]").count(), 3);
        let plain = generate(&fixture::model(), &NameOverrides::default(), "docs-src");
        assert!(
            !file(
                &plain,
                "crates/lcw-models/src/generated/beta/identity_governance/run.rs"
            )
            .contains("deprecated")
        );
    }

    #[test]
    fn case_collisions_get_distinct_names_and_overrides_still_decide() {
        let mut model = fixture::model();
        let run = fixture_run(&mut model);
        let mut dup = run.properties[2].clone();
        dup.wire_name = "TotalTasksCount".into();
        run.properties.push(dup);
        let generated = generate(&model, &NameOverrides::default(), "docs-src");
        assert!(!generated.has_errors(), "{:?}", generated.diagnostics);
        let run_rs = file(
            &generated,
            "crates/lcw-models/src/generated/beta/identity_governance/run.rs",
        );
        assert!(run_rs.contains("pub total_tasks_count:"));
        assert!(
            run_rs.contains("pub total_tasks_count_2:")
                && run_rs.contains("/// On the wire: `TotalTasksCount`."),
            "the unconventional spelling is numbered and says its wire name"
        );

        let overrides = NameOverrides::from_toml(
            "[rust_names]\n\"microsoft.graph.identityGovernance.run/TotalTasksCount\" = \"total_tasks_count_upper\"\n",
        )
        .expect("valid overrides");
        let generated = generate(&model, &overrides, "docs-src");
        assert!(!generated.has_errors(), "{:?}", generated.diagnostics);
        assert!(
            file(
                &generated,
                "crates/lcw-models/src/generated/beta/identity_governance/run.rs"
            )
            .contains("pub total_tasks_count_upper:")
        );
    }
}
