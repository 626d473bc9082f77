//! Checks a parsed `$filter` against the docs' "Supports `$filter`(...)" notes and the
//! documented property types, before any data is read.

use super::super::schema::{FilterOp, PropertyInfo, PropertyType, TypeSchema};
use super::{Expr, FilterError, Literal, filter_op};

/// The prefix of `startswith(path, 'prefix')`; an error for any other function (the only one the
/// docs allow) and for `startswith` with other arguments.
pub(super) fn starts_with_prefix<'a>(
    function: &str,
    args: &'a [Literal],
) -> Result<&'a str, FilterError> {
    if function != "startswith" {
        return Err(FilterError {
            code: "UnsupportedFilterOperator",
            message: format!("The function '{function}' is not supported."),
        });
    }
    match args {
        [Literal::Str(prefix)] => Ok(prefix),
        _ => Err(FilterError {
            code: "InvalidFilterSyntax",
            message: "startswith takes a property and a string.".into(),
        }),
    }
}

/// Checks every property and operator against the docs' "Supports `$filter`(...)" notes, and
/// every literal against the documented type of its property, so a mistyped query is refused
/// whatever the data holds.
pub(crate) fn check(expr: &Expr, schema: &TypeSchema) -> Result<(), FilterError> {
    check_inner(expr, schema, false)
}

fn check_inner(expr: &Expr, schema: &TypeSchema, negated: bool) -> Result<(), FilterError> {
    match expr {
        Expr::And(a, b) | Expr::Or(a, b) => {
            check_inner(a, schema, negated)?;
            check_inner(b, schema, negated)
        }
        Expr::Not(inner) => check_inner(inner, schema, true),
        Expr::Compare { path, op, value } => {
            let op = filter_op(*op);
            let rule = allow(schema, path, op, negated)?;
            check_literal(rule, path, op, value)
        }
        Expr::In { path, values } => {
            let rule = allow(schema, path, FilterOp::In, negated)?;
            values
                .iter()
                .try_for_each(|value| check_literal(rule, path, FilterOp::Eq, value))
        }
        Expr::Call {
            function,
            path,
            args,
        } => {
            let prefix = starts_with_prefix(function, args)?;
            let rule = allow(schema, path, FilterOp::StartsWith, negated)?;
            if path.len() == 1 && (rule.is_collection || rule.ty != PropertyType::String) {
                return Err(incompatible(
                    rule,
                    path,
                    "startswith",
                    &Literal::Str(prefix.to_owned()),
                ));
            }
            Ok(())
        }
        // The element type of the collection is not described here, so the body is only
        // checked for shape when it is evaluated. The docs name `any` only; `all` is allowed
        // where `any` is.
        Expr::Lambda { path, .. } => allow(schema, path, FilterOp::Any, negated).map(drop),
    }
}

/// Whether `literal` can be compared with property `rule` by `op`, from the property's
/// documented type. A path into a complex property (`a/b`) is checked when evaluated, since
/// only the first segment's type is known here.
fn check_literal(
    rule: &PropertyInfo,
    path: &[String],
    op: FilterOp,
    literal: &Literal,
) -> Result<(), FilterError> {
    if path.len() > 1 {
        return Ok(());
    }
    let op_word = op.as_str();
    if rule.is_collection {
        return Err(FilterError {
            code: "InvalidFilterType",
            message: format!(
                "Property '{}' is a collection of {}: compare its elements with any().",
                rule.name,
                rule.ty.name()
            ),
        });
    }
    if let PropertyType::Enum {
        name,
        members,
        flags,
        ..
    } = rule.ty
    {
        let Literal::Str(text) = literal else {
            return match literal {
                Literal::Null if op != FilterOp::Has => Ok(()),
                _ => Err(incompatible(rule, path, op_word, literal)),
            };
        };
        let mut given = if flags {
            text.split(',').collect()
        } else {
            vec![text.as_str()]
        };
        given.retain(|member| !members.contains(&member.trim()));
        return match given.first() {
            None => Ok(()),
            Some(unknown) => Err(FilterError {
                code: "InvalidFilterType",
                message: format!(
                    "'{}' is not a member of the enum type '{name}' of property '{}'.",
                    unknown.trim(),
                    rule.name
                ),
            }),
        };
    }
    if op == FilterOp::Has {
        return Err(incompatible(rule, path, op_word, literal));
    }
    let fits = match (rule.ty, literal) {
        (_, Literal::Null) => true,
        (PropertyType::String, Literal::Str(_))
        | (PropertyType::Boolean, Literal::Bool(_))
        | (PropertyType::DateTimeOffset, Literal::DateTime(_))
        | (PropertyType::Guid, Literal::Guid(_)) => true,
        (
            PropertyType::Byte
            | PropertyType::Int16
            | PropertyType::Int32
            | PropertyType::Int64
            | PropertyType::Single
            | PropertyType::Double
            | PropertyType::Decimal,
            Literal::Number(_),
        ) => true,
        // Literals of these types (`duration'P1D'`, bare dates) are not read by this parser, and
        // the docs allow `$filter` on none of them: left to evaluation.
        (
            PropertyType::Date
            | PropertyType::TimeOfDay
            | PropertyType::Duration
            | PropertyType::Binary
            | PropertyType::Stream
            | PropertyType::Untyped(_),
            _,
        ) => true,
        _ => false,
    };
    if fits {
        Ok(())
    } else {
        Err(incompatible(rule, path, op_word, literal))
    }
}

fn incompatible(rule: &PropertyInfo, path: &[String], op: &str, literal: &Literal) -> FilterError {
    let hint = match (rule.ty, literal) {
        (PropertyType::DateTimeOffset, Literal::Str(_)) => {
            " (a DateTimeOffset is compared with an unquoted date, not a string)"
        }
        _ => "",
    };
    FilterError {
        code: "InvalidFilterType",
        message: format!(
            "Operator '{op}' cannot compare property '{}' of type {} with a value of type {}{hint}.",
            path.join("/"),
            rule.ty.name(),
            literal.type_name()
        ),
    }
}

fn allow(
    schema: &TypeSchema,
    path: &[String],
    op: FilterOp,
    negated: bool,
) -> Result<&'static PropertyInfo, FilterError> {
    let name = path.first().map(String::as_str).unwrap_or_default();
    let Some(rule) = schema.property(name) else {
        return Err(FilterError {
            code: "UnsupportedFilterProperty",
            message: format!(
                "Could not find a property named '{name}' on type '{}'.",
                schema.qualified_name
            ),
        });
    };
    if rule.filter.is_empty() {
        return Err(FilterError {
            code: "UnsupportedFilterProperty",
            message: format!("Filtering on property '{name}' is not supported."),
        });
    }
    for needed in [Some(op), negated.then_some(FilterOp::Not)]
        .into_iter()
        .flatten()
    {
        if !rule.filter.contains(&needed) {
            return Err(FilterError {
                code: "UnsupportedFilterOperator",
                message: format!(
                    "The operator '{}' is not supported on property '{name}'.",
                    needed.as_str()
                ),
            });
        }
    }
    Ok(rule)
}
