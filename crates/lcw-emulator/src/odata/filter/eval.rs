//! Evaluates a checked `$filter` on one item, as the caller sees it.

use serde_json::{Map, Value};

use super::super::value::{SortKey, resolve_path};
use super::check::starts_with_prefix;
use super::{CompareOp, Expr, FilterError, LambdaKind, Literal};
use crate::clock;

/// Evaluates `expr` on one object, as the caller sees it.
pub(crate) fn eval(expr: &Expr, item: &Map<String, Value>) -> Result<bool, FilterError> {
    eval_scoped(
        expr,
        &Scope {
            root: item,
            lambda: None,
        },
    )
}

struct Scope<'a> {
    root: &'a Map<String, Value>,
    lambda: Option<(&'a str, &'a Value)>,
}

impl<'a> Scope<'a> {
    fn lookup(&self, path: &[String]) -> Option<&'a Value> {
        if let Some((var, element)) = self.lambda
            && path.first().is_some_and(|p| p == var)
        {
            let mut current = element;
            for segment in &path[1..] {
                current = current.as_object()?.get(segment)?;
            }
            return Some(current);
        }
        resolve_path(self.root, path)
    }
}

fn eval_scoped(expr: &Expr, scope: &Scope<'_>) -> Result<bool, FilterError> {
    Ok(match expr {
        Expr::And(a, b) => eval_scoped(a, scope)? && eval_scoped(b, scope)?,
        Expr::Or(a, b) => eval_scoped(a, scope)? || eval_scoped(b, scope)?,
        Expr::Not(inner) => !eval_scoped(inner, scope)?,
        Expr::Compare { path, op, value } => compare(scope.lookup(path), *op, value, path)?,
        Expr::In { path, values } => {
            let actual = scope.lookup(path);
            let mut found = false;
            for v in values {
                found |= compare(actual, CompareOp::Eq, v, path)?;
            }
            found
        }
        Expr::Call {
            function,
            path,
            args,
        } => {
            let prefix = starts_with_prefix(function, args)?;
            starts_with(scope.lookup(path), prefix, path)?
        }
        Expr::Lambda {
            path,
            kind,
            var,
            body,
        } => match scope.lookup(path) {
            Some(Value::Array(items)) => {
                // `any` stops at the first match, `all` at the first miss.
                let wanted = *kind == LambdaKind::Any;
                let mut decided = !wanted;
                for element in items {
                    let inner = Scope {
                        root: scope.root,
                        lambda: Some((var.as_str(), element)),
                    };
                    if eval_scoped(body, &inner)? == wanted {
                        decided = wanted;
                        break;
                    }
                }
                decided
            }
            None | Some(Value::Null) => false,
            Some(_) => return Err(mismatch(path, "any() and all() need a collection")),
        },
    })
}

fn starts_with(actual: Option<&Value>, prefix: &str, path: &[String]) -> Result<bool, FilterError> {
    Ok(match actual {
        Some(Value::String(s)) => s.to_lowercase().starts_with(&prefix.to_lowercase()),
        None | Some(Value::Null) => false,
        Some(_) => return Err(mismatch(path, "startswith needs a string property")),
    })
}

fn mismatch(path: &[String], what: &str) -> FilterError {
    FilterError {
        code: "InvalidFilterType",
        message: format!("Property '{}': {what}.", path.join("/")),
    }
}

fn compare(
    actual: Option<&Value>,
    op: CompareOp,
    literal: &Literal,
    path: &[String],
) -> Result<bool, FilterError> {
    use std::cmp::Ordering;
    let actual = match actual {
        None | Some(Value::Null) => {
            let is_null = matches!(literal, Literal::Null);
            return Ok(match op {
                CompareOp::Eq => is_null,
                CompareOp::Ne => !is_null,
                _ => false,
            });
        }
        Some(v) => v,
    };
    if op == CompareOp::Has {
        return match (actual, literal) {
            (Value::String(s), Literal::Str(member)) => {
                Ok(s.split(',').any(|m| m.trim() == member))
            }
            _ => Err(mismatch(
                path,
                "'has' compares a flags enum with a member name",
            )),
        };
    }
    let ordering: Option<Ordering> = match (actual, literal) {
        (_, Literal::Null) => None,
        (Value::String(s), Literal::Str(_)) if clock::parse_instant(s).is_some() => {
            return Err(mismatch(
                path,
                "a DateTimeOffset property is compared with an unquoted date, not a string",
            ));
        }
        (Value::String(s), Literal::Str(l)) => Some(s.as_str().cmp(l.as_str())),
        (Value::String(s), Literal::Guid(g)) => Some(s.to_ascii_lowercase().cmp(g)),
        (Value::String(s), Literal::DateTime(t)) => match clock::parse_instant(s) {
            Some(v) => Some(v.cmp(t)),
            None => {
                return Err(mismatch(
                    path,
                    "a date was compared with a property that is not one",
                ));
            }
        },
        (Value::Number(n), Literal::Number(l)) => n.as_f64().and_then(|v| v.partial_cmp(l)),
        (Value::Bool(b), Literal::Bool(l)) => Some(b.cmp(l)),
        _ => {
            return Err(FilterError {
                code: "InvalidFilterType",
                message: format!(
                    "A value of type {} cannot be compared with property '{}' of type {}.",
                    literal.type_name(),
                    path.join("/"),
                    SortKey::type_name(actual)
                ),
            });
        }
    };
    Ok(match (op, ordering) {
        (CompareOp::Ne, None) => true,
        (_, None) => false,
        (CompareOp::Eq, Some(o)) => o == Ordering::Equal,
        (CompareOp::Ne, Some(o)) => o != Ordering::Equal,
        (CompareOp::Lt, Some(o)) => o == Ordering::Less,
        (CompareOp::Le, Some(o)) => o != Ordering::Greater,
        (CompareOp::Gt, Some(o)) => o == Ordering::Greater,
        (CompareOp::Ge, Some(o)) => o != Ordering::Less,
        (_, Some(_)) => false,
    })
}
