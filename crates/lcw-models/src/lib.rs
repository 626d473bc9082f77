//! lcw-models
