//! The parser: tokens to an [`Expr`], with the depth and term limits.

use crate::lexer::{Token, TokenKind, tokenize};
use crate::{CompareOp, Expr, FilterError, LambdaKind, Literal};

/// Deepest nesting of parentheses, `not` and lambdas a `$filter` may have. Whatever walks the
/// tree (checking, evaluating, dropping it) recurses on it, so it must stay far below what a
/// thread stack holds.
pub const MAX_FILTER_DEPTH: usize = 100;

/// Most comparisons a `$filter` may hold: an `and`/`or` chain is a tree as deep as it is long.
pub const MAX_FILTER_TERMS: usize = 200;

/// Inner error code of a `$filter` over [`MAX_FILTER_DEPTH`] or [`MAX_FILTER_TERMS`].
pub const FILTER_TOO_COMPLEX: &str = "FilterTooComplex";

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

    fn at_kind(&self, kind: &TokenKind) -> bool {
        self.peek().is_some_and(|t| &t.kind == kind)
    }

    fn expect(&mut self, kind: &TokenKind, what: &str) -> Result<(), FilterError> {
        if self.at_kind(kind) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error_here(&format!("expected {what}")))
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
        if self.at_kind(&TokenKind::LParen) {
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
            TokenKind::Ident(name) if lambda_kind(&name).is_some() && self.at_lparen() => {
                self.lambda(&name, token.pos)
            }
            TokenKind::Ident(name)
                if !name.contains('/') && !is_keyword(&name) && self.at_lparen() =>
            {
                self.call(&name)
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
                    op: op.mirrored(),
                    value,
                })
            }
        }
    }

    fn at_lparen(&self) -> bool {
        self.at_kind(&TokenKind::LParen)
    }

    /// `name(path, literal, ...)`.
    fn call(&mut self, name: &str) -> Result<Expr, FilterError> {
        self.at += 1;
        let path = self.path()?;
        let mut args = Vec::new();
        while self.at_kind(&TokenKind::Comma) {
            self.at += 1;
            args.push(self.literal()?);
        }
        self.expect(&TokenKind::RParen, "')'")?;
        Ok(Expr::Call {
            function: name.to_ascii_lowercase(),
            path,
            args,
        })
    }

    fn comparison_after_path(&mut self, path: Vec<String>) -> Result<Expr, FilterError> {
        if self.eat_word("in") {
            self.expect(&TokenKind::LParen, "'(' after 'in'")?;
            let mut values = vec![self.literal()?];
            while self.at_kind(&TokenKind::Comma) {
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
        let (Some(kind), Some((collection, _))) = (lambda_kind(name), name.rsplit_once('/')) else {
            return Err(FilterError::syntax(self.input, pos, "expected any or all"));
        };
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
        Ok(Expr::Lambda {
            path,
            kind,
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

    fn operator(&mut self) -> Result<CompareOp, FilterError> {
        match self.next() {
            Some(Token {
                kind: TokenKind::Ident(w),
                pos,
            }) => CompareOp::from_word(&w).ok_or_else(|| FilterError {
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

/// The lambda of `path/any` or `path/all`.
fn lambda_kind(name: &str) -> Option<LambdaKind> {
    match name.rsplit_once('/')?.1 {
        "any" => Some(LambdaKind::Any),
        "all" => Some(LambdaKind::All),
        _ => None,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(filter: &str) -> Vec<(String, String, bool)> {
        let mut out = Vec::new();
        if let Ok(expr) = parse(filter) {
            expr.for_each_term(&mut |t| out.push((t.path.join("/"), t.op.to_owned(), t.negated)));
        }
        out
    }

    #[test]
    fn reads_every_written_form() {
        let t = |p: &str, o: &str, n: bool| (p.to_owned(), o.to_owned(), n);
        assert_eq!(
            terms("(isEnabled eq true) and startsWith(displayName,'a and b') or subject/id ne '1'"),
            [
                t("isEnabled", "eq", false),
                t("displayName", "startswith", false),
                t("subject/id", "ne", false)
            ]
        );
        assert_eq!(
            terms("tasks/any(x: x/isEnabled eq true)"),
            [t("tasks", "any", false)]
        );
        assert_eq!(
            terms("tasks/all(x: x/isEnabled eq true)"),
            [t("tasks", "all", false)]
        );
        assert_eq!(
            terms("not (category eq 'joiner')"),
            [t("category", "eq", true)]
        );
        assert_eq!(terms("category in ('a','b')"), [t("category", "in", false)]);
        assert_eq!(
            terms("contains(displayName, 'x')"),
            [t("displayName", "contains", false)]
        );
        assert_eq!(terms("'completed' eq status"), [t("status", "eq", false)]);
        assert!(terms("").is_empty() && terms("'x'").is_empty());
    }

    #[test]
    fn literals_and_mirrored_operators() {
        assert_eq!(
            parse("2 lt count"),
            Ok(Expr::Compare {
                path: vec!["count".into()],
                op: CompareOp::Gt,
                value: Literal::Number(2.0)
            })
        );
        let when = parse("when ge 2022-08-01T00:00:00Z");
        let at: Result<jiff::Timestamp, _> = "2022-08-01T00:00:00Z".parse();
        assert!(
            matches!((&when, at), (Ok(Expr::Compare { value: Literal::DateTime(t), .. }), Ok(at)) if *t == at),
            "{when:?}"
        );
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
            "status like 'a'",
            "/any(x: x eq 1)",
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
}
