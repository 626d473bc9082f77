//! Reading type names as pages write them (`X collection`, `Collection(X)`, bare or partial
//! names) into a qualified name and a collection flag, for comparison.

use lcw_docs::build::resolve::{WrittenType, qualify_with, read_cell};
use lcw_docs::model::{QualifiedName, TypeRef};

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
/// documented somewhere in the tree; `link_target` is where the cell links, if it does.
pub fn read(
    text: &str,
    link_target: Option<&str>,
    page_namespace: &str,
    is_known: &dyn Fn(&str) -> bool,
) -> Option<NamedType> {
    let written = read_cell(text).ok()?;
    let (element, collection) = written.element();
    let (name, primitive) = match element {
        WrittenType::Primitive(p) => (p.as_str().to_string(), true),
        WrittenType::Name(name) => (qualify(name, link_target, page_namespace, is_known), false),
        WrittenType::Collection(_) => return None,
    };
    Some(NamedType {
        name,
        primitive,
        collection,
    })
}

/// Qualifies a type name by the model builder's rule ([`qualify_with`]), so the lint and the
/// model put a name in the same namespace. `is_known` matches exact spellings only: a name
/// written in another case stays as written, and the checks see the slip.
pub fn qualify(
    name: &str,
    link_target: Option<&str>,
    page_namespace: &str,
    is_known: &dyn Fn(&str) -> bool,
) -> String {
    let find = |candidate: &str| {
        is_known(candidate)
            .then(|| QualifiedName::parse(candidate))
            .flatten()
    };
    qualify_with(name, link_target, page_namespace, &find).to_string()
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
            let t = read(cell, None, NS, &known).expect(cell);
            assert_eq!(
                (t.name.as_str(), t.primitive, t.collection),
                (name, primitive, collection),
                "{cell}"
            );
        }
        assert_eq!(read("", None, NS, &known), None);
        assert_eq!(read("None", None, NS, &known), None);
    }

    #[test]
    fn names_land_in_the_namespace_the_model_builder_gives_them() {
        use lcw_docs::build::resolve::{Names, qualify as model_qualify};
        let mut names = Names::default();
        for name in [
            "microsoft.graph.entity",
            "microsoft.graph.identityGovernance.run",
        ] {
            names.insert(&QualifiedName::parse(name).expect("qualified"));
        }
        let cells = [
            ("run", None),
            ("entity", Some("entity.md")),
            ("severityLevel", None),
            (
                "severityLevel",
                Some("enums-identitygovernance.md#severitylevel-values"),
            ),
            ("lid", Some("../resources/lid.md")),
            ("identityGovernance.task", None),
        ];
        for (cell, link) in cells {
            let model = model_qualify(cell, link, NS, &names).to_string();
            assert_eq!(qualify(cell, link, NS, &known), model, "{cell} {link:?}");
        }
        // A name no page documents stays in the page namespace unless its link leaves it.
        assert_eq!(
            qualify("severityLevel", None, NS, &known),
            format!("{NS}.severityLevel")
        );
        assert_eq!(
            qualify("lid", Some("../resources/lid.md"), NS, &known),
            "microsoft.graph.lid"
        );
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
