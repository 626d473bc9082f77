//! Reading type names as pages write them (`X collection`, `Collection(X)`, bare or partial
//! names) into a qualified name and a collection flag, for comparison.

use lcw_docs::model::Primitive;

/// A type as a table cell, annotation or prose names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NamedType {
    /// A canonical primitive name (`Int32`) or a qualified name.
    pub name: String,
    /// Whether it is a primitive.
    pub primitive: bool,
    /// `X collection` / `Collection(X)`.
    pub collection: bool,
}

impl NamedType {
    /// How the type is shown in messages: `Collection(x)` or `x`.
    pub fn display(&self) -> String {
        if self.collection { format!("Collection({})", self.name) } else { self.name.clone() }
    }

    /// The name without its namespace.
    pub fn short_name(&self) -> &str {
        self.name.rsplit('.').next().unwrap_or(&self.name)
    }
}

/// Splits `X collection` / `Collection(X)` into `X` and the flag.
pub fn split_collection(text: &str) -> (&str, bool) {
    let t = text.trim().trim_matches('`').trim();
    if let Some(inner) = t.strip_prefix("Collection(").and_then(|r| r.strip_suffix(')')) {
        return (inner.trim(), true);
    }
    let lower = t.to_ascii_lowercase();
    if lower.ends_with(" collection") {
        return (t[..t.len() - " collection".len()].trim(), true);
    }
    (t, false)
}

/// Reads a type cell or annotation type. `is_known` says whether a qualified name is documented,
/// to qualify bare names by trying the page namespace first, then `microsoft.graph`.
pub fn read(text: &str, page_namespace: &str, is_known: &dyn Fn(&str) -> bool) -> Option<NamedType> {
    let (inner, collection) = split_collection(text);
    let inner = inner.trim_start_matches('#').trim();
    if inner.is_empty() || inner.eq_ignore_ascii_case("none") || inner.contains(char::is_whitespace) {
        return None;
    }
    if let Some(p) = Primitive::parse(inner).filter(|_| !inner.contains('.') || inner.starts_with("Edm.")) {
        return Some(NamedType { name: p.as_str().to_string(), primitive: true, collection });
    }
    Some(NamedType { name: qualify(inner, page_namespace, is_known), primitive: false, collection })
}

/// Qualifies a type name: full names stay, `identityGovernance.x` gets `microsoft.graph.`, a bare
/// name takes the page namespace if documented there, else `microsoft.graph` if documented there,
/// else the page namespace.
pub fn qualify(name: &str, page_namespace: &str, is_known: &dyn Fn(&str) -> bool) -> String {
    if name.starts_with("microsoft.") {
        return name.to_string();
    }
    if name.contains('.') {
        return format!("microsoft.graph.{name}");
    }
    let in_page = format!("{page_namespace}.{name}");
    if is_known(&in_page) {
        return in_page;
    }
    let in_graph = format!("microsoft.graph.{name}");
    if is_known(&in_graph) { in_graph } else { in_page }
}

/// The type a response section names ("... a collection of `x` ..."), `None` when it
/// returns no body (`204 No Content`) or names no type.
pub fn from_response_prose(prose: &str) -> Option<NamedType> {
    let start = prose.find("microsoft.graph.")?;
    let rest = &prose[start..];
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_')).unwrap_or(rest.len());
    let name = rest[..end].trim_end_matches('.');
    let before = prose[..start].to_ascii_lowercase();
    let collection = before.contains("collection of") || before.contains("list of");
    Some(NamedType { name: name.to_string(), primitive: false, collection })
}

/// Whether a response section says there is no body.
pub fn prose_says_no_content(prose: &str) -> bool {
    prose.contains("204 No Content") || prose.contains("204 no content")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(name: &str) -> bool {
        name == "microsoft.graph.entity" || name == "microsoft.graph.identityGovernance.run"
    }

    const NS: &str = "microsoft.graph.identityGovernance";

    #[test]
    fn cells_in_every_written_form() {
        let cases = [
            ("String", "String", true, false),
            ("Int32 collection", "Int32", true, true),
            ("microsoft.graph.identityGovernance.run collection", "microsoft.graph.identityGovernance.run", false, true),
            ("Collection(microsoft.graph.keyValuePair)", "microsoft.graph.keyValuePair", false, true),
            ("identityGovernance.workflowTriggerTimeBasedAttribute", "microsoft.graph.identityGovernance.workflowTriggerTimeBasedAttribute", false, false),
            ("run", "microsoft.graph.identityGovernance.run", false, false),
            ("entity", "microsoft.graph.entity", false, false),
            ("valueType", "microsoft.graph.identityGovernance.valueType", false, false),
            ("#microsoft.graph.identityGovernance.run", "microsoft.graph.identityGovernance.run", false, false),
        ];
        for (cell, name, primitive, collection) in cases {
            let t = read(cell, NS, &known).expect(cell);
            assert_eq!((t.name.as_str(), t.primitive, t.collection), (name, primitive, collection), "{cell}");
        }
        assert_eq!(read("", NS, &known), None);
        assert_eq!(read("None", NS, &known), None);
    }

    #[test]
    fn response_prose() {
        let t = from_response_prose(
            "On success the call answers `200 OK` with a collection of microsoft.graph.identityGovernance.run values.",
        )
        .expect("type");
        assert_eq!((t.name.as_str(), t.collection), ("microsoft.graph.identityGovernance.run", true));
        let t = from_response_prose("returns a `200 OK` and a microsoft.graph.identityGovernance.runSummary.").expect("type");
        assert_eq!((t.name.as_str(), t.collection), ("microsoft.graph.identityGovernance.runSummary", false));
        assert!(prose_says_no_content("this action returns a `204 No Content` response code."));
        assert_eq!(from_response_prose("returns a `204 No Content` response code."), None);
    }
}
