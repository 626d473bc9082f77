//! The OData `$filter` reader of lcw, shared by the emulator (which checks a parsed filter
//! against the docs and evaluates it) and the docs lint (which checks the filters of the docs'
//! example requests against the same docs): one lexer, one parser, one expression tree, and
//! the limits that keep a hostile filter cheap.
//!
//! ```
//! use lcw_odata::{CompareOp, Expr, parse};
//! let expr = parse("processingStatus eq 'completed' and not (startedDateTime lt 2024-01-01T00:00:00Z)")?;
//! let mut terms = Vec::new();
//! expr.for_each_term(&mut |term| terms.push((term.path.join("/"), term.op, term.negated)));
//! assert_eq!(terms[0], ("processingStatus".to_owned(), "eq", false));
//! assert_eq!(terms[1], ("startedDateTime".to_owned(), "lt", true));
//! assert!(matches!(expr, Expr::And(..)));
//! # let _ = CompareOp::Eq;
//! # Ok::<(), lcw_odata::FilterError>(())
//! ```

pub mod lexer;
mod parse;

pub use parse::{FILTER_TOO_COMPLEX, MAX_FILTER_DEPTH, MAX_FILTER_TERMS, parse};

/// An operator comparing a property with one value (`path op literal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CompareOp {
    /// `eq`
    Eq,
    /// `ne`
    Ne,
    /// `lt`
    Lt,
    /// `le`
    Le,
    /// `gt`
    Gt,
    /// `ge`
    Ge,
    /// `has` (flags enums)
    Has,
}

impl CompareOp {
    /// Every comparison operator.
    pub const ALL: [CompareOp; 7] = [
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Lt,
        CompareOp::Le,
        CompareOp::Gt,
        CompareOp::Ge,
        CompareOp::Has,
    ];

    /// The operator as OData spells it (`eq`).
    pub fn as_str(self) -> &'static str {
        match self {
            CompareOp::Eq => "eq",
            CompareOp::Ne => "ne",
            CompareOp::Lt => "lt",
            CompareOp::Le => "le",
            CompareOp::Gt => "gt",
            CompareOp::Ge => "ge",
            CompareOp::Has => "has",
        }
    }

    /// The operator of a word (lower case, as OData spells operators).
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|op| op.as_str() == word)
    }

    /// The operator with its operands swapped: `2 lt count` is `count gt 2`.
    pub fn mirrored(self) -> Self {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
            other => other,
        }
    }
}

/// A literal value.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// `'text'` (also enum members, `ns.type'member'`).
    Str(String),
    /// A number.
    Number(f64),
    /// `true` / `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// An unquoted RFC 3339 date and time.
    DateTime(jiff::Timestamp),
    /// An unquoted GUID (lower case).
    Guid(String),
}

impl Literal {
    /// The Edm type name of the literal, for messages (`Edm.String`).
    pub fn type_name(&self) -> &'static str {
        match self {
            Literal::Str(_) => "Edm.String",
            Literal::Number(_) => "Edm.Double",
            Literal::Bool(_) => "Edm.Boolean",
            Literal::Null => "null",
            Literal::DateTime(_) => "Edm.DateTimeOffset",
            Literal::Guid(_) => "Edm.Guid",
        }
    }
}

/// The lambda operators on a collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LambdaKind {
    /// `path/any(v: body)`: some element satisfies the body.
    Any,
    /// `path/all(v: body)`: every element does.
    All,
}

impl LambdaKind {
    /// `any` or `all`.
    pub fn as_str(self) -> &'static str {
        match self {
            LambdaKind::Any => "any",
            LambdaKind::All => "all",
        }
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
    /// `path op literal` (a literal written on the left is moved right, the operator mirrored).
    Compare {
        /// Property path, split on `/`.
        path: Vec<String>,
        /// Operator.
        op: CompareOp,
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
    /// A function on a property: `startswith(path, 'prefix')`, `contains(path, 'x')`.
    Call {
        /// The function name in lower case (`startswith`).
        function: String,
        /// Property path of the first argument.
        path: Vec<String>,
        /// The other arguments.
        args: Vec<Literal>,
    },
    /// `path/any(var: body)` or `path/all(var: body)`
    Lambda {
        /// Collection property path.
        path: Vec<String>,
        /// `any` or `all`.
        kind: LambdaKind,
        /// Lambda variable.
        var: String,
        /// Condition on each element.
        body: Box<Expr>,
    },
}

/// One test of a property in a filter, as [`Expr::for_each_term`] reports it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term<'a> {
    /// The property path.
    pub path: &'a [String],
    /// The operator or function: `eq` ... `has`, `in`, a function name (`startswith`), `any`,
    /// `all`.
    pub op: &'a str,
    /// Inside a `not`.
    pub negated: bool,
}

impl Expr {
    /// Calls `f` on every test of a property of the filtered type, left to right: comparisons,
    /// `in`, function calls, and the collection of a lambda (not the tests inside its body,
    /// which are on the elements).
    pub fn for_each_term<'a>(&'a self, f: &mut dyn FnMut(Term<'a>)) {
        self.terms_inner(false, f);
    }

    fn terms_inner<'a>(&'a self, negated: bool, f: &mut dyn FnMut(Term<'a>)) {
        let op = match self {
            Expr::And(a, b) | Expr::Or(a, b) => {
                a.terms_inner(negated, f);
                b.terms_inner(negated, f);
                return;
            }
            Expr::Not(inner) => return inner.terms_inner(true, f),
            Expr::Compare { op, .. } => op.as_str(),
            Expr::In { .. } => "in",
            Expr::Call { function, .. } => function.as_str(),
            Expr::Lambda { kind, .. } => kind.as_str(),
        };
        if let Some(path) = self.path() {
            f(Term { path, op, negated });
        }
    }

    /// The property path a comparison, `in`, call or lambda tests; `None` for `and`, `or`,
    /// `not`.
    pub fn path(&self) -> Option<&[String]> {
        match self {
            Expr::Compare { path, .. }
            | Expr::In { path, .. }
            | Expr::Call { path, .. }
            | Expr::Lambda { path, .. } => Some(path),
            Expr::And(..) | Expr::Or(..) | Expr::Not(..) => None,
        }
    }
}

/// Why a `$filter` was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterError {
    /// Inner error code: `InvalidFilterSyntax`, `UnsupportedFilterOperator`,
    /// [`FILTER_TOO_COMPLEX`].
    pub code: &'static str,
    /// Message for the caller.
    pub message: String,
}

impl std::fmt::Display for FilterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for FilterError {}
