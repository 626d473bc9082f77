//! Stable text of stage 1 and stage 2, for `cargo xtask dump` and snapshot tests.
//!
//! No absolute paths, no timestamps; lists in page order (stage 1) or sorted (stage 2).

use std::fmt::Write as _;
use std::path::Path;

use crate::diag::{Diagnostic, Span};
use crate::load::Docs;
use crate::model::{EnumDef, Operation, Property, TypeDef, TypeKind, VersionModel};
use crate::page::{DocPage, PropertyRow, TypeCell};

/// Stage 1, stage 2 and the diagnostics of the page at `path` (relative to the docs root).
pub fn page_report(docs: &Docs, path: &Path) -> Option<String> {
    let page = docs.pages.iter().find(|p| p.path == path)?;
    let mut out = String::new();
    out.push_str(&stage1(page));
    out.push('\n');
    if let Some(model) = docs.model.versions.get(&page.version) {
        out.push_str(&stage2(model, path));
    }
    let diagnostics: Vec<&Diagnostic> =
        docs.diagnostics.iter().filter(|d| d.file == path).collect();
    out.push_str("\n== diagnostics\n");
    for d in diagnostics {
        let _ = writeln!(out, "{d}");
    }
    Some(out)
}

/// Stage 2 of every version and every diagnostic of a docs tree.
pub fn docs_report(docs: &Docs) -> String {
    let mut out = String::new();
    for (version, model) in &docs.model.versions {
        let _ = writeln!(out, "== version {}", version.segment());
        out.push_str(&stage2(model, Path::new("")));
    }
    out.push_str("\n== diagnostics\n");
    for d in &docs.diagnostics {
        let _ = writeln!(out, "{d}");
    }
    out
}

fn at(span: Span) -> String {
    format!("{}:{}", span.line, span.col)
}

/// One line, newlines shown as `\n`.
fn one_line(text: &str) -> String {
    text.replace('\n', "\\n")
}

fn cell(ty: &TypeCell) -> String {
    match &ty.link_target {
        Some(target) => format!("{} @{} -> {target}", ty.text, at(ty.span)),
        None => format!("{} @{}", ty.text, at(ty.span)),
    }
}

fn rows(out: &mut String, label: &str, rows: &[PropertyRow]) {
    let _ = writeln!(out, "{label}: {}", rows.len());
    for row in rows {
        // Notes set aside from the name cell (`(deprecated)`), shown after the wire name.
        let notes: String = row.name_notes.iter().map(|n| format!(" ({n})")).collect();
        let _ = writeln!(
            out,
            "  {} {}{notes}: {}",
            at(row.name.span),
            row.name.value,
            cell(&row.ty)
        );
        if !row.description.is_empty() {
            let _ = writeln!(
                out,
                "    @{} {}",
                at(row.description_span),
                one_line(&row.description)
            );
        }
    }
}

/// Stage 1 of one page.
pub fn stage1(page: &DocPage) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "== stage 1: {}", page.path.display());
    let _ = writeln!(out, "version: {}", page.version.segment());
    let _ = writeln!(out, "kind: {:?}", page.kind);
    if let Some(title) = &page.title {
        let _ = writeln!(out, "title: {} {}", at(title.span), title.value);
    }
    if let Some(ns) = &page.namespace {
        let _ = writeln!(out, "namespace: {} {}", at(ns.span), ns.value);
    }
    if !page.summary.is_empty() {
        let _ = writeln!(out, "summary: {}", one_line(&page.summary));
    }
    if let Some(link) = &page.inherits_from {
        let target = link
            .target
            .as_deref()
            .map(|t| format!(" -> {t}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "inherits_from: {} {}{target}",
            at(link.span),
            link.text
        );
    }
    let _ = writeln!(out, "methods: {}", page.methods.len());
    for m in &page.methods {
        let target = m.method.target.as_deref().unwrap_or("-");
        let _ = writeln!(
            out,
            "  {} {} -> {target} returns {}",
            at(m.method.span),
            m.method.text,
            cell(&m.return_type)
        );
    }
    rows(&mut out, "properties", &page.properties);
    rows(&mut out, "relationships", &page.relationships);
    if !page.instance_annotations.is_empty() {
        rows(&mut out, "instance annotations", &page.instance_annotations);
    }
    let _ = writeln!(out, "blocks: {}", page.blocks.len());
    for block in &page.blocks {
        if let Some(a) = &block.annotation {
            let strict = if a.strict_json { "strict" } else { "repaired" };
            let _ = writeln!(out, "  annotation {} {strict} {}", at(a.span), a.value);
        }
        if let Some(code) = &block.code {
            let first = code.text.lines().next().unwrap_or("");
            let _ = writeln!(
                out,
                "  code {} `{}` {} lines: {}",
                at(code.span),
                code.lang,
                code.text.lines().count(),
                first.trim()
            );
        }
    }
    let _ = writeln!(out, "enums: {}", page.enums.len());
    for e in &page.enums {
        let members: Vec<String> = e
            .members
            .iter()
            .map(|m| match &m.value {
                Some(v) => format!("{}={v}", m.name.value),
                None => m.name.value.clone(),
            })
            .collect();
        let _ = writeln!(
            out,
            "  {} {}: {}",
            at(e.name.span),
            e.name.value,
            members.join(", ")
        );
        if !e.description.is_empty() {
            let _ = writeln!(out, "    {}", one_line(&e.description));
        }
    }
    let _ = writeln!(out, "http_requests: {}", page.http_requests.len());
    for r in &page.http_requests {
        let _ = writeln!(out, "  {} {} {}", at(r.span), r.verb, r.path);
    }
    let options: Vec<String> = page
        .query_options
        .iter()
        .map(|o| format!("{}@{}", o.value, at(o.span)))
        .collect();
    let _ = writeln!(out, "query_options: {}", options.join(" "));
    rows(&mut out, "function_parameters", &page.function_parameters);
    rows(&mut out, "request_body", &page.request_body);
    if let Some(prose) = &page.response_prose {
        let _ = writeln!(
            out,
            "response_prose: {} {}",
            at(prose.span),
            one_line(&prose.value)
        );
    }
    out
}

/// Stage 2 definitions whose source is `path` (all of them when `path` is empty).
pub fn stage2(model: &VersionModel, path: &Path) -> String {
    let all = path.as_os_str().is_empty();
    let mut out = String::new();
    let _ = writeln!(out, "== stage 2");
    for ty in model
        .types
        .values()
        .filter(|t| all || t.source.file == path)
    {
        type_def(&mut out, ty);
    }
    for def in model
        .enums
        .values()
        .filter(|e| all || e.source.file == path)
    {
        enum_def(&mut out, def);
    }
    for op in model
        .operations
        .iter()
        .filter(|o| all || o.source.file == path)
    {
        operation(&mut out, op);
    }
    out
}

fn type_def(out: &mut String, ty: &TypeDef) {
    let kind = match ty.kind {
        TypeKind::Entity => "entity",
        TypeKind::Complex => "complex",
    };
    let mut flags = Vec::new();
    if ty.is_abstract {
        flags.push("abstract".to_string());
    }
    if ty.open_type {
        flags.push("open".to_string());
    }
    if ty.stand_in {
        flags.push("stand-in".to_string());
    }
    if let Some(key) = &ty.key {
        flags.push(format!("key={key}"));
    }
    let _ = writeln!(
        out,
        "type {} ({kind}) [{}] @{}",
        ty.name,
        flags.join(" "),
        at(ty.source.span)
    );
    if let Some(base) = &ty.base {
        let _ = writeln!(out, "  base: {base}");
    }
    if !ty.subtypes.is_empty() {
        let subtypes: Vec<String> = ty.subtypes.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "  subtypes: {}", subtypes.join(", "));
    }
    for p in &ty.properties {
        property(out, p);
    }
}

fn property(out: &mut String, p: &Property) {
    let mut notes = Vec::new();
    if p.is_relationship {
        notes.push("relationship".to_string());
    }
    if let Some(documented) = &p.documented_name {
        notes.push(format!("documented={documented}"));
    }
    if p.read_only {
        notes.push("read-only".to_string());
    }
    if p.required {
        notes.push("required".to_string());
    }
    if !p.filter.is_empty() {
        let ops: Vec<&str> = p.filter.iter().map(|f| f.as_str()).collect();
        notes.push(format!("filter({})", ops.join(",")));
    }
    if p.orderby {
        notes.push("orderby".to_string());
    }
    if p.search {
        notes.push("search".to_string());
    }
    if !p.possible_values.is_empty() {
        notes.push(format!("values({})", p.possible_values.join(",")));
    }
    if p.deprecated {
        notes.push("deprecated".to_string());
    }
    let _ = writeln!(
        out,
        "  {}: {} [{}] @{}",
        p.wire_name,
        p.ty,
        notes.join(" "),
        at(p.source.span)
    );
}

fn enum_def(out: &mut String, def: &EnumDef) {
    let flags = if def.flags { " (flags)" } else { "" };
    let members: Vec<String> = def
        .members
        .iter()
        .map(|m| {
            if m.after_sentinel {
                format!("{}*", m.name)
            } else {
                m.name.clone()
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "enum {}{flags} @{}: {}",
        def.name,
        at(def.source.span),
        members.join(", ")
    );
}

fn operation(out: &mut String, op: &Operation) {
    let returns = op
        .returns
        .as_ref()
        .map_or("-".to_string(), ToString::to_string);
    let _ = writeln!(
        out,
        "operation {} {} {} @{}",
        op.id,
        op.verb.as_str(),
        op.path,
        at(op.source.span)
    );
    let _ = writeln!(out, "  title: {}", op.title);
    let _ = writeln!(out, "  params: {}", op.path_params.join(", "));
    let _ = writeln!(out, "  query: {}", op.query_options.join(" "));
    if !op.expandable.is_empty() {
        let _ = writeln!(out, "  expandable: {}", op.expandable.join(" "));
    }
    let _ = writeln!(out, "  returns: {returns} status {}", op.success_status);
    for p in &op.request_body {
        let _ = write!(out, "  body");
        property(out, p);
    }
    for p in &op.function_params {
        let _ = write!(out, "  param");
        property(out, p);
    }
    for e in &op.examples {
        let ty = e
            .response_type
            .as_ref()
            .map_or("-".to_string(), ToString::to_string);
        let collection = if e.response_is_collection {
            " collection"
        } else {
            ""
        };
        let status = e.response_status.map_or("-".to_string(), |s| s.to_string());
        let body = e.response_span.map_or("-".to_string(), at);
        let request_body = if e.request_body.is_some() {
            " +body"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  example `{}`: {}{request_body} => {status} {ty}{collection} body@{body}",
            e.name, e.request_line
        );
    }
}
