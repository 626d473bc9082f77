//! Which lint findings `overrides.toml` explains.
//!
//! The lint reads only the keys that name what an entry corrects (type, property, enum,
//! operation, versions, reason); the rest of the schema belongs to `lcw-docs`, which applies
//! the corrections. A finding about something an entry corrects is turned into a note.

use serde::Deserialize;

use crate::finding::{Subject, TypeFact};

/// The parts of `overrides.toml` the lint needs.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Overrides {
    property: Vec<PropertyFix>,
    add_property: Vec<PropertyFix>,
    #[serde(rename = "type")]
    types: Vec<TypeFix>,
    #[serde(rename = "enum")]
    enums: Vec<EnumFix>,
    operation: Vec<OperationFix>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PropertyFix {
    #[serde(rename = "type")]
    ty: String,
    name: String,
    wire_name: Option<String>,
    versions: Option<Vec<String>>,
    reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct TypeFix {
    #[serde(rename = "type")]
    ty: String,
    base: Option<String>,
    key: Option<String>,
    versions: Option<Vec<String>>,
    reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct EnumFix {
    name: String,
    add_members: Vec<String>,
    versions: Option<Vec<String>>,
    reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct OperationFix {
    id: String,
    returns: Option<String>,
    success_status: Option<u16>,
    versions: Option<Vec<String>>,
    reason: String,
}

fn applies(versions: &Option<Vec<String>>, version: &str) -> bool {
    versions.as_ref().is_none_or(|v| v.iter().any(|x| x == version))
}

/// The API version folder a docs path is in (`beta`, `v1.0`).
pub fn version_of(file: &str) -> &str {
    file.split('/').find(|s| *s == "beta" || *s == "v1.0").unwrap_or("")
}

impl Overrides {
    /// Reads an overrides file.
    pub fn parse(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text)
    }

    /// The reason of the entry that corrects `subject` in `version`, if one does.
    pub fn explains(&self, subject: &Subject, version: &str) -> Option<&str> {
        match subject {
            Subject::Property { ty, name } => self
                .property
                .iter()
                .chain(&self.add_property)
                .find(|f| &f.ty == ty && applies(&f.versions, version) && (&f.name == name || f.wire_name.as_ref() == Some(name)))
                .map(|f| f.reason.as_str()),
            Subject::TypeFact { ty, fact } => self
                .types
                .iter()
                .find(|f| {
                    &f.ty == ty
                        && applies(&f.versions, version)
                        && match fact {
                            TypeFact::Base => f.base.is_some(),
                            TypeFact::Key => f.key.is_some(),
                        }
                })
                .map(|f| f.reason.as_str()),
            Subject::EnumMember { enum_name, member } => self
                .enums
                .iter()
                .find(|f| &f.name == enum_name && applies(&f.versions, version) && f.add_members.contains(member))
                .map(|f| f.reason.as_str()),
            Subject::Operation { id } => self
                .operation
                .iter()
                .find(|f| &f.id == id && applies(&f.versions, version) && (f.returns.is_some() || f.success_status.is_some()))
                .map(|f| f.reason.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"
[[property]]
type = "microsoft.graph.identityGovernance.run"
name = "totalTasksCounts"
wire_name = "totalTasksCount"
reason = "the service sends the singular"

[[add_property]]
type = "microsoft.graph.identityGovernance.runSummary"
versions = ["beta"]
name = "totalTasks"
ty = "Int32"
description = "d"
reason = "sent but not listed"

[[type]]
type = "microsoft.graph.identityGovernance.workflowBase"
key = ""
reason = "no key"

[[enum]]
name = "microsoft.graph.identityGovernance.lifecycleWorkflowCategory"
add_members = ["mover"]
reason = "mover is sent"

[[operation]]
id = "workflow-update"
success_status = 204
reason = "no body"
"#;

    #[test]
    fn entries_explain_their_subjects_only() {
        let o = Overrides::parse(TEXT).expect("valid");
        let prop = |ty: &str, name: &str| Subject::Property { ty: format!("microsoft.graph.identityGovernance.{ty}"), name: name.into() };
        assert!(o.explains(&prop("run", "totalTasksCount"), "beta").is_some());
        assert!(o.explains(&prop("run", "totalTasksCounts"), "v1.0").is_some());
        assert!(o.explains(&prop("run", "failedTasksCount"), "beta").is_none());
        assert!(o.explains(&prop("runSummary", "totalTasks"), "beta").is_some());
        assert!(o.explains(&prop("runSummary", "totalTasks"), "v1.0").is_none());
        let key = Subject::TypeFact { ty: "microsoft.graph.identityGovernance.workflowBase".into(), fact: TypeFact::Key };
        let base = Subject::TypeFact { ty: "microsoft.graph.identityGovernance.workflowBase".into(), fact: TypeFact::Base };
        assert_eq!(o.explains(&key, "beta"), Some("no key"));
        assert!(o.explains(&base, "beta").is_none());
        let mover = Subject::EnumMember { enum_name: "microsoft.graph.identityGovernance.lifecycleWorkflowCategory".into(), member: "mover".into() };
        assert!(o.explains(&mover, "beta").is_some());
        assert!(o.explains(&Subject::Operation { id: "workflow-update".into() }, "beta").is_some());
        assert!(o.explains(&Subject::Operation { id: "workflow-get".into() }, "beta").is_none());
    }

    #[test]
    fn versions_from_paths() {
        assert_eq!(version_of("api-reference/v1.0/resources/x.md"), "v1.0");
        assert_eq!(version_of("api-reference/beta/api/x.md"), "beta");
    }
}
