//! Fields are tri-state `Nullable`s, not `Option`s: an `Option` pattern does not match, so
//! code cannot silently read an explicit `null` as "left out".

use lcw_models::beta::Run;

fn main() {
    let run = Run::default();
    if let Some(id) = run.id {
        drop(id);
    }
}
