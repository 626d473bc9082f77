//! Stage 1: what one markdown page literally says, each piece with its position.
//!
//! Nothing here is resolved or normalised: a type cell keeps its text and its link target, a
//! request line keeps its path as written. Stage 2 (`model`) interprets; the lint compares.

use std::path::PathBuf;

use crate::diag::{Span, Spanned};

/// The API version a page belongs to, from its path (`api-reference/beta/...`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ApiVersion {
    /// `api-reference/beta`.
    Beta,
    /// `api-reference/v1.0`.
    V1,
}

impl ApiVersion {
    /// Both versions, beta first.
    pub const ALL: [ApiVersion; 2] = [ApiVersion::Beta, ApiVersion::V1];

    /// The folder and URL segment: `beta` or `v1.0`.
    pub fn segment(self) -> &'static str {
        match self {
            ApiVersion::Beta => "beta",
            ApiVersion::V1 => "v1.0",
        }
    }

    /// The Rust module and cargo feature name: `beta` or `v1`.
    pub fn module(self) -> &'static str {
        match self {
            ApiVersion::Beta => "beta",
            ApiVersion::V1 => "v1",
        }
    }
}

/// What kind of page this is, from its folder and its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `resources/x.md` describing one type (`# x resource type`).
    Resource,
    /// `resources/enums*.md` or a page whose tables are enum member lists.
    Enums,
    /// `api/x.md` describing one operation.
    Api,
    /// Anything else (overviews, includes): read but yields nothing.
    Other,
}

/// One page as written.
#[derive(Debug, Clone)]
pub struct DocPage {
    /// Path relative to the docs root, with `/` separators.
    pub path: PathBuf,
    /// From the path.
    pub version: ApiVersion,
    /// From the folder and content.
    pub kind: PageKind,
    /// The `# ...` heading text, e.g. `run resource type`.
    pub title: Option<Spanned<String>>,
    /// The `Namespace: ...` line.
    pub namespace: Option<Spanned<String>>,
    /// Prose between the title and the first `##` heading, markdown stripped to plain text
    /// (links keep their text), `[!INCLUDE]` lines, the namespace line and the "Inherits from" line
    /// removed.
    pub summary: String,
    /// "Inherits from `[x](target)`".
    pub inherits_from: Option<Link>,
    /// Rows of the `## Methods` table.
    pub methods: Vec<MethodRow>,
    /// Rows of the `## Properties` table (`None.` or a header-only table gives none).
    pub properties: Vec<PropertyRow>,
    /// Rows of the `## Relationships` table.
    pub relationships: Vec<PropertyRow>,
    /// Rows of those tables that name an instance annotation (`@odata.type`,
    /// `@microsoft.graph.downloadUrl`): documented, but not properties.
    pub instance_annotations: Vec<PropertyRow>,
    /// Every `<!-- { ... } -->` annotation and the code block it precedes, in page order.
    pub blocks: Vec<AnnotatedBlock>,
    /// Enum sections (enum pages only).
    pub enums: Vec<EnumSection>,
    /// API pages: the request lines of the `## HTTP request` block.
    pub http_requests: Vec<RequestLine>,
    /// API pages: OData options named in `## Optional query parameters` (`$select`, `$orderBy`, ...),
    /// as written.
    pub query_options: Vec<Spanned<String>>,
    /// The relationships the `$expand` sentence of that section names (`**createdBy**`,
    /// `` `$expand=subject` ``); empty when it names none.
    pub expandable: Vec<Spanned<String>>,
    /// API pages: rows of the `## Function parameters` table.
    pub function_parameters: Vec<PropertyRow>,
    /// API pages: rows of the `## Request body` table.
    pub request_body: Vec<PropertyRow>,
    /// API pages: prose of the `## Response` section (e.g. "returns a `204 No Content`").
    pub response_prose: Option<Spanned<String>>,
}

impl DocPage {
    /// A page at `path` (relative to the docs root) that says nothing yet, for a reader to fill.
    pub fn empty(path: PathBuf, version: ApiVersion, kind: PageKind) -> Self {
        DocPage {
            path,
            version,
            kind,
            title: None,
            namespace: None,
            summary: String::new(),
            inherits_from: None,
            methods: Vec::new(),
            properties: Vec::new(),
            relationships: Vec::new(),
            instance_annotations: Vec::new(),
            blocks: Vec::new(),
            enums: Vec::new(),
            http_requests: Vec::new(),
            query_options: Vec::new(),
            expandable: Vec::new(),
            function_parameters: Vec::new(),
            request_body: Vec::new(),
            response_prose: None,
        }
    }
}

/// A markdown link, or plain text where the page has no link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The visible text.
    pub text: String,
    /// The target, if it was a link.
    pub target: Option<String>,
    /// Where the text starts.
    pub span: Span,
}

/// One row of a Methods table.
#[derive(Debug, Clone)]
pub struct MethodRow {
    /// The method cell: link text is the method name, target the API page.
    pub method: Link,
    /// The return type cell as written (may be empty or `None`).
    pub return_type: TypeCell,
    /// The description cell, plain text.
    pub description: String,
}

/// One row of a property, relationship, parameter or request-body table.
#[derive(Debug, Clone)]
pub struct PropertyRow {
    /// The name cell with markup (bold, code) and trailing notes removed: the wire name.
    pub name: Spanned<String>,
    /// Parenthesised notes after the name, lower-cased: `teamsAppId (deprecated)` gives
    /// `deprecated`.
    pub name_notes: Vec<String>,
    /// The type cell.
    pub ty: TypeCell,
    /// The description cell, plain text; `<br>` becomes a blank line.
    pub description: String,
    /// Where the description cell starts.
    pub description_span: Span,
}

/// A type cell as written: `String`, `[x](../resources/x.md) collection`, `Collection(x)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeCell {
    /// The whole cell as plain text (link text kept, markup removed), e.g. `x collection`.
    pub text: String,
    /// The target of the first link in the cell, if any.
    pub link_target: Option<String>,
    /// Where the cell starts.
    pub span: Span,
}

/// An annotation comment and the fenced block after it.
#[derive(Debug, Clone)]
pub struct AnnotatedBlock {
    /// The annotation, if the block had one.
    pub annotation: Option<Annotation>,
    /// The fenced code block, if one follows (page annotations have none).
    pub code: Option<CodeBlock>,
}

/// A `<!-- { ... } -->` comment read as JSON, leniently.
#[derive(Debug, Clone)]
pub struct Annotation {
    /// The parsed object (trailing commas and similar slips repaired); `Null` if unreadable.
    pub value: serde_json::Value,
    /// The comment text between `<!--` and `-->`.
    pub raw: String,
    /// Whether the text was valid JSON as written.
    pub strict_json: bool,
    /// Where `<!--` starts.
    pub span: Span,
}

impl Annotation {
    /// A string field of the annotation (`blockType`, `@odata.type`, `keyProperty`...).
    pub fn str_field(&self, key: &str) -> Option<&str> {
        self.value.get(key).and_then(|v| v.as_str())
    }
}

/// A fenced code block.
#[derive(Debug, Clone)]
pub struct CodeBlock {
    /// The info string (`json`, `http`), trimmed and lower-cased.
    pub lang: String,
    /// The text inside the fences.
    pub text: String,
    /// Where the first line of content starts.
    pub span: Span,
}

/// One enum section of an enum page.
#[derive(Debug, Clone)]
pub struct EnumSection {
    /// The enum name from the heading (`lifecycleWorkflowProcessingStatus`).
    pub name: Spanned<String>,
    /// Prose under the heading, if any.
    pub description: String,
    /// Members in table order.
    pub members: Vec<EnumMemberRow>,
}

/// One row of an enum member table.
#[derive(Debug, Clone)]
pub struct EnumMemberRow {
    /// The member name.
    pub name: Spanned<String>,
    /// The `Value` column, if the table has one.
    pub value: Option<String>,
    /// The `Description` column, if the table has one.
    pub description: String,
}

/// A `VERB /path` line of an HTTP request block, as written.
#[derive(Debug, Clone)]
pub struct RequestLine {
    /// `GET`, `POST`, ... as written.
    pub verb: String,
    /// The path as written, without the host and version.
    pub path: String,
    /// Where the line starts.
    pub span: Span,
}
