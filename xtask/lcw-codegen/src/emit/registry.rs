//! The version's table of types: `TYPES` (names, bases, properties, for code that works from
//! metadata such as a server or a query checker) and, behind the `test-hooks` feature,
//! `__reencode` (decode and re-encode by qualified name, for checks over sample payloads
//! without a hand-kept table of types).

use super::VersionCtx;
use super::writer::{self, RustWriter};

/// `TYPES` and the hidden `__reencode` function of one version.
pub fn write_registry(w: &mut RustWriter, ctx: &VersionCtx<'_>) {
    w.line("/// Every type of this version with its properties, in name order.");
    w.line("pub static TYPES: &[crate::TypeInfo] = &[");
    w.indented(|w| {
        for (name, rust) in &ctx.names.structs {
            let base = match ctx.model.types.get(name).and_then(|def| def.base.as_ref()) {
                Some(base) => format!("Some({})", writer::string(&base.to_string())),
                None => "None".to_owned(),
            };
            w.open("crate::TypeInfo");
            w.line(format_args!("name: {},", writer::string(&name.to_string())));
            w.line(format_args!("base: {base},"));
            w.line(format_args!(
                "properties: <{} as crate::GraphType>::PROPERTIES,",
                ctx.item_path(name, rust)
            ));
            w.close(",");
        }
    });
    w.line("];");
    w.blank();

    w.line(
        "/// Decodes `json` as the type named `qualified` (a collection page when `collection`),",
    );
    w.line(
        "/// encodes it back, and gives the type's properties; `None` for a name this version does",
    );
    w.line(
        "/// not have. Polymorphic bases decode through their `Kind` enum. A test hook, behind the",
    );
    w.line("/// `test-hooks` feature.");
    w.line("#[cfg(feature = \"test-hooks\")]");
    w.line("#[doc(hidden)]");
    w.open_fn(
        "pub fn __reencode(",
        &[
            "qualified: &str".into(),
            "collection: bool".into(),
            "json: &str".into(),
        ],
        ") -> Option<(Result<serde_json::Value, serde_json::Error>, &'static [crate::PropertyInfo])>",
    );
    if ctx.names.structs.is_empty() {
        w.line("let _ = (qualified, collection, json);");
        w.line("None");
    } else {
        w.open("Some(match qualified.trim_start_matches('#')");
        for (name, rust) in &ctx.names.structs {
            let decoded = ctx.item_path(name, ctx.names.kinds.get(name).unwrap_or(rust));
            w.line(format_args!("{} => (", writer::string(&name.to_string())));
            w.indented(|w| {
                w.line(format_args!(
                    "crate::__private::reencode::<{decoded}>(collection, json),"
                ));
                w.line(format_args!(
                    "<{} as crate::GraphType>::PROPERTIES,",
                    ctx.item_path(name, rust)
                ));
            });
            w.line("),");
        }
        w.line("_ => return None,");
        w.close(")");
    }
    w.close("");
}
