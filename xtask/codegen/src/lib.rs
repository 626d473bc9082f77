//! lcw-codegen
