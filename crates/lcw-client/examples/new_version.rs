//! Exports a workflow as JSON, then creates its next version from that export with a new
//! description: the round trip keeps every property, documented or not.
//!
//! `cargo run -p lcw-client --example new_version` (see `support` for where it calls).

mod support;

use lcw_client::models::beta::Workflow;
use lcw_client::models::{GraphType, Nullable};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = support::connect().await?;
    let beta = target.client.beta();

    let first = beta.workflows().list().select(["id"]).send().await?;
    let Some(workflow_id) = first.value.first().and_then(|w| w.id.as_deref()) else {
        println!("the tenant has no workflow");
        target.stop().await;
        return Ok(());
    };
    let workflow = beta
        .workflow(workflow_id)
        .get()
        .expand(["tasks"])
        .send()
        .await?;
    let export = serde_json::to_string_pretty(&workflow)?;
    println!(
        "exported version {:?} ({} bytes of JSON)",
        workflow.version.as_ref(),
        export.len()
    );

    // What a maintainer would do with the file: edit it, read it back. Properties the service
    // sets (read-only in the docs) and empty ones stay out of the new version's body.
    let mut edited: serde_json::Value = serde_json::from_str(&export)?;
    if let Some(object) = edited.as_object_mut() {
        object.retain(|key, value| {
            !value.is_null() && Workflow::property(key).is_none_or(|p| !p.read_only)
        });
    }
    let mut next: Workflow = serde_json::from_value(edited)?;
    next.description = Nullable::Value("Reviewed: joiners get their manager's groups.".to_owned());
    let created = beta
        .workflow(workflow_id)
        .create_new_version(Some(next))
        .send()
        .await?;
    println!(
        "created version {:?}: {}",
        created.version.as_ref(),
        created.description.as_deref().unwrap_or_default()
    );
    target.stop().await;
    Ok(())
}
