//! Reading type names as pages write them (`X collection`, `Collection(X)`, bare or partial
//! names) into a qualified name and a collection flag, for comparison.

use lcw_docs::build::resolve::{WrittenType, read_cell};
use lcw_docs::model::TypeRef;

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
        if self.collection {
            format!("Collection({})", self.name)
        } else {
            self.name.clone()
        }
    }

    /// A resolved stage 2 type (`X`, `Collection(X)`); `None` for a collection of collections,
    /// which no page writes.
    pub fn from_type_ref(ty: &TypeRef) -> Option<NamedType> {
        let (element, collection) = match ty {
            TypeRef::Collection(inner) => (inner.as_ref(), true),
            other => (other, false),
        };
        let (name, primitive) = match element {
            TypeRef::Primitive(p) => (p.as_str().to_string(), true),
            TypeRef::Named(name) => (name.to_string(), false),
            TypeRef::Collection(_) => return None,
        };
        Some(NamedType {
            name,
            primitive,
            collection,
        })
    }

    /// The name without its namespace.
    pub fn short_name(&self) -> &str {
        self.name.rsplit('.').next().unwrap_or(&self.name)
    }
}

/// Reads a type cell or annotation type: the syntax is read by `lcw-docs` (as the model builder
/// reads it), names are qualified with [`qualify`]. `is_known` says whether a qualified name is
/// documented somewhere in the tree.
pub fn read(
    text: &str,
    page_namespace: &str,
    is_known: &dyn Fn(&str) -> bool,
) -> Option<NamedType> {
    let written = read_cell(text).ok()?;
    let (element, collection) = written.element();
    let (name, primitive) = match element {
        WrittenType::Primitive(p) => (p.as_str().to_string(), true),
        WrittenType::Name(name) => (qualify(name, page_namespace, is_known), false),
        WrittenType::Collection(_) => return None,
    };
    Some(NamedType {
        name,
        primitive,
        collection,
    })
}

/// Qualifies a type name: full names stay, `identityGovernance.x` gets `microsoft.graph.`, a bare
/// name takes the page namespace if documented there, else `microsoft.graph` if documented there,
/// else the page namespace. Unlike the model builder (which looks names up per version and sends
/// unknown bare names to `microsoft.graph`, where stand-ins live), the lint knows every name of
/// the tree and names an unknown type where the page itself would put it.
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
    if is_known(&in_graph) {
        in_graph
    } else {
        in_page
    }
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
            (
                "microsoft.graph.identityGovernance.run collection",
                "microsoft.graph.identityGovernance.run",
                false,
                true,
            ),
            (
                "Collection(microsoft.graph.keyValuePair)",
                "microsoft.graph.keyValuePair",
                false,
                true,
            ),
            (
                "identityGovernance.workflowTriggerTimeBasedAttribute",
                "microsoft.graph.identityGovernance.workflowTriggerTimeBasedAttribute",
                false,
                false,
            ),
            (
                "run",
                "microsoft.graph.identityGovernance.run",
                false,
                false,
            ),
            ("entity", "microsoft.graph.entity", false, false),
            (
                "valueType",
                "microsoft.graph.identityGovernance.valueType",
                false,
                false,
            ),
            (
                "#microsoft.graph.identityGovernance.run",
                "microsoft.graph.identityGovernance.run",
                false,
                false,
            ),
        ];
        for (cell, name, primitive, collection) in cases {
            let t = read(cell, NS, &known).expect(cell);
            assert_eq!(
                (t.name.as_str(), t.primitive, t.collection),
                (name, primitive, collection),
                "{cell}"
            );
        }
        assert_eq!(read("", NS, &known), None);
        assert_eq!(read("None", NS, &known), None);
    }

    #[test]
    fn stage_two_types() {
        use lcw_docs::model::{Primitive, QualifiedName};
        let run = QualifiedName::new(NS, "run");
        let t = NamedType::from_type_ref(&TypeRef::Collection(Box::new(TypeRef::Named(run))))
            .expect("a collection of a named type");
        assert_eq!(
            (t.name.as_str(), t.primitive, t.collection),
            ("microsoft.graph.identityGovernance.run", false, true)
        );
        let t = NamedType::from_type_ref(&TypeRef::Primitive(Primitive::Int32)).expect("Int32");
        assert_eq!(
            (t.name.as_str(), t.primitive, t.collection),
            ("Int32", true, false)
        );
        assert!(prose_says_no_content(
            "this action returns a `204 No Content` response code."
        ));
    }
}
