//! Hand-built pages for unit tests of the checks, independent of the markdown parser.

use std::path::PathBuf;

use lcw_docs::diag::{Span, Spanned};
use lcw_docs::page::{
    AnnotatedBlock, Annotation, ApiVersion, CodeBlock, DocPage, EnumMemberRow, EnumSection, Link,
    MethodRow, PageKind, PropertyRow, RequestLine, TypeCell,
};

use crate::finding::Finding;

/// The namespace every test page declares.
pub const NS: &str = "microsoft.graph.identityGovernance";

/// Builds one page.
pub struct PageBuilder {
    page: DocPage,
    type_name: Option<String>,
}

fn empty_page(path: &str, kind: PageKind) -> DocPage {
    let version = if path.contains("/v1.0/") {
        ApiVersion::V1
    } else {
        ApiVersion::Beta
    };
    let mut page = DocPage::empty(PathBuf::from(path), version, kind);
    page.namespace = Some(Spanned::new(NS.to_string(), Span::new(3, 12)));
    page
}

/// A cell with no link.
pub fn cell(text: &str, line: u32) -> TypeCell {
    TypeCell {
        text: text.to_string(),
        link_target: None,
        span: Span::new(line, 10),
    }
}

fn row(name: &str, ty: &str, line: u32) -> PropertyRow {
    PropertyRow {
        name: Spanned::new(name.to_string(), Span::new(line, 2)),
        name_notes: Vec::new(),
        ty: cell(ty, line),
        description: String::new(),
        description_span: Span::new(line, 30),
    }
}

/// An annotation from JSON text, read as the page reader reads it.
pub fn annotation(json: &str, line: u32) -> Annotation {
    lcw_docs::parse::read_annotation(json, Span::new(line, 1)).0
}

/// A resource page for `microsoft.graph.identityGovernance.{name}`.
pub fn resource(name: &str, title_line: u32) -> PageBuilder {
    let path = format!(
        "api-reference/beta/resources/identitygovernance-{}.md",
        name.to_ascii_lowercase()
    );
    let mut page = empty_page(&path, PageKind::Resource);
    page.title = Some(Spanned::new(
        format!("{name} resource type"),
        Span::new(title_line, 3),
    ));
    PageBuilder {
        page,
        type_name: Some(format!("{NS}.{name}")),
    }
}

/// A resource page for `{namespace}.{name}` at `api-reference/beta/resources/{stem}.md`, its
/// namespace stated by a `Namespace:` line.
pub fn resource_in(namespace: &str, stem: &str, name: &str, title_line: u32) -> PageBuilder {
    let mut builder =
        resource(name, title_line).path(&format!("api-reference/beta/resources/{stem}.md"));
    builder.page.namespace = Some(Spanned::new(
        namespace.to_string(),
        Span::new(title_line + 2, 12),
    ));
    builder.type_name = Some(format!("{namespace}.{name}"));
    builder
}

/// An API page at `api-reference/beta/api/{stem}.md`.
pub fn api(stem: &str) -> PageBuilder {
    let mut page = empty_page(&format!("api-reference/beta/api/{stem}.md"), PageKind::Api);
    page.title = Some(Spanned::new(stem.to_string(), Span::new(1, 3)));
    PageBuilder {
        page,
        type_name: None,
    }
}

/// The enum page with the given `(enum, members)` sections, headings from line 10 on.
pub fn enum_page(sections: &[(&str, &[&str])]) -> DocPage {
    let mut page = empty_page(
        "api-reference/beta/resources/enums-identitygovernance.md",
        PageKind::Enums,
    );
    let mut line = 10;
    for (name, members) in sections {
        let heading = Span::new(line, 5);
        let members = members
            .iter()
            .enumerate()
            .map(|(i, m)| EnumMemberRow {
                name: Spanned::new(m.to_string(), Span::new(line + 3 + i as u32, 2)),
                value: None,
                description: String::new(),
            })
            .collect();
        page.enums.push(EnumSection {
            name: Spanned::new(name.to_string(), heading),
            description: String::new(),
            members,
        });
        line += 20;
    }
    page
}

impl PageBuilder {
    /// Moves the page to another path.
    pub fn path(mut self, path: &str) -> Self {
        self.page.path = PathBuf::from(path);
        self.page.version = if path.contains("/v1.0/") {
            ApiVersion::V1
        } else {
            ApiVersion::Beta
        };
        self
    }

    /// Adds a property row.
    pub fn prop(mut self, name: &str, ty: &str, line: u32) -> Self {
        self.page.properties.push(row(name, ty, line));
        self
    }

    /// Adds a property row with a description.
    pub fn prop_described(mut self, name: &str, ty: &str, line: u32, description: &str) -> Self {
        let mut r = row(name, ty, line);
        r.description = description.to_string();
        self.page.properties.push(r);
        self
    }

    /// Adds a property row whose type cell links to `target`.
    pub fn prop_linked(mut self, name: &str, ty: &str, target: &str, line: u32) -> Self {
        let mut r = row(name, ty, line);
        r.ty.link_target = Some(target.to_string());
        self.page.properties.push(r);
        self
    }

    /// Adds a relationship row.
    pub fn relationship(mut self, name: &str, ty: &str, line: u32) -> Self {
        self.page.relationships.push(row(name, ty, line));
        self
    }

    /// "Inherits from [text](target)" at line 8.
    pub fn inherits(mut self, text: &str) -> Self {
        let target = format!(
            "../resources/identitygovernance-{}.md",
            text.to_ascii_lowercase()
        );
        self.page.inherits_from = Some(Link {
            text: text.to_string(),
            target: Some(target),
            span: Span::new(8, 19),
        });
        self
    }

    /// A Methods row.
    pub fn method(mut self, name: &str, api_stem: &str, return_type: &str, line: u32) -> Self {
        self.page.methods.push(MethodRow {
            method: Link {
                text: name.to_string(),
                target: Some(format!("../api/{api_stem}.md")),
                span: Span::new(line, 2),
            },
            return_type: cell(return_type, line),
            description: String::new(),
        });
        self
    }

    /// The resource annotation (with extra annotation keys) and its JSON block whose first line
    /// is `line`; the annotation sits 6 lines above.
    pub fn json_block_with(mut self, line: u32, extra_annotation: &str, json: &str) -> Self {
        let ty = self
            .type_name
            .clone()
            .expect("json_block_with needs the page's type name set first");
        let text =
            format!("{{\"blockType\": \"resource\", \"@odata.type\": \"{ty}\"{extra_annotation}}}");
        self.page.blocks.push(AnnotatedBlock {
            annotation: Some(annotation(&text, line - 6)),
            code: Some(CodeBlock {
                lang: "json".into(),
                text: json.to_string(),
                span: Span::new(line, 1),
            }),
        });
        self
    }

    /// The resource annotation and its JSON block whose first line is `line`.
    pub fn json_block(self, line: u32, json: &str) -> Self {
        self.json_block_with(line, "", json)
    }

    /// Any annotated block.
    pub fn block(
        mut self,
        annotation_json: Option<&str>,
        line: u32,
        lang: &str,
        text: &str,
    ) -> Self {
        self.page.blocks.push(AnnotatedBlock {
            annotation: annotation_json.map(|a| annotation(a, line.saturating_sub(6).max(1))),
            code: Some(CodeBlock {
                lang: lang.into(),
                text: text.to_string(),
                span: Span::new(line, 1),
            }),
        });
        self
    }

    /// A `VERB /path` line of the HTTP request block.
    pub fn request(mut self, verb: &str, path: &str, line: u32) -> Self {
        self.page.http_requests.push(RequestLine {
            verb: verb.into(),
            path: path.into(),
            span: Span::new(line, 1),
        });
        self
    }

    /// The `## Response` prose.
    pub fn response_prose(mut self, text: &str, line: u32) -> Self {
        self.page.response_prose = Some(Spanned::new(text.to_string(), Span::new(line, 1)));
        self
    }

    /// The page.
    pub fn build(self) -> DocPage {
        self.page
    }
}

/// Lints hand-built pages without overrides or suppressions.
pub fn lint_pages(pages: Vec<DocPage>) -> Vec<Finding> {
    crate::lint::check_pages(&pages)
}

/// Lints hand-built pages following `overrides` (TOML text), and explains what they correct.
pub fn lint_pages_with(pages: Vec<DocPage>, overrides: &str) -> Vec<Finding> {
    let overrides = lcw_docs::overrides::Overrides::parse(
        overrides,
        PathBuf::from("overrides.toml"),
        &mut lcw_docs::diag::Diagnostics::default(),
    );
    let mut found = crate::lint::check_pages_with(&pages, Some(&overrides));
    crate::lint::explain(&mut found, &overrides);
    found
}

/// Asserts a finding with `code` at `line` whose message contains `text`.
#[track_caller]
pub fn assert_has(found: &[Finding], code: &str, line: u32, text: &str) {
    assert!(
        found
            .iter()
            .any(|f| f.code == code && f.line == line && f.message.contains(text)),
        "no {code} at line {line} mentioning `{text}` in:\n{}",
        found
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// How many findings carry `code`.
pub fn count(found: &[Finding], code: &str) -> usize {
    found.iter().filter(|f| f.code == code).count()
}
