//! lcw-doclint
