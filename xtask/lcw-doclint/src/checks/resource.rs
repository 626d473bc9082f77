//! Property table against the JSON representation, in both directions: names missing on either
//! side, names that differ only in case, types and collection-ness.

use std::collections::HashSet;

use lcw_docs::build::page_names::{is_resource_annotation, resource_annotation_type};
use lcw_docs::page::{ApiVersion, PropertyRow};

use super::{Ctx, PageCtx};
use crate::codes;
use crate::finding::{Finding, Subject};
use crate::tree::own_type_name;
use crate::typecell::NamedType;
use lcw_docs::parse::json::{Json, Node};

/// What a JSON value or placeholder says about the type of a property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A string or a string placeholder (`"String (timestamp)"`, `"Guid"`).
    Text,
    /// `"Integer"`, `"Int32"` or an integer literal.
    Integer,
    /// `"Double"` or a number with a fraction.
    Number,
    /// `"Boolean"`, `true`, `false`.
    Boolean,
    /// An object.
    Object,
    /// Nothing to compare (`null`).
    Any,
}

/// The shape of a JSON value, reading placeholders as the types they stand for.
pub fn shape_of(node: &Node) -> Shape {
    match &node.value {
        Json::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "integer" | "int" | "int16" | "int32" | "int64" | "byte" => Shape::Integer,
            "double" | "single" | "decimal" | "float" | "number" => Shape::Number,
            "boolean" | "bool" => Shape::Boolean,
            _ => Shape::Text,
        },
        Json::Number(n) if n.contains(['.', 'e', 'E']) => Shape::Number,
        Json::Number(_) => Shape::Integer,
        Json::Bool(_) => Shape::Boolean,
        Json::Object(_) => Shape::Object,
        Json::Null | Json::Array(_) => Shape::Any,
    }
}

/// The shape a documented type expects; `None` when it cannot be told.
pub fn expected_shape(ctx: &Ctx<'_>, version: ApiVersion, ty: &NamedType) -> Option<Shape> {
    if ty.primitive {
        return Some(match ty.name.as_str() {
            "Int16" | "Int32" | "Int64" | "Byte" => Shape::Integer,
            "Single" | "Double" | "Decimal" => Shape::Number,
            "Boolean" => Shape::Boolean,
            _ => Shape::Text,
        });
    }
    if ctx.tree.enum_entry(version, &ty.name).is_some() {
        return Some(Shape::Text);
    }
    ctx.tree
        .type_entry(version, &ty.name)
        .is_some()
        .then_some(Shape::Object)
}

/// Whether a value of shape `found` can stand for a property of shape `expected`.
pub fn shapes_agree(expected: Shape, found: Shape) -> bool {
    expected == found
        || found == Shape::Any
        || (expected == Shape::Number && found == Shape::Integer)
}

/// Compares one documented type with one JSON value: collection-ness, shape, and the nested
/// `@odata.type` of objects. Returns (code, message) for the first disagreement.
pub fn compare_value(
    ctx: &Ctx<'_>,
    version: ApiVersion,
    ty: &NamedType,
    node: &Node,
) -> Option<(&'static str, String)> {
    let (item, is_array) = match &node.value {
        Json::Array(items) => (items.first(), true),
        _ => (Some(node), false),
    };
    if is_array != ty.collection && !matches!(node.value, Json::Null) {
        let (doc, json) = if ty.collection {
            ("a collection", "a single value")
        } else {
            ("a single value", "an array")
        };
        return Some((
            codes::PROPERTY_COLLECTION_MISMATCH,
            format!(
                "the table says {doc} of `{}`, the JSON shows {json}",
                ty.name
            ),
        ));
    }
    let item = item?;
    if let Some(json_type) = item.get("@odata.type").and_then(Node::as_str) {
        let json_type = json_type.trim().trim_start_matches('#');
        if !ty.primitive && json_type != ty.name && !may_derive(ctx, version, json_type, &ty.name) {
            return Some((
                codes::PROPERTY_TYPE_MISMATCH,
                format!(
                    "the table says `{}`, the JSON object is `{json_type}`",
                    ty.name
                ),
            ));
        }
    }
    let expected = expected_shape(ctx, version, ty)?;
    let found = shape_of(item);
    if !shapes_agree(expected, found) {
        return Some((
            codes::PROPERTY_TYPE_MISMATCH,
            format!(
                "the table says `{}`, the JSON shows {found:?}",
                ty.display()
            ),
        ));
    }
    None
}

/// Whether an object of type `sub` may stand where the table says `base`: `sub` documents
/// `base` among its bases, or, having no page, is named as a subtype of it.
fn may_derive(ctx: &Ctx<'_>, version: ApiVersion, sub: &str, base: &str) -> bool {
    match ctx.tree.type_entry(version, sub) {
        Some(_) => ctx.tree.derives_from(version, sub, base),
        None => named_as_subtype(sub, base),
    }
}

/// Whether `sub` is named the way Graph names a type derived from `base`: same namespace, and
/// `base`'s words in order with more words put in before the last (`impactedUserAsset` for
/// `impactedAsset`). Only asked when `sub` has no page, so its base cannot be looked up: the
/// name is then the one evidence there is, and an object that may well be a subtype is not
/// reported. A type with a page is judged by its documented bases alone.
fn named_as_subtype(sub: &str, base: &str) -> bool {
    let (Some((sub_ns, sub_name)), Some((base_ns, base_name))) =
        (sub.rsplit_once('.'), base.rsplit_once('.'))
    else {
        return false;
    };
    let sub_words = camel_words(sub_name);
    let base_words = camel_words(base_name);
    let mut rest = sub_words.iter();
    let in_order = base_words
        .iter()
        .all(|word| rest.any(|w| w.eq_ignore_ascii_case(word)));
    sub_ns == base_ns
        && sub_words.len() > base_words.len()
        && in_order
        && sub_words
            .last()
            .zip(base_words.last())
            .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
}

/// The words of a camelCase name: `impactedUserAsset` is `impacted`, `User`, `Asset`.
fn camel_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            words.push(&name[start..i]);
            start = i;
        }
    }
    words.push(&name[start..]);
    words
}

/// Runs the table/JSON comparison on a resource page.
pub fn check(ctx: &Ctx<'_>, p: &PageCtx<'_>, out: &mut Vec<Finding>) {
    let Some(block_at) = p
        .page
        .blocks
        .iter()
        .position(|b| b.annotation.as_ref().is_some_and(is_resource_annotation))
    else {
        return;
    };
    let Some(json) = p.json.get(block_at).and_then(Option::as_ref) else {
        return;
    };
    let Some(root) = json.root.as_ref() else {
        return;
    };
    let Some(members) = root.members() else {
        return;
    };
    let ty = own_type_name(p.page).unwrap_or_default();
    let block = &p.page.blocks[block_at];
    let about = |name: &str| Subject::Property {
        ty: ty.clone(),
        name: name.to_string(),
    };

    if let (Some(annotated), Some(json_type)) =
        (resource_annotation_type(p.page), root.get("@odata.type"))
    {
        let written = json_type
            .as_str()
            .unwrap_or("")
            .trim()
            .trim_start_matches('#');
        if written != annotated {
            out.push(Finding::new(
                &p.file,
                json.span(json_type.offset),
                codes::JSON_TYPE_MISMATCH,
                format!(
                    "the JSON representation is `{written}`, its annotation says `{annotated}`"
                ),
            ));
        }
    }

    let optional: HashSet<&str> = block
        .annotation
        .as_ref()
        .and_then(|a| a.value.get("optionalProperties"))
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    let rows: Vec<(&PropertyRow, bool)> = p
        .page
        .properties
        .iter()
        .map(|r| (r, false))
        .chain(p.page.relationships.iter().map(|r| (r, true)))
        .collect();

    for &(row, is_relationship) in &rows {
        let name = row.name.value.as_str();
        let exact = members.iter().find(|m| m.key == name);
        let member = exact.or_else(|| members.iter().find(|m| m.key.eq_ignore_ascii_case(name)));
        match member {
            None if !is_relationship && !optional.contains(name) => out.push(
                Finding::new(
                    &p.file,
                    row.name.span,
                    codes::TABLE_PROPERTY_NOT_IN_JSON,
                    format!("`{name}` is in the table but not in the JSON representation"),
                )
                .about(about(name)),
            ),
            None => {}
            Some(m) => {
                if exact.is_none() {
                    out.push(
                        Finding::new(
                            &p.file,
                            row.name.span,
                            codes::PROPERTY_NAME_CASE,
                            format!(
                                "the table spells `{name}`, the JSON representation `{}` (line {})",
                                m.key,
                                json.span(m.key_offset).line
                            ),
                        )
                        .about(about(name)),
                    );
                }
                if let Some(ty_cell) =
                    ctx.tree
                        .read_linked_type(p.page, &row.ty.text, row.ty.link_target.as_deref())
                    && let Some((code, message)) =
                        compare_value(ctx, p.page.version, &ty_cell, &m.value)
                {
                    out.push(
                        Finding::new(
                            &p.file,
                            row.ty.span,
                            code,
                            format!(
                                "`{name}`: {message} (line {})",
                                json.span(m.value.offset).line
                            ),
                        )
                        .about(about(name)),
                    );
                }
            }
        }
    }

    for m in members {
        if m.key.starts_with('@') || m.key.contains("@odata.") {
            continue;
        }
        let in_rows = rows
            .iter()
            .any(|(r, _)| r.name.value.eq_ignore_ascii_case(&m.key));
        let inherited = !in_rows
            && ctx
                .tree
                .find_property(p.page.version, &ty, &m.key)
                .is_some();
        if !in_rows && !inherited && ctx.tree.chain_complete(p.page.version, &ty) {
            out.push(
                Finding::new(
                    &p.file,
                    json.span(m.key_offset),
                    codes::JSON_PROPERTY_NOT_IN_TABLE,
                    format!(
                        "`{}` is in the JSON representation but not in the property table",
                        m.key
                    ),
                )
                .about(about(&m.key)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testkit::*;
    use crate::codes;

    #[test]
    fn a_resource_annotation_in_any_case_is_checked() {
        let annotated = |block_type: &str| {
            let annotation = format!(
                "{{\"blockType\": \"{block_type}\", \"@odata.type\": \"microsoft.graph.identityGovernance.t\"}}"
            );
            let page = resource("t", 10)
                .prop("id", "String", 20)
                .prop("onlyInTable", "String", 21)
                .block(Some(&annotation), 40, "json", r#"{"id": "String"}"#);
            lint_pages(vec![page.build()])
        };
        for block_type in ["resource", "Resource"] {
            let found = annotated(block_type);
            assert_has(&found, codes::TABLE_PROPERTY_NOT_IN_JSON, 21, "onlyInTable");
        }
        let unannotated = annotated("ignored");
        assert!(
            unannotated
                .iter()
                .all(|f| f.code != codes::TABLE_PROPERTY_NOT_IN_JSON),
            "{unannotated:?}"
        );
    }

    #[test]
    fn table_and_json_are_compared_both_ways() {
        let page = resource("t", 10)
            .prop("id", "String", 20)
            .prop("ContinueOnError", "Boolean", 21)
            .prop("count", "Int32", 22)
            .prop("onlyInTable", "String", 23)
            .prop("items", "String collection", 24)
            .prop("config", "microsoft.graph.identityGovernance.t", 25)
            .relationship(
                "related",
                "microsoft.graph.identityGovernance.t collection",
                30,
            )
            .json_block(
                40,
                r##"{
  "@odata.type": "#microsoft.graph.identityGovernance.t",
  "id": "String (identifier)",
  "continueOnError": "Boolean",
  "count": "String",
  "items": "String",
  "config": {"@odata.type": "microsoft.graph.other"},
  "onlyInJson": "String"
}"##,
            );
        let found = lint_pages(vec![page.build()]);
        assert_has(&found, codes::PROPERTY_NAME_CASE, 21, "ContinueOnError");
        assert_has(&found, codes::PROPERTY_TYPE_MISMATCH, 22, "count");
        assert_has(&found, codes::TABLE_PROPERTY_NOT_IN_JSON, 23, "onlyInTable");
        assert_has(&found, codes::PROPERTY_COLLECTION_MISMATCH, 24, "items");
        assert_has(
            &found,
            codes::PROPERTY_TYPE_MISMATCH,
            25,
            "microsoft.graph.other",
        );
        assert_has(&found, codes::JSON_PROPERTY_NOT_IN_TABLE, 47, "onlyInJson");
        // Relationships may be left out of the JSON representation.
        assert!(
            !found.iter().any(|f| f.message.contains("related")),
            "{found:#?}"
        );
        assert_eq!(
            count(&found, codes::TABLE_PROPERTY_NOT_IN_JSON),
            1,
            "{found:#?}"
        );
    }

    #[test]
    fn an_object_of_a_subtype_is_no_type_mismatch() {
        let base = resource("asset", 1).prop("id", "String", 20).build();
        let derived = resource("userAsset", 1)
            .inherits("asset")
            .prop("user", "String", 20)
            .build();
        let unrelated = resource("deviceAssetAsset", 1)
            .prop("id", "String", 20)
            .build();
        let ns = "microsoft.graph.identityGovernance";
        let holder = resource("holder", 1)
            .prop("documented", &format!("{ns}.asset"), 21)
            .prop("undocumented", &format!("{ns}.asset"), 22)
            .prop("unrelated", &format!("{ns}.asset"), 23)
            .prop("documentedLookalike", &format!("{ns}.asset"), 24)
            .prop("otherNamespace", &format!("{ns}.asset"), 25)
            .json_block(
                40,
                &format!(
                    r##"{{
  "documented": {{"@odata.type": "#{ns}.userAsset"}},
  "undocumented": {{"@odata.type": "#{ns}.storageAsset"}},
  "unrelated": {{"@odata.type": "#{ns}.assetOwner"}},
  "documentedLookalike": {{"@odata.type": "#{ns}.deviceAssetAsset"}},
  "otherNamespace": {{"@odata.type": "#microsoft.graph.storageAsset"}}
}}"##
                ),
            );
        let found = lint_pages(vec![base, derived, unrelated, holder.build()]);
        let mismatch_on = |line: u32| {
            found
                .iter()
                .any(|f| f.code == codes::PROPERTY_TYPE_MISMATCH && f.line == line)
        };
        // A documented subtype, and an undocumented one named as Graph names subtypes.
        assert!(!mismatch_on(21), "{found:#?}");
        assert!(!mismatch_on(22), "{found:#?}");
        // Another type, a documented type whose bases say it is no subtype, and a subtype-like
        // name in another namespace are still mismatches.
        assert_has(&found, codes::PROPERTY_TYPE_MISMATCH, 23, "assetOwner");
        assert_has(
            &found,
            codes::PROPERTY_TYPE_MISMATCH,
            24,
            "deviceAssetAsset",
        );
        assert_has(
            &found,
            codes::PROPERTY_TYPE_MISMATCH,
            25,
            "microsoft.graph.storageAsset",
        );
    }

    #[test]
    fn json_type_must_match_its_annotation() {
        let page = resource("t", 10).json_block(
            40,
            "{\n  \"@odata.type\": \"#microsoft.graph.identityGovernance.u\"\n}",
        );
        let found = lint_pages(vec![page.build()]);
        assert_has(
            &found,
            codes::JSON_TYPE_MISMATCH,
            41,
            "identityGovernance.u",
        );
    }

    #[test]
    fn inherited_properties_count_as_documented() {
        let base = resource("base", 1)
            .prop("id", "String", 20)
            .json_block(40, "{\"id\": \"String\"}")
            .build();
        let derived = resource("derived", 1)
            .inherits("base")
            .prop("name", "String", 20)
            .json_block(40, "{\"id\": \"String\", \"name\": \"String\"}")
            .build();
        let found = lint_pages(vec![base, derived]);
        assert_eq!(
            count(&found, codes::JSON_PROPERTY_NOT_IN_TABLE),
            0,
            "{found:#?}"
        );
    }
}
