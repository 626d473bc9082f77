//! lcw-enums
