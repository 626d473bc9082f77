//! Turns the API model into Rust source for `lcw-enums` and `lcw-models`.

pub mod cli;
