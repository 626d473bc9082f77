//! Diagnostic codes of the generator (`LCW09xx`), listed in `LINTS.md`.
//!
//! Each code is declared once here; the stages report them by the constants below.

use lcw_docs::diag::Severity;

lcw_docs::code_catalogue! {
    /// One thing the generator can report while naming and emitting.
    pub enum Code(summary, severity: Severity);
    /// Every code of the generator, in catalogue order.
    pub const ALL;

    /// A `[rust_names]` override gives a name that is no identifier, a keyword, or already
    /// taken in its scope.
    BadNameOverride(BAD_NAME_OVERRIDE) = "LCW0901", Error, "name override is unusable or taken";
    /// A base type or property type the model does not have: the base's properties are left out,
    /// the property is raw JSON.
    Unresolved(UNRESOLVED) = "LCW0902", Warning, "reference to a type the model does not have";
    /// A file could not be produced: tokens that do not parse, two items wanting one file, or a
    /// `$metadata` document that cannot be written (a generator bug, or a name override to add).
    EmitFailed(EMIT_FAILED) = "LCW0903", Error, "generated file cannot be produced";
    /// Two client names collide, or an operation's path is one the client cannot express (a
    /// request body of unknown type is a warning: the client takes raw JSON).
    ClientNaming(CLIENT_NAMING) = "LCW0904", Error, "client name collides or path cannot be expressed";
    /// A collection query option is documented on an operation that answers one value.
    OptionIgnored(OPTION_IGNORED) = "LCW0905", Warning, "collection query option on a single answer";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Every `LCW09nn` written anywhere in the crate's sources, with the file that writes it.
    fn codes_in_sources(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("source folder") {
            let path = entry.expect("source entry").path();
            if path.is_dir() {
                codes_in_sources(&path, out);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source file");
            for (at, _) in text.match_indices("LCW09") {
                let code = text.get(at..at + 7).unwrap_or_default();
                if code.len() == 7 && code[3..].bytes().all(|b| b.is_ascii_digit()) {
                    out.push((code.to_owned(), path.display().to_string()));
                }
            }
        }
    }

    /// A code written outside this catalogue (as a literal or in a doc comment) is one the
    /// catalogue and LINTS.md know.
    #[test]
    fn every_code_the_sources_name_is_catalogued() {
        let mut found = Vec::new();
        codes_in_sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(found.len() > ALL.len(), "the scan finds the codes");
        for (code, file) in found {
            assert!(
                Code::from_code(&code).is_some(),
                "{file}: {code} is not in codes::ALL"
            );
        }
    }

    /// LINTS.md has one row per generator code, with its summary and severity, and no row for
    /// a generator code the catalogue lacks.
    #[test]
    fn lints_md_lists_every_code() {
        let path = crate::workspace_root().join("LINTS.md");
        let text = std::fs::read_to_string(&path).expect("LINTS.md at the workspace root");
        let rows: Vec<Vec<&str>> = text
            .lines()
            .filter(|l| l.starts_with("| LCW09"))
            .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
            .collect();
        let want: Vec<Vec<&str>> = ALL
            .iter()
            .map(|c| vec![c.code(), c.summary(), c.severity().as_str()])
            .collect();
        assert_eq!(rows, want);
    }
}
