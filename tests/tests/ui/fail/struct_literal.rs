//! Models are non-exhaustive: other crates build them with `default()` or the builder.

use lcw_models::beta::Run;

fn main() {
    let _run = Run {
        id: Some("run-1".to_owned()),
        ..Default::default()
    };
}
