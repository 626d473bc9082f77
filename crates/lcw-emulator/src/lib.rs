//! lcw-emulator
