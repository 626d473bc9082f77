//! The `OPERATIONS` table of one version.

use lcw_docs::model::{Operation, TypeRef};

use super::writer::{self, RustWriter};

/// The `OPERATIONS` static.
pub fn write_operations(w: &mut RustWriter, operations: &[Operation], version_segment: &str) {
    let strings = |items: &[String]| -> Vec<String> {
        items.iter().map(|item| writer::string(item)).collect()
    };
    w.line(format_args!(
        "/// Every operation the `{version_segment}` docs describe, one row per request line, sorted by path then method."
    ));
    w.line("pub static OPERATIONS: &[crate::OperationInfo] = &[");
    w.indented(|w| {
        for op in operations {
            let (returns, collection) = match &op.returns {
                None => ("None".to_owned(), false),
                Some(ty) => {
                    let (name, collection) = return_name(ty);
                    (format!("Some({})", writer::string(&name)), collection)
                }
            };
            let body: Vec<String> = op
                .request_body
                .iter()
                .map(|p| {
                    format!(
                        "crate::BodyParam {{ name: {}, required: {} }}",
                        writer::string(&p.wire_name),
                        p.required
                    )
                })
                .collect();
            w.open("crate::OperationInfo");
            w.line(format_args!("id: {},", writer::string(&op.id)));
            w.line(format_args!("title: {},", writer::string(&op.title)));
            w.line(format_args!(
                "method: {},",
                writer::string(op.verb.as_str())
            ));
            w.line(format_args!("path: {},", writer::string(&op.path)));
            w.list("query_options: &[", &strings(&op.query_options), "],");
            w.list("expandable: &[", &strings(&op.expandable), "],");
            w.line(format_args!("returns: {returns},"));
            w.line(format_args!("returns_collection: {collection},"));
            w.line(format_args!("success_status: {},", op.success_status));
            w.list("body: &[", &body, "],");
            w.close(",");
        }
    });
    w.line("];");
}

/// `microsoft.graph.identityGovernance.run` or `Edm.String`, and whether it is a collection.
fn return_name(ty: &TypeRef) -> (String, bool) {
    match ty {
        TypeRef::Primitive(p) => (format!("Edm.{}", p.as_str()), false),
        TypeRef::Named(name) => (name.to_string(), false),
        TypeRef::Collection(inner) => (return_name(inner).0, true),
    }
}
