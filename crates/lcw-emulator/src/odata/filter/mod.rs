//! `$filter`: read by the shared [`lcw_odata`] parser (lexer, expression tree, depth and term
//! limits), then [`check`]ed against what the docs allow and [`eval`]uated on each item.

mod check;
mod eval;

pub(crate) use check::check;
pub(crate) use eval::eval;
pub(crate) use lcw_odata::{CompareOp, Expr, FilterError, LambdaKind, Literal, parse};

use super::schema::FilterOp;

/// The docs' name of a comparison operator.
fn filter_op(op: CompareOp) -> FilterOp {
    match op {
        CompareOp::Eq => FilterOp::Eq,
        CompareOp::Ne => FilterOp::Ne,
        CompareOp::Lt => FilterOp::Lt,
        CompareOp::Le => FilterOp::Le,
        CompareOp::Gt => FilterOp::Gt,
        CompareOp::Ge => FilterOp::Ge,
        CompareOp::Has => FilterOp::Has,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::odata::schema::{PropertyInfo, PropertyType, TypeSchema};
    use lcw_odata::{MAX_FILTER_DEPTH, MAX_FILTER_TERMS};
    use serde_json::{Map, Value, json};

    use FilterOp::*;
    const fn rule(
        name: &'static str,
        ty: PropertyType,
        filter: &'static [FilterOp],
    ) -> PropertyInfo {
        PropertyInfo {
            filter,
            orderby: true,
            ..PropertyInfo::new(name, ty)
        }
    }
    const STATUS: PropertyType = PropertyType::Enum {
        name: "test.status",
        members: &["completed", "failed", "unknownFutureValue", "canceling"],
        after_sentinel: &["canceling"],
        flags: false,
    };
    const CATEGORY: PropertyType = PropertyType::Enum {
        name: "test.category",
        members: &["joiner", "leaver", "unknownFutureValue"],
        after_sentinel: &[],
        flags: true,
    };
    static PROPS: &[PropertyInfo] = &[
        rule(
            "when",
            PropertyType::DateTimeOffset,
            &[Eq, Ne, Lt, Le, Gt, Ge],
        ),
        rule("status", STATUS, &[Eq, Ne]),
        rule("category", CATEGORY, &[Eq, Ne, Has]),
        rule("count", PropertyType::Int32, &[Eq, Gt]),
        PropertyInfo {
            is_collection: true,
            ..rule("tags", PropertyType::Complex("test.tag"), &[Any])
        },
        PropertyInfo {
            is_collection: true,
            ..rule("labels", PropertyType::String, &[Eq, StartsWith])
        },
        rule("name", PropertyType::String, &[Eq, In, StartsWith]),
        rule("tenant", PropertyType::Guid, &[Eq]),
        rule("enabled", PropertyType::Boolean, &[Eq]),
        rule("plain", PropertyType::String, &[]),
    ];

    fn schema() -> TypeSchema {
        TypeSchema {
            qualified_name: "test.item",
            properties: PROPS,
        }
    }

    fn item() -> Map<String, Value> {
        let v = json!({"when": "2022-08-24T23:28:11.1348863Z", "status": "completed",
            "category": "joiner,leaver", "count": 3, "tags": [{"name": "a"}, {"name": "b"}], "plain": "x", "gone": null});
        v.as_object().cloned().unwrap_or_default()
    }

    fn run(filter: &str) -> Result<bool, FilterError> {
        let expr = parse(filter)?;
        check(&expr, &schema())?;
        eval(&expr, &item())
    }

    #[test]
    fn evaluates_documented_operators() {
        assert_eq!(run("when gt 2022-08-01T00:00:00Z"), Ok(true));
        assert_eq!(run("when lt 2022-08-24T23:28:11.2Z"), Ok(true));
        assert_eq!(run("status eq 'completed' and count gt 2"), Ok(true));
        assert_eq!(run("status ne 'completed' or count eq 4"), Ok(false));
        assert_eq!(
            run("(status eq 'failed' or status eq 'completed') and count eq 3"),
            Ok(true)
        );
        assert_eq!(run("category has 'leaver'"), Ok(true));
        assert_eq!(run("tags/any(t: t/name eq 'b')"), Ok(true));
        assert_eq!(run("'completed' eq status"), Ok(true));
        assert_eq!(run("2 lt count"), Ok(true));
        assert_eq!(run("tags/all(t: t/name ne 'c')"), Ok(true));
        assert_eq!(run("tags/all(t: t/name eq 'b')"), Ok(false));
        assert_eq!(
            run("contains(name, 'x')").err().map(|e| e.code),
            Some("UnsupportedFilterOperator")
        );
    }

    #[test]
    fn refuses_undocumented_properties_and_operators() {
        let code = |f: &str| run(f).err().map(|e| e.code);
        assert_eq!(code("status gt 'a'"), Some("UnsupportedFilterOperator"));
        assert_eq!(code("nothing eq 1"), Some("UnsupportedFilterProperty"));
        assert_eq!(code("plain eq 'x'"), Some("UnsupportedFilterProperty"));
        assert_eq!(code("status in ('a')"), Some("UnsupportedFilterOperator"));
        assert_eq!(
            code("not (status eq 'a')"),
            Some("UnsupportedFilterOperator")
        );
        assert_eq!(
            code("startswith(status, 'c')"),
            Some("UnsupportedFilterOperator")
        );
        assert_eq!(code("status like 'a'"), Some("UnsupportedFilterOperator"));
    }

    #[test]
    fn type_mismatch_is_an_error() {
        assert_eq!(
            run("count eq 'three'").err().map(|e| e.code),
            Some("InvalidFilterType")
        );
        assert_eq!(
            run("status eq 2022-08-01T00:00:00Z").err().map(|e| e.code),
            Some("InvalidFilterType")
        );
    }

    /// Checked against the documented types only: no data is looked at.
    fn check_only(filter: &str) -> Result<(), FilterError> {
        check(&parse(filter)?, &schema())
    }

    #[test]
    fn mistyped_literals_are_refused_before_any_data_is_read() {
        for bad in [
            "when eq 'yesterday'",
            "when gt 3",
            "count eq 'three'",
            "count gt true",
            "status eq 3",
            "status eq 2022-08-01T00:00:00Z",
            "status eq 'nonsense'",
            "name in ('a', 5)",
            "category has 'joiner,nope'",
            "category eq 'joiner,leaver,nope'",
            "name eq 5",
            "tenant eq 'dad77a47-6eda-4de7-bc37-fe8eb5aaf17d'",
            "enabled eq 'true'",
            "labels eq 'x'",
            "startswith(labels, 'x')",
        ] {
            let err = check_only(bad).err();
            assert_eq!(
                err.as_ref().map(|e| e.code),
                Some("InvalidFilterType"),
                "{bad}: {err:?}"
            );
        }
        let message = check_only("count eq 'three'")
            .err()
            .map(|e| e.message)
            .unwrap_or_default();
        assert!(
            message.contains("Edm.Int32") && message.contains("Edm.String"),
            "{message}"
        );
    }

    #[test]
    fn well_typed_literals_pass_the_check() {
        for good in [
            "when ge 2022-08-01T00:00:00Z and when ne null",
            "count gt 2",
            "status eq 'canceling' or status ne 'unknownFutureValue'",
            "name in ('a', 'b')",
            "status eq null",
            "category has 'leaver'",
            "category eq 'joiner,leaver'",
            "startswith(name, 'a')",
            "tenant eq dad77a47-6eda-4de7-bc37-fe8eb5aaf17d",
            "enabled eq true",
            "tags/any(t: t/name eq 'b')",
        ] {
            assert_eq!(check_only(good), Ok(()), "{good}");
        }
    }

    #[test]
    fn a_mistyped_literal_is_refused_even_when_every_value_is_null() {
        // Evaluation alone cannot tell: a null property matches nothing and raises nothing.
        let expr = parse("when gt 'yesterday'").ok();
        let nulls = json!({"when": null})
            .as_object()
            .cloned()
            .unwrap_or_default();
        assert_eq!(expr.as_ref().map(|e| eval(e, &nulls)), Some(Ok(false)));
        assert_eq!(
            expr.map(|e| check(&e, &schema()).err().map(|e| e.code)),
            Some(Some("InvalidFilterType"))
        );
    }

    #[test]
    fn the_longest_accepted_filter_checks_and_evaluates() {
        let deep = format!(
            "{}count eq 3{}",
            "(".repeat(MAX_FILTER_DEPTH),
            ")".repeat(MAX_FILTER_DEPTH)
        );
        assert_eq!(run(&deep), Ok(true));
        assert_eq!(
            run(&vec!["count eq 1"; MAX_FILTER_TERMS].join(" or ")),
            Ok(false)
        );
    }

    #[test]
    fn nulls_follow_odata_rules() {
        let expr = parse("gone eq null").ok();
        assert_eq!(expr.map(|e| eval(&e, &item())), Some(Ok(true)));
        let expr = parse("gone gt 1").ok();
        assert_eq!(expr.map(|e| eval(&e, &item())), Some(Ok(false)));
    }
}
