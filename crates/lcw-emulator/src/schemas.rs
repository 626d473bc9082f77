//! The property rules of the types an operation returns and the enum members that come after
//! the sentinel, both read from the generated metadata (`TYPES` and `PropertyInfo::ty` of each
//! version): no property or enum is named by hand here.

use std::sync::OnceLock;

use lcw_models::{TypeInfo, beta, v1};

use crate::data::enums::{FutureMembers, PropertyFutureMembers};
use crate::odata::schema::TypeSchema;
use crate::routes::table::ApiVersion;

/// The generated types of a version.
pub(crate) fn types(version: ApiVersion) -> &'static [TypeInfo] {
    match version {
        ApiVersion::Beta => beta::TYPES,
        ApiVersion::V1 => v1::TYPES,
    }
}

/// The schema of a qualified type name (`microsoft.graph.identityGovernance.run`) in a version.
pub fn schema_for(version: ApiVersion, qualified_name: &str) -> Option<TypeSchema> {
    let wanted = qualified_name.trim_start_matches('#');
    types(version)
        .iter()
        .find(|t| t.name.eq_ignore_ascii_case(wanted))
        .map(|t| TypeSchema {
            qualified_name: t.name,
            properties: t.properties,
        })
}

/// Whether `property` is an enum-typed property of some generated type of either version: the
/// places an undocumented member can turn up.
pub fn is_enum_property(property: &str) -> bool {
    static NAMES: OnceLock<std::collections::BTreeSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            let all = [ApiVersion::Beta, ApiVersion::V1]
                .into_iter()
                .flat_map(types)
                .flat_map(|t| t.properties);
            all.filter(|p| matches!(p.ty, lcw_models::PropertyType::Enum { .. }))
                .map(|p| p.name)
                .collect()
        })
        .contains(property)
}

/// Enum members documented after `unknownFutureValue`, from the property types of every
/// generated type of both versions (nested values, such as a trigger inside a workflow's
/// execution conditions, are matched by their property names too).
pub struct DocumentedFutureMembers;

impl FutureMembers for DocumentedFutureMembers {
    fn is_after_sentinel(&self, property: &str, value: &str) -> bool {
        static MEMBERS: OnceLock<PropertyFutureMembers> = OnceLock::new();
        MEMBERS
            .get_or_init(|| {
                let all = [ApiVersion::Beta, ApiVersion::V1]
                    .into_iter()
                    .flat_map(types);
                PropertyFutureMembers::from_properties(all.flat_map(|t| t.properties))
            })
            .is_after_sentinel(property, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lcw_models::{GraphEnum, GraphType, PropertyType};

    #[test]
    fn enum_properties_come_from_the_metadata() {
        for name in [
            "processingStatus",
            "workflowExecutionType",
            "category",
            "timeBasedAttribute",
        ] {
            assert!(is_enum_property(name), "{name}");
        }
        assert!(!is_enum_property("displayName"));
        assert!(!is_enum_property("id"));
    }

    #[test]
    fn every_generated_type_has_a_schema() {
        let run = schema_for(ApiVersion::Beta, "#microsoft.graph.identityGovernance.run");
        assert_eq!(run.map(|s| s.properties), Some(beta::Run::PROPERTIES));
        let trigger = schema_for(
            ApiVersion::V1,
            "microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
        );
        assert!(trigger.is_some_and(|s| s.property("timeBasedAttribute").is_some()));
        assert!(
            schema_for(
                ApiVersion::Beta,
                "microsoft.graph.identityGovernance.nothing"
            )
            .is_none()
        );
    }

    /// Every member the generated enums place after the sentinel, per property, agrees with the
    /// lookup, and nothing else is hidden.
    fn agrees_with_enum<E: GraphEnum>(property: &str, is_later: impl Fn(&E) -> bool) {
        for member in E::KNOWN {
            assert_eq!(
                DocumentedFutureMembers.is_after_sentinel(property, member.as_str()),
                is_later(member),
                "{property}: {}",
                member.as_str()
            );
        }
    }

    #[test]
    fn future_members_follow_the_generated_enums() {
        agrees_with_enum(
            "category",
            beta::LifecycleWorkflowCategory::is_after_sentinel,
        );
        agrees_with_enum(
            "processingStatus",
            beta::LifecycleWorkflowProcessingStatus::is_after_sentinel,
        );
        agrees_with_enum(
            "timeBasedAttribute",
            beta::WorkflowTriggerTimeBasedAttribute::is_after_sentinel,
        );
        assert!(
            !DocumentedFutureMembers.is_after_sentinel("displayName", "mover"),
            "only enum properties"
        );
        // A later member exists in the docs, so the lookup is not trivially empty.
        let later = beta::TYPES
            .iter()
            .flat_map(|t| t.properties)
            .find_map(|p| match p.ty {
                PropertyType::Enum {
                    after_sentinel: [first, ..],
                    ..
                } => Some((p.name, *first)),
                _ => None,
            });
        let Some((property, member)) = later else {
            panic!("the docs list no member after the sentinel")
        };
        assert!(DocumentedFutureMembers.is_after_sentinel(property, member));
    }
}
