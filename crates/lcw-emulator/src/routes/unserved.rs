//! The documented operations the emulator does not serve yet: the one place that decides it.
//! The router still recognises their paths (they come from the generated tables), and the
//! dispatcher answers them `501 NotImplemented` before looking at the store.

use axum::http::StatusCode;

use super::table::ApiVersion;
use crate::errors::GraphError;

/// Beta operation ids (as the generated `OPERATIONS` table names them) that are documented
/// but not served yet. This list shrinks as the emulator learns them: remove an id in the
/// same change that serves it (`tests/serving.rs` fails on an id the emulator serves or the
/// table lacks).
pub const NOT_YET_SERVED_BETA: &[&str] = &[];

/// v1.0 operation ids documented but not served yet; shrinks like [`NOT_YET_SERVED_BETA`].
pub const NOT_YET_SERVED_V1: &[&str] = &[];

/// The not-yet-served ids of `version`.
pub fn not_yet_served(version: ApiVersion) -> &'static [&'static str] {
    match version {
        ApiVersion::Beta => NOT_YET_SERVED_BETA,
        ApiVersion::V1 => NOT_YET_SERVED_V1,
    }
}

/// Whether the operation `id` of `version` is documented but not served yet.
pub fn is_not_yet_served(version: ApiVersion, id: &str) -> bool {
    not_yet_served(version).contains(&id)
}

/// The answer to a documented operation the emulator does not serve yet.
pub fn not_yet_served_error(id: &str) -> GraphError {
    GraphError::new(
        StatusCode::NOT_IMPLEMENTED,
        "NotImplemented",
        format!("{id} is documented but the emulator does not serve it yet"),
    )
}
