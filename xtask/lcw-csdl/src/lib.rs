//! Reads the Graph service schema (OData CSDL, EDMX 4.0, as served at `$metadata`) into the same
//! stage-2 model the docs produce, so the two can be compared with the drift report's classes.
//!
//! ```text
//! pub fn read(xml: &str, file: &Path, diags: &mut Diagnostics) -> Schema
//! ```
//!
//! [`Schema::model`] is a [`VersionModel`]: entity and complex types (base, abstract, open, key,
//! properties, navigation properties as relationships), enums (members in declaration order,
//! `IsFlags`) and bound actions and functions as [`lcw_docs::model::Operation`]s, with the path
//! derived from the entity container's singletons and entity sets through containment
//! navigation (`POST /a/b/{bId}/namespace.action`). Aliases are expanded (`graph.x` is
//! `microsoft.graph.x`). What the docs model has no field for sits beside it in [`Schema`]:
//! nullability and containment per property, the container's roots, and each type's address.
//!
//! Reading never panics: malformed or hostile input (truncated, not EDMX, a DTD or entity
//! expansion, a node count over [`MAX_NODES`], text over [`MAX_BYTES`]) yields diagnostics
//! ([`codes`]) at `file:line:col` and whatever could be read. Sources in the model point at the
//! declaring element, so a finding about the schema has a position too.

pub mod codes;
mod paths;
mod read;

use std::collections::BTreeMap;

use lcw_docs::model::{Operation, QualifiedName, TypeRef, VersionModel};

pub use read::{MAX_BYTES, MAX_NODES, read};

/// One schema document: the model plus the facts the docs model has no field for.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    /// Types, enums and bound operations, with wire names.
    pub model: VersionModel,
    /// Every `Schema` element's namespace and alias (alias `None` when it declares none).
    pub namespaces: BTreeMap<String, Option<String>>,
    /// Per type, per own property or navigation property: what CSDL says beyond its type.
    pub facets: BTreeMap<QualifiedName, BTreeMap<String, Facets>>,
    /// Entity sets and singletons of the entity container, by name.
    pub roots: BTreeMap<String, Root>,
    /// Where each reachable entity type is addressed: the shortest path from a root through
    /// containment, e.g. `/identityGovernance/lifecycleWorkflows/workflows/{workflowId}`.
    pub addresses: BTreeMap<QualifiedName, String>,
    /// Where a collection of each entity type is addressed, when one is: an entity set or a
    /// collection-valued containment navigation, e.g. `/identityGovernance/lifecycleWorkflows/workflows`.
    pub collections: BTreeMap<QualifiedName, String>,
    /// The bound actions and functions with what they are bound to (the operations of
    /// [`Schema::model`] carry no binding), in the order of `model.operations`.
    pub bound: Vec<BoundOperation>,
}

/// A bound action or function and its binding parameter's type.
#[derive(Debug, Clone)]
pub struct BoundOperation {
    /// Qualified name, e.g. `microsoft.graph.identityGovernance.activate`.
    pub name: QualifiedName,
    /// What it is bound to: an entity type, or a collection of one.
    pub binding: TypeRef,
    /// The operation as the model has it; `path` is empty when no address of the binding type
    /// is derivable (no containment path from a root).
    pub operation: Operation,
}

/// What a property declares besides its name and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facets {
    /// `Nullable` (CSDL's default is `true`).
    pub nullable: bool,
    /// A navigation property with `ContainsTarget="true"`.
    pub contains_target: bool,
}

/// An entity set (a collection) or a singleton of the entity container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Root {
    /// Entity type of its members (or of the singleton).
    pub ty: QualifiedName,
    /// A singleton rather than an entity set.
    pub singleton: bool,
}

impl Schema {
    /// Whether `property` of `ty` may be `null` by the schema; `None` when either is unknown.
    pub fn nullable(&self, ty: &QualifiedName, property: &str) -> Option<bool> {
        Some(self.facets.get(ty)?.get(property)?.nullable)
    }
}

/// Re-exported for the benchmark, which finds the service metadata as the tests do.
pub use lcw_docs::paths::METADATA_ENV;
