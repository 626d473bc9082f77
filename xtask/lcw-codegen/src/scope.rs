//! Which docs errors stop generation.
//!
//! On our own `docs-src` every error is fatal. On any other docs tree (an upstream checkout with
//! thousands of pages) only errors on the pages that feed what is generated (the selected
//! namespace and what it references) are fatal; the others, and overrides naming something
//! that tree lacks, are reported as warnings. A reference
//! to a type no page defines is fatal unless `--allow-missing` asks for a stand-in.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use lcw_docs::codes;
use lcw_docs::diag::{Diagnostic, Severity};
use lcw_docs::model::ApiModel;

/// How strictly errors are taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Every error is fatal, wherever it is.
    pub strict: bool,
    /// A type referenced but defined by no page gets a stand-in, with a warning.
    pub allow_missing: bool,
}

impl Policy {
    /// Whether a page with errors is left out rather than stopping the run: on another docs
    /// tree under `--allow-missing`, where the aim is to generate whatever can be.
    pub fn skips_failed_pages(self) -> bool {
        self.allow_missing && !self.strict
    }
}

/// Removes from `model` what pages with errors define (types, enums, operations, and the
/// properties a page adds to a type defined elsewhere); references to what was removed are
/// generated as raw JSON, each with a diagnostic. A missing type is no page error: it gets its
/// stand-in. Gives the pages left out.
pub fn skip_failed_pages<'a>(
    model: &mut ApiModel,
    diagnostics: impl IntoIterator<Item = &'a Diagnostic>,
) -> BTreeSet<PathBuf> {
    let failed: BTreeSet<PathBuf> = diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error && d.code != codes::UNKNOWN_TYPE)
        .filter(|d| is_page(&d.file))
        .map(|d| d.file.clone())
        .collect();
    if failed.is_empty() {
        return failed;
    }
    for version in model.versions.values_mut() {
        version
            .types
            .retain(|_, t| !failed.contains(&t.source.file));
        for ty in version.types.values_mut() {
            ty.properties.retain(|p| !failed.contains(&p.source.file));
        }
        version
            .enums
            .retain(|_, e| !failed.contains(&e.source.file));
        version
            .operations
            .retain(|o| !failed.contains(&o.source.file));
    }
    failed
}

/// Diagnostics sorted into what stops generation and what is only reported.
#[derive(Debug, Default)]
pub struct Sorted {
    /// Errors that stop generation.
    pub fatal: Vec<Diagnostic>,
    /// Errors turned into warnings by the policy, the reason appended to the message.
    pub demoted: Vec<Diagnostic>,
    /// Warnings as the docs reader reported them.
    pub warnings: usize,
}

/// Sorts `diagnostics` by `policy`; `model` is what will be generated.
pub fn sort<'a>(
    diagnostics: impl IntoIterator<Item = &'a Diagnostic>,
    model: &ApiModel,
    policy: Policy,
) -> Sorted {
    let used = pages_in_use(model);
    let mut sorted = Sorted::default();
    for d in diagnostics {
        if d.severity == Severity::Warning {
            sorted.warnings += 1;
            continue;
        }
        let reason = if policy.allow_missing && d.code == codes::UNKNOWN_TYPE {
            Some("a stand-in is generated under --allow-missing")
        } else if !policy.strict && is_page(&d.file) && !used.contains(d.file.as_path()) {
            Some("the page feeds nothing that is generated")
        } else if policy.skips_failed_pages() && is_page(&d.file) {
            Some("the page is skipped; where its types are referenced, raw JSON is generated")
        } else if !policy.strict && d.missing_target.is_some() {
            // Overrides are written for docs-src; another tree may lack (or have fixed) what
            // one names. The drift report is where that difference matters.
            Some("this docs tree lacks what the override names")
        } else {
            None
        };
        match reason {
            Some(reason) => sorted.demoted.push(Diagnostic {
                severity: Severity::Warning,
                message: format!("{} ({reason})", d.message),
                ..d.clone()
            }),
            None => sorted.fatal.push(d.clone()),
        }
    }
    sorted
}

/// A docs page, as opposed to the overrides file or the tree itself: only pages can be out of
/// scope.
fn is_page(file: &Path) -> bool {
    file.starts_with("api-reference")
}

/// Every page some generated type, property, enum or operation comes from.
fn pages_in_use(model: &ApiModel) -> HashSet<&Path> {
    let mut used = HashSet::new();
    for version in model.versions.values() {
        for ty in version.types.values() {
            used.insert(ty.source.file.as_path());
            used.extend(ty.properties.iter().map(|p| p.source.file.as_path()));
        }
        used.extend(version.enums.values().map(|e| e.source.file.as_path()));
        for op in &version.operations {
            used.insert(op.source.file.as_path());
            used.extend(op.request_body.iter().map(|p| p.source.file.as_path()));
        }
    }
    used
}

#[cfg(test)]
mod tests {
    use lcw_docs::diag::Span;
    use lcw_docs::model::{ApiVersion, QualifiedName, Source, TypeDef, TypeKind, VersionModel};

    use super::*;

    fn error(file: &str, code: &'static str) -> Diagnostic {
        Diagnostic::new(
            file.into(),
            Span::new(3, 1),
            Severity::Error,
            code,
            "bad".into(),
        )
    }

    fn model_from(page: &str) -> ApiModel {
        let name = QualifiedName::new("microsoft.graph.identityGovernance", "run");
        let source = Source {
            file: page.into(),
            span: Span::new(1, 1),
        };
        let mut version = VersionModel::default();
        version
            .types
            .insert(name.clone(), TypeDef::new(name, TypeKind::Entity, source));
        let mut model = ApiModel::default();
        model.versions.insert(ApiVersion::Beta, version);
        model
    }

    #[test]
    fn only_errors_on_used_pages_are_fatal_unless_strict() {
        let used = "api-reference/beta/resources/run.md";
        let unused = "api-reference/beta/resources/printer.md";
        let diags = [
            error(used, codes::INHERITANCE_CYCLE),
            error(unused, codes::INHERITANCE_CYCLE),
            error("overrides.toml", "LCW1100"),
        ];
        let model = model_from(used);

        let lenient = sort(
            &diags,
            &model,
            Policy {
                strict: false,
                allow_missing: false,
            },
        );
        let fatal: Vec<_> = lenient.fatal.iter().map(|d| d.file.clone()).collect();
        assert_eq!(
            fatal,
            [PathBuf::from(used), PathBuf::from("overrides.toml")]
        );
        assert_eq!(lenient.demoted.len(), 1);
        assert_eq!(lenient.demoted[0].severity, Severity::Warning);
        assert!(
            lenient.demoted[0]
                .to_string()
                .starts_with("api-reference/beta/resources/printer.md:3:1: warning[")
        );

        let strict = sort(
            &diags,
            &model,
            Policy {
                strict: true,
                allow_missing: false,
            },
        );
        assert_eq!(strict.fatal.len(), 3);
        assert!(strict.demoted.is_empty());
    }

    #[test]
    fn failed_pages_are_left_out_and_their_errors_reported() {
        let used = "api-reference/beta/resources/run.md";
        let mut model = model_from(used);
        let diags = [
            error(used, codes::INHERITANCE_CYCLE),
            error("api-reference/beta/resources/user.md", codes::UNKNOWN_TYPE),
        ];
        let policy = Policy {
            strict: false,
            allow_missing: true,
        };
        assert!(policy.skips_failed_pages());
        let skipped = skip_failed_pages(&mut model, &diags);
        assert_eq!(
            skipped,
            BTreeSet::from([PathBuf::from(used)]),
            "a missing type is no page error"
        );
        assert!(model.versions[&ApiVersion::Beta].types.is_empty());
        let sorted = sort(&diags, &model, policy);
        assert!(sorted.fatal.is_empty());
        assert!(
            sorted
                .demoted
                .iter()
                .all(|d| d.to_string().starts_with("api-reference/beta/resources/")),
            "reported with their position"
        );
        assert!(
            !Policy {
                strict: true,
                allow_missing: true
            }
            .skips_failed_pages()
        );
    }

    #[test]
    fn missing_types_are_fatal_without_allow_missing() {
        let used = "api-reference/beta/resources/run.md";
        let diags = [error(used, codes::UNKNOWN_TYPE)];
        let model = model_from(used);
        assert_eq!(
            sort(
                &diags,
                &model,
                Policy {
                    strict: true,
                    allow_missing: false
                }
            )
            .fatal
            .len(),
            1
        );
        let allowed = sort(
            &diags,
            &model,
            Policy {
                strict: true,
                allow_missing: true,
            },
        );
        assert!(allowed.fatal.is_empty());
        assert!(allowed.demoted[0].message.contains("--allow-missing"));
    }

    #[test]
    fn overrides_naming_what_another_tree_lacks_are_fatal_only_when_strict() {
        let diags = [Diagnostic {
            missing_target: Some(Box::new(lcw_docs::overrides::MissingTarget {
                table: "operation",
                target: lcw_docs::overrides::Target::Operation("run-get".into()),
                versions: vec![ApiVersion::Beta],
            })),
            ..error("overrides.toml", codes::OVERRIDE_TARGET_MISSING)
        }];
        let model = model_from("api-reference/beta/resources/run.md");
        assert_eq!(
            sort(
                &diags,
                &model,
                Policy {
                    strict: true,
                    allow_missing: false
                }
            )
            .fatal
            .len(),
            1
        );
        let lenient = sort(
            &diags,
            &model,
            Policy {
                strict: false,
                allow_missing: false,
            },
        );
        assert!(lenient.fatal.is_empty());
        assert!(
            lenient.demoted[0]
                .message
                .contains("lacks what the override names")
        );
    }
}
