//! Source positions and diagnostics shared by every stage that reads docs.

use std::fmt;
use std::path::PathBuf;

use crate::overrides::MissingTarget;

/// A 1-based line and column inside one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub col: u32,
}

impl Span {
    /// A span at `line`, `col` (both 1-based).
    pub fn new(line: u32, col: u32) -> Self {
        Span { line, col }
    }
}

/// A value together with where the page says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value as read.
    pub value: T,
    /// Where it starts.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Pairs `value` with `span`.
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The page cannot be used as written; generation fails.
    Error,
    /// The page disagrees with itself or with another page.
    Warning,
}

impl Severity {
    /// Lower-case name as printed in `file:line:col: severity[CODE]: message`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One finding about a page: `file:line:col: severity[CODE]: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// Path of the page, relative to the docs root (`api-reference/beta/resources/x.md`).
    pub file: PathBuf,
    /// Where in the page.
    pub span: Span,
    /// How serious.
    pub severity: Severity,
    /// Stable code such as `LCW1002`, one of [`crate::codes::ALL`] (catalogue in `LINTS.md`).
    pub code: &'static str,
    /// Human-readable message.
    pub message: String,
    /// For [`crate::codes::OVERRIDE_TARGET_MISSING`]: which entry names what, missing where.
    /// Readers of a partial tree (the upstream sample) decide on this, never on the message.
    pub missing_target: Option<Box<MissingTarget>>,
}

impl Diagnostic {
    /// A diagnostic without structured detail.
    pub fn new(
        file: PathBuf,
        span: Span,
        severity: Severity,
        code: &'static str,
        message: String,
    ) -> Self {
        Diagnostic {
            file,
            span,
            severity,
            code,
            message,
            missing_target: None,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            self.file.display(),
            self.span.line,
            self.span.col,
            self.severity.as_str(),
            self.code,
            self.message
        )
    }
}

/// Collects diagnostics while a stage keeps going.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Records everything `other` holds: what a job found on its own (another thread, one page)
    /// joins the stage's diagnostics. Order does not matter; [`Self::into_sorted`] settles it.
    pub fn append(&mut self, mut other: Diagnostics) {
        self.items.append(&mut other.items);
    }

    /// Whether any error (not warning) was recorded.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// All diagnostics, sorted by file, position and code so output is stable.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }

    /// Diagnostics recorded so far, in the order they were found.
    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.items
    }
}
