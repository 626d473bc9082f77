//! `azure_identity` credentials as token sources (feature `azure-identity`).

use std::sync::Arc;

use azure_core::credentials::TokenCredential;

use crate::auth::{AccessToken, Credential, Secret, TokenFuture};

/// Any `azure_identity` credential: `ClientSecretCredential`, `ManagedIdentityCredential`,
/// `AzureCliCredential`, `DeveloperToolsCredential`...
///
/// ```no_run
/// # fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// let credential = lcw_client::azure_identity::DeveloperToolsCredential::new(None)?;
/// let client = lcw_client::Client::builder()
///     .credential(lcw_client::AzureCredential::new(credential))
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct AzureCredential(Arc<dyn TokenCredential>);

impl AzureCredential {
    /// Wraps `credential`.
    pub fn new(credential: Arc<dyn TokenCredential>) -> Self {
        AzureCredential(credential)
    }
}

impl Credential for AzureCredential {
    fn token<'a>(&'a self, scope: &'a str) -> TokenFuture<'a> {
        Box::pin(async move {
            let token = self.0.get_token(&[scope], None).await?;
            Ok(AccessToken {
                token: Secret::new(token.token.secret()),
                expires_on: jiff::Timestamp::from_second(token.expires_on.unix_timestamp()).ok(),
            })
        })
    }
}
