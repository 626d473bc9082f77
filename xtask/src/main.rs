//! `cargo xtask`: regenerate, dump, lint, drift.

fn main() {
    eprintln!("usage: cargo xtask <regenerate|dump|lint|drift> ...");
    std::process::exit(2);
}
