//! `lint-suppressions.toml`: findings accepted on purpose, each with a reason. A suppression
//! that matches nothing is itself reported, so the file cannot rot.
//!
//! ```toml
//! [[suppress]]
//! code = "LCW2101"                                  # required
//! file = "api-reference/beta/api/x.md"             # required, relative to the docs root
//! line = 42                                         # optional
//! match = "totalTasks"                              # optional: text the message must contain
//! reason = "why this finding is accepted"           # required
//! ```

use lcw_docs::diag::Span;
use serde::Deserialize;

use crate::codes;
use crate::finding::{Finding, Severity};

/// One entry as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Suppression {
    /// The finding code.
    pub code: String,
    /// The page, relative to the docs root.
    pub file: String,
    /// Only the finding on this line.
    pub line: Option<u32>,
    /// Only findings whose message contains this text.
    #[serde(rename = "match")]
    pub text: Option<String>,
    /// Why the finding is accepted.
    pub reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct File {
    suppress: Vec<Suppression>,
}

/// Suppressions with the line each entry starts on in the file.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// Name of the file as printed in findings.
    pub file_name: String,
    entries: Vec<(Suppression, u32)>,
    /// Problems with the file itself.
    pub problems: Vec<Finding>,
}

impl Suppressions {
    /// Reads the file's text; problems become findings rather than failures.
    pub fn parse(file_name: &str, text: &str) -> Self {
        let mut out = Suppressions {
            file_name: file_name.to_string(),
            ..Default::default()
        };
        let parsed: File = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let line = e.span().map_or(1, |r| line_of(text, r.start));
                out.problems.push(Finding::new(
                    file_name,
                    Span::new(line, 1),
                    codes::SUPPRESSION_INVALID,
                    format!("cannot read suppressions: {}", e.message()),
                ));
                return out;
            }
        };
        let header_lines: Vec<u32> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim() == "[[suppress]]")
            .map(|(i, _)| i as u32 + 1)
            .collect();
        for (i, entry) in parsed.suppress.into_iter().enumerate() {
            let line = header_lines.get(i).copied().unwrap_or(1);
            let at = Span::new(line, 1);
            if entry.reason.trim().is_empty() {
                out.problems.push(Finding::new(
                    file_name,
                    at,
                    codes::SUPPRESSION_INVALID,
                    "suppression has no reason",
                ));
                continue;
            }
            if entry.code.trim().is_empty() || entry.file.trim().is_empty() {
                out.problems.push(Finding::new(
                    file_name,
                    at,
                    codes::SUPPRESSION_INVALID,
                    "suppression needs `code` and `file`",
                ));
                continue;
            }
            out.entries.push((entry, line));
        }
        out
    }

    /// Removes the findings a suppression matches, then reports unused suppressions and the
    /// file's own problems. Notes are never suppressed (they do not fail anyway).
    pub fn apply(&self, findings: Vec<Finding>) -> Vec<Finding> {
        let mut used = vec![false; self.entries.len()];
        let mut kept: Vec<Finding> = findings
            .into_iter()
            .filter(|f| {
                if f.severity == Severity::Note {
                    return true;
                }
                let hit = self.entries.iter().position(|(s, _)| matches(s, f));
                if let Some(i) = hit {
                    used[i] = true;
                }
                hit.is_none()
            })
            .collect();
        for ((s, line), used) in self.entries.iter().zip(used) {
            if !used {
                kept.push(Finding::new(
                    &self.file_name,
                    Span::new(*line, 1),
                    codes::SUPPRESSION_UNUSED,
                    format!("suppression of {} in {} matches no finding", s.code, s.file),
                ));
            }
        }
        kept.extend(self.problems.iter().cloned());
        kept
    }
}

fn matches(s: &Suppression, f: &Finding) -> bool {
    s.code == f.code
        && s.file == f.file
        && s.line.is_none_or(|l| l == f.line)
        && s.text
            .as_ref()
            .is_none_or(|t| f.message.contains(t.as_str()))
}

fn line_of(text: &str, byte: usize) -> u32 {
    text.get(..byte)
        .map_or(1, |t| t.matches('\n').count() as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(code: &'static str, line: u32, message: &str) -> Finding {
        Finding::new(
            "api-reference/beta/api/a.md",
            Span::new(line, 1),
            code,
            message,
        )
    }

    #[test]
    fn matching_unused_and_invalid_entries() {
        let text = r#"
[[suppress]]
code = "LCW2101"
file = "api-reference/beta/api/a.md"
match = "totalTasks"
reason = "sent by the service"

[[suppress]]
code = "LCW2801"
file = "api-reference/beta/api/a.md"
line = 7
reason = "kept as upstream writes it"

[[suppress]]
code = "LCW2801"
file = "api-reference/beta/api/a.md"
reason = ""
"#;
        let s = Suppressions::parse("lint-suppressions.toml", text);
        let out = s.apply(vec![
            finding(
                codes::EXAMPLE_PROPERTY_UNKNOWN,
                3,
                "`totalTasks` is in the example",
            ),
            finding(
                codes::EXAMPLE_PROPERTY_UNKNOWN,
                4,
                "`other` is in the example",
            ),
            finding(codes::PATH_TRAILING_SLASH, 8, "ends with /"),
        ]);
        let lines: Vec<String> = out
            .iter()
            .map(|f| format!("{}:{}", f.code, f.line))
            .collect();
        assert_eq!(lines, ["LCW2101:4", "LCW2801:8", "LCW2901:8", "LCW2902:14"]);
    }

    #[test]
    fn unreadable_file_is_a_finding() {
        let s = Suppressions::parse("lint-suppressions.toml", "[[suppress]]\ncode = 1\n");
        assert_eq!(s.problems.len(), 1);
        assert_eq!(s.problems[0].code, codes::SUPPRESSION_INVALID);
        let s = Suppressions::parse(
            "lint-suppressions.toml",
            "[[suppress]]\nbogus = \"x\"\nreason = \"r\"\n",
        );
        assert_eq!(s.problems.len(), 1);
    }
}
