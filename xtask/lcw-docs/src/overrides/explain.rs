//! Which entry explains a finding: the lint and the drift report ask by subject and version.

use super::{Entry, Overrides, PropertyOverride, active, canonical_query_option};
use crate::page::ApiVersion;

impl Overrides {
    /// The reason of the entry that corrects `property` of `type_name` in `version`: a
    /// `[[property]]` naming it as the page spells it or as its wire name, else an
    /// `[[add_property]]` adding it. For the lint and the drift report.
    pub fn property_reason(
        &self,
        version: ApiVersion,
        type_name: &str,
        property: &str,
    ) -> Option<&str> {
        let added = || {
            active(&self.add_property, version)
                .find(|o| o.type_name == type_name && o.name == property)
        };
        self.property_entry(version, type_name, property, |_| true)
            .map(Entry::reason)
            .or_else(|| added().map(Entry::reason))
    }

    /// The reason of the `[[property]]` entry that sets the `$filter` operators or `$orderby`
    /// of `property` (as the page spells it) of `type_name` in `version`.
    pub fn query_support_reason(
        &self,
        version: ApiVersion,
        type_name: &str,
        property: &str,
    ) -> Option<&str> {
        self.property_entry(version, type_name, property, |o| {
            o.filter.is_some() || o.orderby.is_some()
        })
        .map(Entry::reason)
    }

    /// The reason of the `[[property]]` entry that sets the type of `property` (as the page
    /// spells it) of `type_name` in `version`.
    pub fn property_type_reason(
        &self,
        version: ApiVersion,
        type_name: &str,
        property: &str,
    ) -> Option<&str> {
        self.property_entry(version, type_name, property, |o| o.ty.is_some())
            .map(Entry::reason)
    }

    /// The first `[[property]]` entry of `version` naming `property` of `type_name` (by the page's
    /// spelling or by its wire name) for which `sets` holds.
    fn property_entry(
        &self,
        version: ApiVersion,
        type_name: &str,
        property: &str,
        sets: impl Fn(&PropertyOverride) -> bool,
    ) -> Option<&PropertyOverride> {
        active(&self.property, version).find(|o| {
            o.type_name == type_name
                && (o.name == property || o.wire_name.as_deref() == Some(property))
                && sets(o)
        })
    }

    /// The reason of the `[[operation]]` entry that adds query option `option` (canonical,
    /// `$select`) to operation `id` in `version`.
    pub fn query_option_reason(&self, version: ApiVersion, id: &str, option: &str) -> Option<&str> {
        active(&self.operation, version)
            .find(|o| {
                o.id == id
                    && o.add_query_options
                        .iter()
                        .any(|q| canonical_query_option(q) == option)
            })
            .map(Entry::reason)
    }

    /// The reason of the `[[type]]` entry that sets the base type of `type_name` in `version`.
    pub fn base_reason(&self, version: ApiVersion, type_name: &str) -> Option<&str> {
        active(&self.types, version)
            .find(|o| o.type_name == type_name && o.base.is_some())
            .map(Entry::reason)
    }

    /// The reason of the `[[type]]` entry that sets the key of `type_name` in `version`.
    pub fn key_reason(&self, version: ApiVersion, type_name: &str) -> Option<&str> {
        active(&self.types, version)
            .find(|o| o.type_name == type_name && o.key.is_some())
            .map(Entry::reason)
    }

    /// The reason of the `[[enum]]` entry that adds `member` to `enum_name` in `version`.
    pub fn member_reason(
        &self,
        version: ApiVersion,
        enum_name: &str,
        member: &str,
    ) -> Option<&str> {
        active(&self.enums, version)
            .find(|o| o.name == enum_name && o.add_members.iter().any(|m| m == member))
            .map(Entry::reason)
    }

    /// The reason of the `[[operation]]` entry that corrects what operation `id` returns (its
    /// return type or success status) in `version`.
    pub fn result_reason(&self, version: ApiVersion, id: &str) -> Option<&str> {
        active(&self.operation, version)
            .find(|o| o.id == id && (o.returns.is_some() || o.success_status.is_some()))
            .map(Entry::reason)
    }

    /// The reason of the `[[operation]]` entry that replaces the request path of operation `id`
    /// in `version`.
    pub fn path_reason(&self, version: ApiVersion, id: &str) -> Option<&str> {
        active(&self.operation, version)
            .find(|o| o.id == id && o.path.is_some())
            .map(Entry::reason)
    }

    /// The reason of the `[[example]]` entry that takes the body of example `example` (its
    /// request annotation's name) of operation `id` out of member `member`, in `version`.
    pub fn unwrap_reason(
        &self,
        version: ApiVersion,
        id: &str,
        example: &str,
        member: &str,
    ) -> Option<&str> {
        active(&self.example, version)
            .find(|o| {
                o.operation == id
                    && o.unwrap == member
                    && o.name.as_deref().is_none_or(|name| name == example)
            })
            .map(Entry::reason)
    }
}

#[cfg(test)]
mod tests {
    use super::super::schema::tests::parse;
    use crate::page::ApiVersion;

    const FIXES: &str = r#"
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

[[operation]]
id = "workflow-list"
path = "/a/workflows"
reason = "the page gives another path"

[[example]]
operation = "workflow-activate"
versions = ["beta"]
name = "activate_one"
unwrap = "workflow"
reason = "the service sends the workflow itself"
"#;

    #[test]
    fn entries_explain_what_they_correct_only() {
        let (o, diagnostics) = parse(FIXES);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(o.unreadable, None);
        let (beta, v1) = (ApiVersion::Beta, ApiVersion::V1);
        let ns = |name: &str| format!("microsoft.graph.identityGovernance.{name}");
        assert!(
            o.property_reason(beta, &ns("run"), "totalTasksCount")
                .is_some()
        );
        assert!(
            o.property_reason(v1, &ns("run"), "totalTasksCounts")
                .is_some()
        );
        assert!(
            o.property_reason(beta, &ns("run"), "failedTasksCount")
                .is_none()
        );
        assert!(
            o.property_reason(beta, &ns("runSummary"), "totalTasks")
                .is_some()
        );
        assert!(
            o.property_reason(v1, &ns("runSummary"), "totalTasks")
                .is_none()
        );
        assert_eq!(o.key_reason(beta, &ns("workflowBase")), Some("no key"));
        assert!(o.base_reason(beta, &ns("workflowBase")).is_none());
        let category = ns("lifecycleWorkflowCategory");
        assert!(o.member_reason(beta, &category, "mover").is_some());
        assert!(o.member_reason(beta, &category, "joiner").is_none());
        assert!(o.result_reason(beta, "workflow-update").is_some());
        assert!(o.result_reason(beta, "workflow-get").is_none());
        assert!(o.result_reason(beta, "workflow-list").is_none());
        assert!(o.path_reason(beta, "workflow-list").is_some());
        assert!(o.path_reason(beta, "workflow-update").is_none());
        let unwrap = |version, example: &str, member: &str| {
            o.unwrap_reason(version, "workflow-activate", example, member)
        };
        assert!(unwrap(beta, "activate_one", "workflow").is_some());
        assert!(unwrap(beta, "activate_two", "workflow").is_none());
        assert!(unwrap(beta, "activate_one", "run").is_none());
        assert!(unwrap(v1, "activate_one", "workflow").is_none());
    }
}
