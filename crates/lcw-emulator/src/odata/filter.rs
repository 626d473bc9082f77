//! `$filter`: parse to an expression tree, check it against what the docs allow, evaluate it.

use serde_json::{Map, Value};

use super::lexer::{Token, TokenKind, tokenize};
use super::schema::{FilterOp, PropertyInfo, PropertyType, TypeSchema};
use super::value::{SortKey, resolve_path};
use crate::clock;

/// A literal on the right-hand side of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// `'text'` (also enum members).
    Str(String),
    /// A number.
    Number(f64),
    /// `true` / `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// An unquoted date and time, in ticks.
    DateTime(i64),
    /// An unquoted GUID (lower case).
    Guid(String),
}

/// The operators that compare a property with one value (`path op literal`).
const COMPARISONS: [FilterOp; 7] = [
    FilterOp::Eq,
    FilterOp::Ne,
    FilterOp::Lt,
    FilterOp::Le,
    FilterOp::Gt,
    FilterOp::Ge,
    FilterOp::Has,
];

/// A comparison operator written as OData spells it (lower case).
fn comparison(word: &str) -> Option<FilterOp> {
    COMPARISONS.into_iter().find(|op| op.as_str() == word)
}

/// The operator with its operands swapped: `2 lt count` is `count gt 2`.
fn mirrored(op: FilterOp) -> FilterOp {
    match op {
        FilterOp::Lt => FilterOp::Gt,
        FilterOp::Le => FilterOp::Ge,
        FilterOp::Gt => FilterOp::Lt,
        FilterOp::Ge => FilterOp::Le,
        other => other,
    }
}

/// A parsed `$filter` expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// `a and b`
    And(Box<Expr>, Box<Expr>),
    /// `a or b`
    Or(Box<Expr>, Box<Expr>),
    /// `not a`
    Not(Box<Expr>),
    /// `path op literal`
    Compare {
        /// Property path, split on `/`.
        path: Vec<String>,
        /// Operator: one of the comparisons (`eq` ... `ge`, `has`).
        op: FilterOp,
        /// Right-hand side.
        value: Literal,
    },
    /// `path in (literal, ...)`
    In {
        /// Property path.
        path: Vec<String>,
        /// Candidates.
        values: Vec<Literal>,
    },
    /// `startswith(path, 'prefix')`
    StartsWith {
        /// Property path.
        path: Vec<String>,
        /// Prefix.
        prefix: String,
    },
    /// `path/any(var: body)`
    Any {
        /// Collection property path.
        path: Vec<String>,
        /// Lambda variable.
        var: String,
        /// Condition on each element.
        body: Box<Expr>,
    },
}

/// Why a `$filter` was refused; becomes a `400` with the inner code.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterError {
    /// Inner error code (`InvalidFilterSyntax`, `UnsupportedFilterProperty`, ...).
    pub code: &'static str,
    /// Message for the caller.
    pub message: String,
}

impl FilterError {
    fn syntax(input: &str, pos: usize, what: &str) -> Self {
        Self {
            code: "InvalidFilterSyntax",
            message: format!("Syntax error at position {pos} in '{input}': {what}."),
        }
    }
}

/// Parses `input` into an expression.
pub fn parse(input: &str) -> Result<Expr, FilterError> {
    let tokens = tokenize(input).map_err(|e| FilterError::syntax(input, e.pos, &e.message))?;
    if tokens.is_empty() {
        return Err(FilterError::syntax(input, 0, "the expression is empty"));
    }
    let mut parser = Parser {
        input,
        tokens,
        at: 0,
        depth: 0,
        terms: 0,
    };
    let expr = parser.or_expr()?;
    match parser.peek() {
        None => Ok(expr),
        Some(t) => Err(FilterError::syntax(
            input,
            t.pos,
            "unexpected token after the end of the expression",
        )),
    }
}

/// Deepest nesting of parentheses, `not` and lambdas a `$filter` may have. The checker, the
/// evaluator and dropping the tree all recurse on it, so it must stay far below what a thread
/// stack holds.
pub const MAX_FILTER_DEPTH: usize = 100;

/// Most comparisons a `$filter` may hold: an `and`/`or` chain is a tree as deep as it is long.
pub const MAX_FILTER_TERMS: usize = 200;

/// Inner error code of a `$filter` over [`MAX_FILTER_DEPTH`] or [`MAX_FILTER_TERMS`].
pub const FILTER_TOO_COMPLEX: &str = "FilterTooComplex";

struct Parser<'a> {
    input: &'a str,
    tokens: Vec<Token>,
    at: usize,
    /// Current nesting of parentheses, `not` and lambdas.
    depth: usize,
    /// Comparisons read so far.
    terms: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn end_pos(&self) -> usize {
        self.input.len()
    }

    fn error_here(&self, what: &str) -> FilterError {
        let pos = self.peek().map_or(self.end_pos(), |t| t.pos);
        FilterError::syntax(self.input, pos, what)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += usize::from(token.is_some());
        token
    }

    fn eat_word(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some(Token { kind: TokenKind::Ident(w), .. }) if w == word) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, kind: &TokenKind, what: &str) -> Result<(), FilterError> {
        match self.peek() {
            Some(t) if &t.kind == kind => {
                self.at += 1;
                Ok(())
            }
            _ => Err(self.error_here(&format!("expected {what}"))),
        }
    }

    /// Enters one nesting level; the caller calls [`Self::leave`] once the level is read.
    fn enter(&mut self) -> Result<(), FilterError> {
        self.depth += 1;
        if self.depth > MAX_FILTER_DEPTH {
            let pos = self.peek().map_or(self.end_pos(), |t| t.pos);
            return Err(FilterError {
                code: FILTER_TOO_COMPLEX,
                message: format!(
                    "The $filter nests deeper than {MAX_FILTER_DEPTH} levels (parentheses, 'not' and lambdas) at position {pos}."
                ),
            });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn count_term(&mut self) -> Result<(), FilterError> {
        self.terms += 1;
        if self.terms > MAX_FILTER_TERMS {
            return Err(FilterError {
                code: FILTER_TOO_COMPLEX,
                message: format!("The $filter has more than {MAX_FILTER_TERMS} comparisons."),
            });
        }
        Ok(())
    }

    fn or_expr(&mut self) -> Result<Expr, FilterError> {
        let mut left = self.and_expr()?;
        while self.eat_word("or") {
            let right = self.and_expr()?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and_expr(&mut self) -> Result<Expr, FilterError> {
        let mut left = self.unary()?;
        while self.eat_word("and") {
            let right = self.unary()?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, FilterError> {
        if self.eat_word("not") {
            self.enter()?;
            let inner = self.unary()?;
            self.leave();
            return Ok(Expr::Not(Box::new(inner)));
        }
        if matches!(self.peek().map(|t| &t.kind), Some(TokenKind::LParen)) {
            self.at += 1;
            self.enter()?;
            let inner = self.or_expr()?;
            self.expect(&TokenKind::RParen, "')'")?;
            self.leave();
            return Ok(inner);
        }
        self.count_term()?;
        self.primary()
    }

    fn primary(&mut self) -> Result<Expr, FilterError> {
        let Some(token) = self.next() else {
            return Err(self.error_here("expected a comparison"));
        };
        match token.kind {
            TokenKind::Ident(name)
                if name.eq_ignore_ascii_case("startswith") && self.at_lparen() =>
            {
                self.at += 1;
                let path = self.path()?;
                self.expect(&TokenKind::Comma, "','")?;
                let prefix = match self.literal()? {
                    Literal::Str(s) => s,
                    _ => {
                        return Err(FilterError::syntax(
                            self.input,
                            token.pos,
                            "startswith takes a string",
                        ));
                    }
                };
                self.expect(&TokenKind::RParen, "')'")?;
                Ok(Expr::StartsWith { path, prefix })
            }
            TokenKind::Ident(name) if is_lambda(&name) && self.at_lparen() => {
                self.lambda(&name, token.pos)
            }
            TokenKind::Ident(name) if !is_keyword(&name) => {
                let path = self.split_path(&name, token.pos)?;
                self.comparison_after_path(path)
            }
            _ => {
                // A literal on the left: `'x' eq prop`.
                self.at -= 1;
                let value = self.literal()?;
                let op = self.operator()?;
                let path = self.path()?;
                Ok(Expr::Compare {
                    path,
                    op: mirrored(op),
                    value,
                })
            }
        }
    }

    fn at_lparen(&self) -> bool {
        matches!(self.peek().map(|t| &t.kind), Some(TokenKind::LParen))
    }

    fn comparison_after_path(&mut self, path: Vec<String>) -> Result<Expr, FilterError> {
        if self.eat_word("in") {
            self.expect(&TokenKind::LParen, "'(' after 'in'")?;
            let mut values = vec![self.literal()?];
            while matches!(self.peek().map(|t| &t.kind), Some(TokenKind::Comma)) {
                self.at += 1;
                values.push(self.literal()?);
            }
            self.expect(&TokenKind::RParen, "')'")?;
            return Ok(Expr::In { path, values });
        }
        let op = self.operator()?;
        let value = self.literal()?;
        Ok(Expr::Compare { path, op, value })
    }

    fn lambda(&mut self, name: &str, pos: usize) -> Result<Expr, FilterError> {
        let collection = name.rsplit_once('/').map_or("", |(p, _)| p);
        let path = self.split_path(collection, pos)?;
        self.expect(&TokenKind::LParen, "'('")?;
        let var = match self.next().map(|t| t.kind) {
            Some(TokenKind::Ident(v)) if !v.contains('/') && !is_keyword(&v) => v,
            _ => {
                return Err(FilterError::syntax(
                    self.input,
                    pos,
                    "expected a lambda variable",
                ));
            }
        };
        self.expect(&TokenKind::Colon, "':' after the lambda variable")?;
        self.enter()?;
        let body = self.or_expr()?;
        self.expect(&TokenKind::RParen, "')'")?;
        self.leave();
        Ok(Expr::Any {
            path,
            var,
            body: Box::new(body),
        })
    }

    fn path(&mut self) -> Result<Vec<String>, FilterError> {
        match self.next() {
            Some(Token {
                kind: TokenKind::Ident(name),
                pos,
            }) if !is_keyword(&name) => self.split_path(&name, pos),
            Some(t) => Err(FilterError::syntax(
                self.input,
                t.pos,
                "expected a property name",
            )),
            None => Err(self.error_here("expected a property name")),
        }
    }

    fn split_path(&self, name: &str, pos: usize) -> Result<Vec<String>, FilterError> {
        let parts: Vec<String> = name.split('/').map(str::to_owned).collect();
        if parts.iter().any(String::is_empty) {
            return Err(FilterError::syntax(
                self.input,
                pos,
                "empty segment in a property path",
            ));
        }
        Ok(parts)
    }

    fn operator(&mut self) -> Result<FilterOp, FilterError> {
        match self.next() {
            Some(Token {
                kind: TokenKind::Ident(w),
                pos,
            }) => comparison(&w).ok_or_else(|| FilterError {
                code: "UnsupportedFilterOperator",
                message: format!("The operator '{w}' at position {pos} is not supported."),
            }),
            Some(t) => Err(FilterError::syntax(
                self.input,
                t.pos,
                "expected an operator",
            )),
            None => Err(self.error_here("expected an operator")),
        }
    }

    fn literal(&mut self) -> Result<Literal, FilterError> {
        let Some(token) = self.next() else {
            return Err(self.error_here("expected a value"));
        };
        Ok(match token.kind {
            TokenKind::Str(s) => Literal::Str(s),
            TokenKind::Number(n) => Literal::Number(n),
            TokenKind::DateTime(t) => Literal::DateTime(t),
            TokenKind::Guid(g) => Literal::Guid(g),
            TokenKind::Ident(w) if w == "true" => Literal::Bool(true),
            TokenKind::Ident(w) if w == "false" => Literal::Bool(false),
            TokenKind::Ident(w) if w == "null" => Literal::Null,
            _ => {
                return Err(FilterError::syntax(
                    self.input,
                    token.pos,
                    "expected a value",
                ));
            }
        })
    }
}

fn is_lambda(name: &str) -> bool {
    name.ends_with("/any") || name.ends_with("/all")
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "or"
            | "not"
            | "eq"
            | "ne"
            | "lt"
            | "le"
            | "gt"
            | "ge"
            | "has"
            | "in"
            | "true"
            | "false"
            | "null"
    )
}

/// Checks every property and operator against the docs' "Supports `$filter`(...)" notes, and
/// every literal against the documented type of its property, so a mistyped query is refused
/// whatever the data holds.
pub fn check(expr: &Expr, schema: &TypeSchema) -> Result<(), FilterError> {
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
            let rule = allow(schema, path, *op, negated)?;
            check_literal(rule, path, *op, value)
        }
        Expr::In { path, values } => {
            let rule = allow(schema, path, FilterOp::In, negated)?;
            values
                .iter()
                .try_for_each(|value| check_literal(rule, path, FilterOp::Eq, value))
        }
        Expr::StartsWith { path, prefix } => {
            let rule = allow(schema, path, FilterOp::StartsWith, negated)?;
            if path.len() == 1 && (rule.is_collection || rule.ty != PropertyType::String) {
                return Err(incompatible(
                    rule,
                    path,
                    "startswith",
                    &Literal::Str(prefix.clone()),
                ));
            }
            Ok(())
        }
        // The element type of the collection is not described here, so the body is only
        // checked for shape when it is evaluated.
        Expr::Any { path, .. } => allow(schema, path, FilterOp::Any, negated).map(drop),
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
            literal_type(literal)
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

/// Evaluates `expr` on one object, as the caller sees it.
pub fn eval(expr: &Expr, item: &Map<String, Value>) -> Result<bool, FilterError> {
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
                found |= compare(actual, FilterOp::Eq, v, path)?;
            }
            found
        }
        Expr::StartsWith { path, prefix } => match scope.lookup(path) {
            Some(Value::String(s)) => s.to_lowercase().starts_with(&prefix.to_lowercase()),
            None | Some(Value::Null) => false,
            Some(_) => return Err(mismatch(path, "startswith needs a string property")),
        },
        Expr::Any { path, var, body } => match scope.lookup(path) {
            Some(Value::Array(items)) => {
                let mut any = false;
                for element in items {
                    let inner = Scope {
                        root: scope.root,
                        lambda: Some((var.as_str(), element)),
                    };
                    if eval_scoped(body, &inner)? {
                        any = true;
                        break;
                    }
                }
                any
            }
            None | Some(Value::Null) => false,
            Some(_) => return Err(mismatch(path, "any() needs a collection")),
        },
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
    op: FilterOp,
    literal: &Literal,
    path: &[String],
) -> Result<bool, FilterError> {
    use std::cmp::Ordering;
    let actual = match actual {
        None | Some(Value::Null) => {
            let is_null = matches!(literal, Literal::Null);
            return Ok(match op {
                FilterOp::Eq => is_null,
                FilterOp::Ne => !is_null,
                _ => false,
            });
        }
        Some(v) => v,
    };
    if op == FilterOp::Has {
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
        (Value::String(s), Literal::Str(_)) if clock::parse_rfc3339(s).is_some() => {
            return Err(mismatch(
                path,
                "a DateTimeOffset property is compared with an unquoted date, not a string",
            ));
        }
        (Value::String(s), Literal::Str(l)) => Some(s.as_str().cmp(l.as_str())),
        (Value::String(s), Literal::Guid(g)) => Some(s.to_ascii_lowercase().cmp(g)),
        (Value::String(s), Literal::DateTime(t)) => match clock::parse_rfc3339(s) {
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
                    literal_type(literal),
                    path.join("/"),
                    SortKey::type_name(actual)
                ),
            });
        }
    };
    Ok(match (op, ordering) {
        (FilterOp::Ne, None) => true,
        (_, None) => false,
        (FilterOp::Eq, Some(o)) => o == Ordering::Equal,
        (FilterOp::Ne, Some(o)) => o != Ordering::Equal,
        (FilterOp::Lt, Some(o)) => o == Ordering::Less,
        (FilterOp::Le, Some(o)) => o != Ordering::Greater,
        (FilterOp::Gt, Some(o)) => o == Ordering::Greater,
        (FilterOp::Ge, Some(o)) => o != Ordering::Less,
        (_, Some(_)) => false,
    })
}

fn literal_type(literal: &Literal) -> &'static str {
    match literal {
        Literal::Str(_) => "Edm.String",
        Literal::Number(_) => "Edm.Double",
        Literal::Bool(_) => "Edm.Boolean",
        Literal::Null => "null",
        Literal::DateTime(_) => "Edm.DateTimeOffset",
        Literal::Guid(_) => "Edm.Guid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::odata::schema::PropertyInfo;
    use serde_json::json;

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
    fn refuses_bad_syntax_with_a_position() {
        for bad in [
            "",
            "status eq",
            "status eq 'a' and",
            "(status eq 'a'",
            "status eq 'a')",
            "eq 'a'",
            "status 'a'",
        ] {
            let err = parse(bad).err();
            assert!(
                err.as_ref()
                    .is_some_and(|e| e.code == "InvalidFilterSyntax"
                        || e.code == "UnsupportedFilterOperator"),
                "{bad}: {err:?}"
            );
        }
        let err = parse("status eq 'a' xyz").err().map(|e| e.message);
        assert!(err.is_some_and(|m| m.contains("position 14")));
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
    fn nesting_and_length_are_bounded() {
        let code = |f: &str| parse(f).err().map(|e| e.code);
        let nested = |n: usize| format!("{}status eq 'a'{}", "(".repeat(n), ")".repeat(n));
        assert_eq!(code(&nested(MAX_FILTER_DEPTH)), None);
        assert_eq!(
            code(&nested(MAX_FILTER_DEPTH + 1)),
            Some(FILTER_TOO_COMPLEX)
        );
        assert_eq!(code(&nested(100_000)), Some(FILTER_TOO_COMPLEX));
        assert_eq!(
            code(&format!(
                "{}status eq 'a'",
                "not ".repeat(MAX_FILTER_DEPTH + 1)
            )),
            Some(FILTER_TOO_COMPLEX)
        );
        let chain = |n: usize| vec!["count eq 1"; n].join(" or ");
        assert_eq!(code(&chain(MAX_FILTER_TERMS)), None);
        assert_eq!(code(&chain(MAX_FILTER_TERMS + 1)), Some(FILTER_TOO_COMPLEX));
        let lambdas = format!(
            "{}t/name eq 'x'{}",
            "tags/any(t: ".repeat(MAX_FILTER_DEPTH + 1),
            ")".repeat(MAX_FILTER_DEPTH + 1)
        );
        assert_eq!(code(&lambdas), Some(FILTER_TOO_COMPLEX));
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
