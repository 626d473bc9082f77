//! What the generated code says about each operation, and the query options it may take.

use lcw_models::OperationInfo;
use serde::de::DeserializeOwned;

/// One documented operation. Implemented by the generated marker types
/// (`lcw_client::beta::ops::WorkflowRunsList`); a [`Request`](crate::Request) is typed by it.
pub trait Operation: 'static {
    /// The version segment it is under: `beta` or `v1.0`.
    const VERSION: &'static str;
    /// Its row of the generated `OPERATIONS` table.
    const INFO: &'static OperationInfo;
    /// What a success decodes to: a type, a [`Collection`](lcw_models::Collection) page, or
    /// `()` for an answer without a body.
    type Output: DeserializeOwned + Send + 'static;
}

/// Marker traits: an operation implements one for each OData query option its page documents,
/// and a request offers the matching method only then.
pub mod options {
    use super::Operation;

    /// The operation returns a collection of `Item`, paged by `@odata.nextLink`.
    pub trait List: Operation<Output = lcw_models::Collection<Self::Item>> {
        /// The element type.
        type Item: serde::de::DeserializeOwned + Send + 'static;
    }

    /// The docs document `$select`.
    #[diagnostic::on_unimplemented(message = "the docs do not document `$select` for `{Self}`")]
    pub trait Select: Operation {}

    /// The docs document `$expand`.
    #[diagnostic::on_unimplemented(message = "the docs do not document `$expand` for `{Self}`")]
    pub trait Expand: Operation {}

    /// The docs document `$filter`.
    #[diagnostic::on_unimplemented(message = "the docs do not document `$filter` for `{Self}`")]
    pub trait Filter: List {}

    /// The docs document `$orderby`.
    #[diagnostic::on_unimplemented(message = "the docs do not document `$orderby` for `{Self}`")]
    pub trait OrderBy: List {}

    /// The docs document `$top`.
    #[diagnostic::on_unimplemented(message = "the docs do not document `$top` for `{Self}`")]
    pub trait Top: List {}

    /// The docs document `$skip`.
    #[diagnostic::on_unimplemented(message = "the docs do not document `$skip` for `{Self}`")]
    pub trait Skip: List {}

    /// The docs document `$count`.
    #[diagnostic::on_unimplemented(message = "the docs do not document `$count` for `{Self}`")]
    pub trait Count: List {}

    /// The docs document `$search`.
    #[diagnostic::on_unimplemented(message = "the docs do not document `$search` for `{Self}`")]
    pub trait Search: List {}
}
