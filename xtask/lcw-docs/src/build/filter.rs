//! `--namespace NS`: keep one namespace and everything it references, transitively.

use std::collections::BTreeSet;

use crate::model::{QualifiedName, VersionModel};

use super::{innermost, namespaces_by_operation, type_references};

/// Keeps the types and enums of `namespace`, the operations of its pages, and every type or enum
/// those reference (base types, property types, return and body types), transitively.
pub fn keep_namespace(
    model: &mut VersionModel,
    namespace: &str,
    operation_namespaces: &[(String, String)],
) {
    let by_op = namespaces_by_operation(operation_namespaces);
    model.operations.retain(|op| {
        by_op.get(op.id.as_str()).is_some_and(|ns| *ns == namespace)
            || op
                .returns
                .as_ref()
                .and_then(innermost)
                .is_some_and(|n| n.namespace == namespace)
    });
    let mut keep: BTreeSet<QualifiedName> = model
        .types
        .keys()
        .chain(model.enums.keys())
        .filter(|n| n.namespace == namespace)
        .cloned()
        .collect();
    let mut queue: Vec<QualifiedName> = keep.iter().cloned().collect();
    for op in &model.operations {
        let body = op
            .request_body
            .iter()
            .chain(&op.function_params)
            .filter_map(|p| innermost(&p.ty));
        queue.extend(
            op.returns
                .as_ref()
                .and_then(innermost)
                .into_iter()
                .chain(body)
                .cloned(),
        );
    }
    while let Some(name) = queue.pop() {
        keep.insert(name.clone());
        if let Some(ty) = model.types.get(&name) {
            for referenced in type_references(ty) {
                if !keep.contains(referenced) {
                    queue.push(referenced.clone());
                }
            }
        }
    }
    model.types.retain(|name, _| keep.contains(name));
    model.enums.retain(|name, _| keep.contains(name));
    for ty in model.types.values_mut() {
        ty.subtypes.retain(|s| keep.contains(s));
    }
}
