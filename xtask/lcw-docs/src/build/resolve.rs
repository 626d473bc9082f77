//! Type cells to [`TypeRef`]s: collections, primitives, qualified, partial and bare names.

use std::collections::HashMap;

use crate::model::{Primitive, QualifiedName, TypeRef, VersionModel};

/// The root namespace bare names fall back to.
pub const GRAPH: &str = "microsoft.graph";

/// Qualified names a version defines (types and enums), for lookups by exact spelling, or by
/// lower-case spelling where that names one definition only.
#[derive(Debug, Clone, Default)]
pub struct Names {
    exact: HashMap<String, QualifiedName>,
    /// `None` where several names differ only in case: a case slip then names none of them,
    /// whatever order they were recorded in.
    by_lower: HashMap<String, Option<QualifiedName>>,
    /// The type each resource page defines, by lower-cased file stem (`callrecords-endpoint`).
    by_page: HashMap<String, QualifiedName>,
}

impl Names {
    /// The types (stand-ins left out) and enums a built version defines, as stage 2 recorded
    /// them while building it.
    pub fn of_version(model: &VersionModel) -> Self {
        let mut names = Names::default();
        let types = model.types.values().filter(|t| !t.stand_in);
        for name in types.map(|t| &t.name).chain(model.enums.keys()) {
            names.insert(name);
        }
        names
    }

    /// Records a defined name.
    pub fn insert(&mut self, name: &QualifiedName) {
        let spelled = name.to_string();
        let lower = spelled.to_ascii_lowercase();
        if self.exact.insert(spelled, name.clone()).is_some() {
            return;
        }
        self.by_lower
            .entry(lower)
            .and_modify(|found| *found = None)
            .or_insert_with(|| Some(name.clone()));
    }

    /// Records the type the page with file stem `stem` defines, so that a link to that page
    /// resolves to it whatever namespace the linking page is in.
    pub fn insert_page(&mut self, stem: &str, name: &QualifiedName) {
        self.by_page
            .entry(stem.to_ascii_lowercase())
            .or_insert_with(|| name.clone());
    }

    /// The type defined by the page a link target points at, when its name is `written` (in
    /// any case, qualified or not).
    pub fn find_by_link(&self, written: &str, link_target: &str) -> Option<&QualifiedName> {
        let path = link_target.split(['#', '?']).next().unwrap_or("");
        let file = path.rsplit('/').next().unwrap_or(path);
        let stem = file.strip_suffix(".md")?;
        let found = self.by_page.get(&stem.to_ascii_lowercase())?;
        let bare = written.trim().trim_start_matches('#');
        let bare = bare.rsplit('.').next().unwrap_or(bare);
        found.name.eq_ignore_ascii_case(bare).then_some(found)
    }

    /// The defined name spelled `qualified`, else the one defined name it spells in another
    /// case.
    pub fn find(&self, qualified: &str) -> Option<&QualifiedName> {
        self.exact
            .get(qualified)
            .or_else(|| self.by_lower.get(&qualified.to_ascii_lowercase())?.as_ref())
    }
}

/// A type cell as written, read but not resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WrittenType<'a> {
    /// An Edm primitive (`String`, `Edm.Int32`, `int`).
    Primitive(Primitive),
    /// A type name as the cell spells it: bare (`run`), partial (`identityGovernance.run`) or
    /// qualified, with a leading `#` dropped.
    Name(&'a str),
    /// `X collection` / `Collection(X)`.
    Collection(Box<WrittenType<'a>>),
}

impl<'a> WrittenType<'a> {
    /// The element type inside any collections, and whether there was at least one.
    pub fn element(&self) -> (&WrittenType<'a>, bool) {
        match self {
            WrittenType::Collection(inner) => (inner.element().0, true),
            other => (other, false),
        }
    }

    /// Resolves the names with `qualify`.
    pub fn resolve(&self, qualify: &dyn Fn(&str) -> QualifiedName) -> TypeRef {
        match self {
            WrittenType::Primitive(p) => TypeRef::Primitive(*p),
            WrittenType::Name(name) => TypeRef::Named(qualify(name)),
            WrittenType::Collection(inner) => TypeRef::Collection(Box::new(inner.resolve(qualify))),
        }
    }
}

/// Reads the syntax of a type cell (also an annotation's `@odata.type`): collections in either
/// spelling, primitives, names. `Err` holds a reason when the text names no type at all.
pub fn read_cell(text: &str) -> Result<WrittenType<'_>, String> {
    let text = without_notes(text.trim().trim_matches('`').trim_end_matches('.').trim());
    if text.is_empty() || text.eq_ignore_ascii_case("none") {
        return Err("the type cell is empty".to_string());
    }
    let inner = strip_prefix_ci(text, "collection(")
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| strip_suffix_ci(text, " collection"));
    if let Some(inner) = inner {
        return read_cell(inner).map(|t| WrittenType::Collection(Box::new(t)));
    }
    if let Some(primitive) = Primitive::parse(text) {
        return Ok(WrittenType::Primitive(primitive));
    }
    let name = text.trim_start_matches('#');
    let valid = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    if name.is_empty() || !valid || name.starts_with('.') || name.ends_with('.') {
        return Err(format!("`{text}` is not a type name"));
    }
    Ok(WrittenType::Name(name))
}

/// A type cell without the notes written around the type: `(Optional) String`,
/// `String (url)`, `string, maximum size 20`, `Int32; read-only` all name their type only.
fn without_notes(text: &str) -> &str {
    let mut text = text.trim();
    loop {
        if text.starts_with('(')
            && let Some(close) = matching_paren(text, 0)
            && close + 1 < text.len()
        {
            text = text[close + 1..].trim_start();
        } else if text.ends_with(')')
            && let Some(open) = text.rfind(" (")
            && matching_paren(text, open + 1) == Some(text.len() - 1)
        {
            text = text[..open].trim_end();
        } else {
            break;
        }
    }
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => return text[..i].trim_end(),
            _ => {}
        }
    }
    text
}

/// The `)` closing the `(` at `open`.
fn matching_paren(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices().skip_while(|&(i, _)| i < open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Reads a type cell. `Err` holds a reason when the cell names no type at all.
pub fn resolve_cell(
    text: &str,
    link_target: Option<&str>,
    page_ns: &str,
    names: &Names,
) -> Result<TypeRef, String> {
    read_cell(text).map(|t| t.resolve(&|name| qualify(name, link_target, page_ns, names)))
}

/// Qualifies a type name as written: a full name is kept, a partial namespace
/// (`identityGovernance.x`) is completed, a bare name follows [`qualify_with`]'s rule. Known
/// names get their defined spelling.
pub fn qualify(
    text: &str,
    link_target: Option<&str>,
    page_ns: &str,
    names: &Names,
) -> QualifiedName {
    // A link to the page that defines the type settles its namespace: `[endpoint](callrecords-
    // endpoint.md)` is `callRecords.endpoint` even on a `microsoft.graph` page.
    if let Some(found) = link_target.and_then(|t| names.find_by_link(text, t)) {
        let written_qualified = text.trim().trim_start_matches('#');
        if !written_qualified.contains('.') || names.find(written_qualified).is_none() {
            return found.clone();
        }
    }
    qualify_with(text, link_target, page_ns, &|candidate| {
        names.find(candidate).cloned()
    })
}

/// [`qualify`] with another name lookup: `find` answers the defined name a candidate spelling
/// stands for (as [`Names::find`] does), so a caller holding another view of the names (the
/// lint, which keeps case slips visible) qualifies exactly as stage 2 does.
///
/// The one rule for a bare name on a page of namespace X: `X.name` when documented, else
/// `microsoft.graph.name` when documented, else (nobody documents it) X, unless a link goes to
/// a page outside X (its file name lacks the last segment of X). Pages write their own
/// namespace's types bare (`alertSeverity` on a security page), and link `microsoft.graph`
/// types to their pages.
pub fn qualify_with(
    text: &str,
    link_target: Option<&str>,
    page_ns: &str,
    find: &dyn Fn(&str) -> Option<QualifiedName>,
) -> QualifiedName {
    let text = text.trim().trim_start_matches('#');
    let candidates: Vec<String> =
        if text.starts_with("microsoft.") || text.starts_with("Microsoft.") {
            vec![text.to_string()]
        } else if text.contains('.') {
            vec![
                format!("{GRAPH}.{text}"),
                format!("{page_ns}.{text}"),
                text.to_string(),
            ]
        } else {
            vec![format!("{page_ns}.{text}"), format!("{GRAPH}.{text}")]
        };
    for candidate in &candidates {
        if let Some(found) = find(candidate) {
            return found;
        }
    }
    let fallback = if text.contains('.') {
        candidates[0].clone()
    } else if page_ns == GRAPH || link_leaves_namespace(link_target, page_ns) {
        format!("{GRAPH}.{text}")
    } else {
        format!("{page_ns}.{text}")
    };
    QualifiedName::parse(&fallback).unwrap_or_else(|| QualifiedName::new(GRAPH, text))
}

/// Whether a link goes to a page whose file name does not carry the last part of `page_ns`
/// (`site.md` from a `security` page), as pages of `microsoft.graph` types are named; links to
/// `security-alert.md`, `enums-security.md` or an anchor of the same page stay in `page_ns`.
fn link_leaves_namespace(link_target: Option<&str>, page_ns: &str) -> bool {
    let Some(target) = link_target else {
        return false;
    };
    let path = target.split(['#', '?']).next().unwrap_or("").trim();
    let file = path.rsplit('/').next().unwrap_or(path);
    let Some(stem) = file.strip_suffix(".md") else {
        return false;
    };
    let last = page_ns.rsplit('.').next().unwrap_or(page_ns);
    !stem.split('-').any(|word| word.eq_ignore_ascii_case(last))
}

fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

fn strip_suffix_ci<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let tail = text.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = "microsoft.graph.identityGovernance";

    fn names() -> Names {
        let mut names = Names::default();
        names.insert(&QualifiedName::new(NS, "valueType"));
        names.insert(&QualifiedName::new(NS, "run"));
        names.insert(&QualifiedName::new(GRAPH, "user"));
        names
    }

    fn named(ns: &str, name: &str) -> TypeRef {
        TypeRef::Named(QualifiedName::new(ns, name))
    }

    #[test]
    fn written_forms_before_resolution() {
        let name = |n| Ok(WrittenType::Name(n));
        let collection = |t: WrittenType<'static>| WrittenType::Collection(Box::new(t));
        assert_eq!(read_cell("`run`"), name("run"));
        assert_eq!(
            read_cell("#microsoft.graph.user."),
            name("microsoft.graph.user")
        );
        assert_eq!(
            read_cell("collection(Edm.Int32)"),
            Ok(collection(WrittenType::Primitive(Primitive::Int32)))
        );
        let nested = read_cell("Collection(run COLLECTION)").expect("nested collections");
        assert_eq!(nested, collection(collection(WrittenType::Name("run"))));
        assert_eq!(nested.element(), (&WrittenType::Name("run"), true));
        for text in ["", "None", "#", "a b", "Collection(", "x-y", ".x"] {
            assert!(read_cell(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn cell_shapes() {
        let n = names();
        assert_eq!(
            resolve_cell("Int32", None, NS, &n),
            Ok(TypeRef::Primitive(Primitive::Int32))
        );
        assert_eq!(
            resolve_cell("valueType", None, NS, &n),
            Ok(named(NS, "valueType"))
        );
        assert_eq!(
            resolve_cell("user", Some("../resources/user.md"), NS, &n),
            Ok(named(GRAPH, "user"))
        );
        assert_eq!(
            resolve_cell("identityGovernance.run collection", None, NS, &n),
            Ok(TypeRef::Collection(Box::new(named(NS, "run"))))
        );
        assert_eq!(
            resolve_cell(
                "Collection(microsoft.graph.identityGovernance.RUN)",
                None,
                NS,
                &n
            ),
            Ok(TypeRef::Collection(Box::new(named(NS, "run"))))
        );
        assert_eq!(
            resolve_cell("application collection", Some("application.md"), NS, &n),
            Ok(TypeRef::Collection(Box::new(named(GRAPH, "application"))))
        );
        assert_eq!(
            resolve_cell(
                "newThing",
                Some("../resources/identitygovernance-newthing.md"),
                NS,
                &n
            ),
            Ok(named(NS, "newThing"))
        );
        assert!(resolve_cell("", None, NS, &n).is_err());
        assert!(resolve_cell("String or null", None, NS, &n).is_err());
        assert!(resolve_cell("Collection(", None, NS, &n).is_err());
    }

    #[test]
    fn names_differing_only_in_case_resolve_by_exact_spelling() {
        let lower = QualifiedName::new(GRAPH, "onenote");
        let upper = QualifiedName::new(GRAPH, "Onenote");
        for order in [[&lower, &upper], [&upper, &lower]] {
            let mut n = names();
            order.into_iter().for_each(|name| n.insert(name));
            assert_eq!(n.find("microsoft.graph.Onenote"), Some(&upper));
            assert_eq!(n.find("microsoft.graph.onenote"), Some(&lower));
            // A third spelling could mean either: it names neither.
            assert_eq!(n.find("microsoft.graph.ONENOTE"), None);
            assert_eq!(qualify("Onenote", None, GRAPH, &n), upper);
        }
        // A case slip still finds a name that is unique in lower case.
        assert_eq!(
            names().find("microsoft.graph.USER"),
            Some(&QualifiedName::new(GRAPH, "user"))
        );
    }

    #[test]
    fn a_link_to_the_defining_page_settles_the_namespace() {
        let mut n = names();
        let records = QualifiedName::new("microsoft.graph.callRecords", "endpoint");
        let graph = QualifiedName::new(GRAPH, "endpoint");
        n.insert(&records);
        n.insert(&graph);
        n.insert_page("callrecords-endpoint", &records);
        n.insert_page("endpoint", &graph);
        let on_graph_page = |target| resolve_cell("endpoint", Some(target), GRAPH, &n);
        assert_eq!(
            on_graph_page("callrecords-endpoint.md#x"),
            Ok(TypeRef::Named(records.clone()))
        );
        assert_eq!(
            on_graph_page("../resources/endpoint.md"),
            Ok(TypeRef::Named(graph.clone()))
        );
        // A link whose page defines another name does not decide.
        assert_eq!(
            resolve_cell("endpoint", Some("user.md"), GRAPH, &n),
            Ok(TypeRef::Named(graph))
        );
    }

    #[test]
    fn a_bare_name_nobody_documents_stays_in_the_page_namespace() {
        let n = names();
        let on_page = |ns, target| qualify("grade", target, ns, &n).to_string();
        assert_eq!(on_page(NS, None), format!("{NS}.grade"));
        assert_eq!(
            on_page(NS, Some("enums-identitygovernance.md#grade-values")),
            format!("{NS}.grade")
        );
        assert_eq!(on_page(NS, Some("#grade-values")), format!("{NS}.grade"));
        // A link to a page named without the namespace is a `microsoft.graph` type's page.
        assert_eq!(
            on_page(NS, Some("../resources/grade.md")),
            format!("{GRAPH}.grade")
        );
        assert_eq!(on_page(GRAPH, None), format!("{GRAPH}.grade"));
        // Documented names win over the fallback, the page namespace first.
        assert_eq!(
            qualify("user", None, NS, &n).to_string(),
            "microsoft.graph.user"
        );
        assert_eq!(
            qualify("run", Some("../resources/run.md"), NS, &n).to_string(),
            format!("{NS}.run")
        );
    }

    #[test]
    fn notes_around_the_type_are_set_aside() {
        let string = Ok(WrittenType::Primitive(Primitive::String));
        assert_eq!(read_cell("String (url)"), string);
        assert_eq!(read_cell("string, maximum size 20"), string);
        assert_eq!(read_cell("(Optional) String"), string);
        assert_eq!(read_cell("String; read-only"), string);
        assert_eq!(
            read_cell("Collection(run) (max 10)"),
            Ok(WrittenType::Collection(Box::new(WrittenType::Name("run"))))
        );
        assert!(read_cell("(Optional)").is_err());
    }
}
