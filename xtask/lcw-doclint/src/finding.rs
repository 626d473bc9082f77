//! One lint finding, its severity, and what it is about (so overrides can explain it).

use std::fmt;

use lcw_docs::diag::{Diagnostic, Severity as DocSeverity, Span};
use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The page cannot be used as written.
    Error,
    /// The docs disagree with themselves; the lint fails.
    Warning,
    /// Reported for information only (for example a disagreement `overrides.toml` corrects);
    /// never fails the lint.
    Note,
}

impl Severity {
    /// Lower-case name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// What a finding is about, so that an `overrides.toml` entry can explain it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// A property of a type (qualified type name, property name as the page spells it).
    Property {
        /// Qualified type name.
        ty: String,
        /// Property name as written on the page being checked.
        name: String,
    },
    /// A type-level fact: base type or key.
    TypeFact {
        /// Qualified type name.
        ty: String,
        /// Which fact.
        fact: TypeFact,
    },
    /// A member of the top-level object of a response example: explained by an `[[example]]`
    /// entry that unwraps it, or by what explains [`Subject::Property`] `ty`, `name`.
    ExampleMember {
        /// The operation id of the page.
        operation: String,
        /// The example's name (its request annotation's `name`).
        example: String,
        /// Qualified type the body is checked against.
        ty: String,
        /// The member's key.
        name: String,
    },
    /// A member named for an enum.
    EnumMember {
        /// Qualified enum name.
        enum_name: String,
        /// The member.
        member: String,
    },
    /// What an operation returns (type, collection-ness, status), by its id
    /// (`run-list-taskprocessingresults`).
    Operation {
        /// Page file name minus `identitygovernance-` and `.md`, lower case.
        id: String,
    },
    /// A query option an example of an operation uses, by the operation's id: explained by an
    /// `[[operation]]` entry adding the option.
    QueryOption {
        /// Page file name minus `identitygovernance-` and `.md`, lower case.
        id: String,
        /// Canonical option (`$select`).
        option: String,
    },
    /// The `$filter` operators or `$orderby` of a property (type whose page lists it, name as
    /// written): explained by a `[[property]]` entry setting `filter` or `orderby`.
    QuerySupport {
        /// Qualified type name.
        ty: String,
        /// Property name as written.
        name: String,
    },
    /// The type a table row gives a property (type whose page lists it, name as written):
    /// explained by a `[[property]]` entry setting `ty`.
    PropertyType {
        /// Qualified type name.
        ty: String,
        /// Property name as written.
        name: String,
    },
    /// The request path of an operation, by its id.
    RequestPath {
        /// Page file name minus `identitygovernance-` and `.md`, lower case.
        id: String,
    },
}

/// The type-level facts `[[type]]` overrides can correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeFact {
    /// The base type.
    Base,
    /// The key property.
    Key,
}

/// One finding: `file:line:col: severity[CODE]: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Finding {
    /// Path relative to the docs root, with `/` separators.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// How serious.
    pub severity: Severity,
    /// Stable code (catalogue in `LINTS.md`).
    pub code: &'static str,
    /// Human-readable message.
    pub message: String,
    /// What the finding is about, when an override could explain it.
    pub subject: Option<Subject>,
}

impl Finding {
    /// A finding with the default severity of `code`.
    pub fn new(file: &str, span: Span, code: &'static str, message: impl Into<String>) -> Self {
        Finding {
            file: file.to_string(),
            line: span.line.max(1),
            col: span.col.max(1),
            severity: crate::codes::default_severity(code),
            code,
            message: message.into(),
            subject: None,
        }
    }

    /// Attaches what the finding is about.
    pub fn about(mut self, subject: Subject) -> Self {
        self.subject = Some(subject);
        self
    }

    /// A finding from a parser or model diagnostic of `lcw-docs`.
    pub fn from_diagnostic(d: &Diagnostic) -> Self {
        Finding {
            file: d.file.to_string_lossy().replace('\\', "/"),
            line: d.span.line.max(1),
            col: d.span.col.max(1),
            severity: match d.severity {
                DocSeverity::Error => Severity::Error,
                DocSeverity::Warning => Severity::Warning,
            },
            code: d.code,
            message: d.message.clone(),
            subject: None,
        }
    }

    /// The JSON shape documented in `LINTS.md`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "severity": self.severity.as_str(),
            "code": self.code,
            "message": self.message,
        })
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            self.file,
            self.line,
            self.col,
            self.severity.as_str(),
            self.code,
            self.message
        )
    }
}
