//! Where the generated items of one version go: a folder (module) per namespace in both model
//! crates, one file per enum or type, and a `mod.rs` per folder declaring its files, its child
//! namespaces and, at the version root, the re-exports of other namespaces' unique names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use lcw_docs::diag::Diagnostics;
use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::modules::{Member, version_items};
use crate::emit::writer::RustWriter;
use crate::emit::{ENUMS_DIR, Files, MODELS_DIR, VersionCtx, header, ident, render};
use crate::put;

/// Writes every enum, type and `mod.rs` of one version, plus the operations and type tables.
pub(crate) fn version_files(ctx: &VersionCtx<'_>, files: &mut Files, diags: &mut Diagnostics) {
    let (model, names) = (ctx.model, ctx.names);
    let module = ctx.version.module();
    let enums_root = PathBuf::from(ENUMS_DIR).join(module);
    let models_root = PathBuf::from(MODELS_DIR).join(module);
    let folder = |ns: &str| names.module_of(ns).to_vec();
    let dir = |root: &PathBuf, path: &[String]| path.iter().fold(root.clone(), |d, s| d.join(s));

    // One file per job, on every core.
    let enum_jobs: Vec<_> = model.enums.iter().collect();
    let rendered = lcw_docs::par::map(&enum_jobs, |&(name, def)| {
        let mut w = RustWriter::new(&ctx.header(&def.source.file));
        crate::emit::enums::write_enum(&mut w, ctx, name, def);
        Ok(w.finish())
    });
    let mut enum_members: BTreeMap<Vec<String>, Vec<Member>> = BTreeMap::new();
    for ((name, _), text) in enum_jobs.iter().zip(rendered) {
        let stem = names.stems[*name].clone();
        let path = folder(&name.namespace);
        put(
            files,
            diags,
            dir(&enums_root, &path).join(format!("{stem}.rs")),
            text,
        );
        enum_members.entry(path).or_default().push(Member {
            module: stem,
            exports: names.declared(name),
            gated: Vec::new(),
        });
    }

    let type_jobs: Vec<_> = model.types.iter().collect();
    let rendered = lcw_docs::par::map(&type_jobs, |&(name, def)| {
        let mut w = RustWriter::new(&ctx.header(&def.source.file));
        crate::emit::structs::write_struct(&mut w, ctx, name, def);
        crate::emit::kinds::write_kind(&mut w, ctx, name);
        Ok(w.finish())
    });
    let mut model_members: BTreeMap<Vec<String>, Vec<Member>> = BTreeMap::new();
    for ((name, _), text) in type_jobs.iter().zip(rendered) {
        let stem = names.stems[*name].clone();
        let path = folder(&name.namespace);
        put(
            files,
            diags,
            dir(&models_root, &path).join(format!("{stem}.rs")),
            text,
        );
        model_members.entry(path).or_default().push(Member {
            module: stem,
            exports: names.declared(name),
            gated: Vec::new(),
        });
    }
    tables(ctx, &models_root, &mut model_members, files, diags);

    // Every namespace folder, with the folders between it and the version root.
    let mut folders: BTreeSet<Vec<String>> = BTreeSet::from([Vec::new()]);
    for path in names.modules.values() {
        for depth in 1..=path.len() {
            folders.insert(path[..depth].to_vec());
        }
    }
    let seg = ctx.version.segment();
    let version_header = header(ctx.docs_label, &format!("api-reference/{seg}"));
    let namespace_of: BTreeMap<&[String], &str> = names
        .modules
        .iter()
        .map(|(ns, path)| (path.as_slice(), ns.as_str()))
        .collect();
    let enums_crate = ident(module);
    for path in &folders {
        let children: Vec<&String> = folders
            .iter()
            .filter(|f| f.len() == path.len() + 1 && f.starts_with(path))
            .map(|f| &f[path.len()])
            .collect();
        let describe = |what: &str| match (path.is_empty(), namespace_of.get(path.as_slice())) {
            (true, _) => format!(" {what} of the `{seg}` API."),
            (false, Some(ns)) => format!(" {what} of the `{ns}` namespace (`{seg}`)."),
            (false, None) => format!(" Namespaces under `{}` (`{seg}`).", path.join("::")),
        };
        let empty = Vec::new();
        let mut enum_items = enum_members.get(path).unwrap_or(&empty).as_slice().to_vec();
        enum_items.sort_by(|a, b| a.module.cmp(&b.module));
        let enum_exports: Vec<_> = if path.is_empty() {
            root_exports(ctx, true)
        } else {
            Vec::new()
        };
        let has_enums = !enum_items.is_empty() || !enum_exports.is_empty();
        let mut prelude = child_modules(&children);
        prelude.extend(enum_exports);
        let (inner, items) =
            version_items(&describe("Enums"), quote! { #( #prelude )* }, &enum_items);
        put(
            files,
            diags,
            dir(&enums_root, path).join("mod.rs"),
            render(&version_header, inner, &items),
        );

        let mut model_items = model_members
            .get(path)
            .unwrap_or(&empty)
            .as_slice()
            .to_vec();
        model_items.sort_by(|a, b| a.module.cmp(&b.module));
        let mut prelude = Vec::new();
        // An empty glob re-export would be an unused-import warning.
        if has_enums {
            let segments = path.iter().map(|s| ident(s));
            prelude.push(quote! {
                /// The enums of the same namespace, so everything can be named from one module.
                pub use lcw_enums::#enums_crate #( :: #segments )* ::*;
            });
        }
        prelude.extend(child_modules(&children));
        if path.is_empty() {
            prelude.extend(root_exports(ctx, false));
        }
        let (inner, items) = version_items(
            &describe("Types and operations"),
            quote! { #( #prelude )* },
            &model_items,
        );
        put(
            files,
            diags,
            dir(&models_root, path).join("mod.rs"),
            render(&version_header, inner, &items),
        );
    }
}

/// `operations.rs` and `registry.rs` at the version root.
fn tables(
    ctx: &VersionCtx<'_>,
    models_root: &std::path::Path,
    members: &mut BTreeMap<Vec<String>, Vec<Member>>,
    files: &mut Files,
    diags: &mut Diagnostics,
) {
    let seg = ctx.version.segment();
    let mut ops = RustWriter::new(&header(ctx.docs_label, &format!("api-reference/{seg}/api")));
    crate::emit::operations::write_operations(&mut ops, &ctx.model.operations, seg);
    put(
        files,
        diags,
        models_root.join("operations.rs"),
        Ok(ops.finish()),
    );
    let mut registry = RustWriter::new(&header(
        ctx.docs_label,
        &format!("api-reference/{seg}/resources"),
    ));
    crate::emit::registry::write_registry(&mut registry, ctx);
    put(
        files,
        diags,
        models_root.join("registry.rs"),
        Ok(registry.finish()),
    );
    let root = members.entry(Vec::new()).or_default();
    root.push(Member {
        module: "operations".into(),
        exports: vec!["OPERATIONS".into()],
        gated: Vec::new(),
    });
    root.push(Member {
        module: "registry".into(),
        exports: vec!["TYPES".into()],
        gated: vec![("test-hooks".into(), "__reencode".into())],
    });
}

fn child_modules(children: &[&String]) -> Vec<TokenStream> {
    children
        .iter()
        .map(|c| {
            let c = ident(c);
            quote! { pub mod #c; }
        })
        .collect()
}

/// `pub use call_records::{CallRecord, CallRecordBuilder};` for the names of other namespaces
/// the version root re-exports: the enums (`enums`) or the structs.
fn root_exports(ctx: &VersionCtx<'_>, enums: bool) -> Vec<TokenStream> {
    let names = ctx.names;
    let mut by_module: BTreeMap<&[String], Vec<String>> = BTreeMap::new();
    for name in &names.root_exports {
        if ctx.model.enums.contains_key(name) != enums {
            continue;
        }
        by_module
            .entry(names.module_of(&name.namespace))
            .or_default()
            .extend(names.declared(name));
    }
    by_module
        .into_iter()
        .map(|(path, mut exports)| {
            exports.sort();
            let segments = path.iter().map(|s| ident(s));
            let exports = exports.iter().map(|e| ident(e));
            // `self::`: the enums glob brings modules of the same names.
            quote! { pub use self #( :: #segments )* ::{ #( #exports ),* }; }
        })
        .collect()
}
