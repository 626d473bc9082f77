//! `Authorization: Bearer` checks.

use axum::http::{HeaderMap, header};

use crate::errors::GraphError;
use axum::http::StatusCode;

/// Which bearer tokens the emulator accepts. Its `Debug` output never shows a token.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct AuthConfig {
    /// Token with read and write rights; `None` turns checking off.
    pub token: Option<String>,
    /// Token that may only read: writes answer `403`.
    pub read_only_token: Option<String>,
}

impl std::fmt::Debug for AuthConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |token: &Option<String>| token.as_ref().map(|_| "<redacted>");
        f.debug_struct("AuthConfig")
            .field("token", &shown(&self.token))
            .field("read_only_token", &shown(&self.read_only_token))
            .finish()
    }
}

/// The permission a write needs and the read-only token lacks.
pub const WRITE_PERMISSION: &str = "LifecycleWorkflows.ReadWrite.All";

/// Checks the request's token; `write` marks POST/PATCH/DELETE.
pub fn check(config: &AuthConfig, headers: &HeaderMap, write: bool) -> Result<(), GraphError> {
    if config.token.is_none() && config.read_only_token.is_none() {
        return Ok(());
    }
    let unauthorized = |message: &str| {
        GraphError::new(
            StatusCode::UNAUTHORIZED,
            "InvalidAuthenticationToken",
            message,
        )
        .with_header(header::WWW_AUTHENTICATE, "Bearer")
    };
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err(unauthorized("Access token is empty."));
    };
    let text = value
        .to_str()
        .map_err(|_| unauthorized("Access token has invalid characters."))?;
    let Some(token) = text
        .strip_prefix("Bearer ")
        .or_else(|| text.strip_prefix("bearer "))
        .map(str::trim)
    else {
        return Err(unauthorized(
            "The Authorization header must use the Bearer scheme.",
        ));
    };
    if config.token.as_deref() == Some(token) {
        return Ok(());
    }
    if config.read_only_token.as_deref() == Some(token) {
        if write {
            return Err(GraphError::new(
                StatusCode::FORBIDDEN,
                "Authorization_RequestDenied",
                format!(
                    "Insufficient privileges to complete the operation: it needs the permission {WRITE_PERMISSION}."
                ),
            ));
        }
        return Ok(());
    }
    Err(unauthorized("Access token validation failure."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(v: Option<&'static str>) -> HeaderMap {
        let mut h = HeaderMap::new();
        if let Some(v) = v {
            h.insert(header::AUTHORIZATION, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn debug_output_hides_the_tokens() {
        let c = AuthConfig {
            token: Some("s3cret-rw".into()),
            read_only_token: Some("s3cret-ro".into()),
        };
        let text = format!("{c:?} {c:#?}");
        assert!(!text.contains("s3cret"), "{text}");
        assert!(text.contains("<redacted>"), "{text}");
        assert!(format!("{:?}", AuthConfig::default()).contains("None"));
    }

    #[test]
    fn statuses() {
        let c = AuthConfig {
            token: Some("rw".into()),
            read_only_token: Some("ro".into()),
        };
        let status =
            |h: Option<&'static str>, w| check(&c, &headers(h), w).err().map(|e| e.status.as_u16());
        assert_eq!(status(Some("Bearer rw"), true), None);
        assert_eq!(status(Some("Bearer ro"), false), None);
        assert_eq!(status(Some("Bearer ro"), true), Some(403));
        assert_eq!(status(Some("Bearer nope"), false), Some(401));
        assert_eq!(status(Some("Basic rw"), false), Some(401));
        assert_eq!(status(None, false), Some(401));
        assert!(check(&AuthConfig::default(), &headers(None), true).is_ok());
    }
}
