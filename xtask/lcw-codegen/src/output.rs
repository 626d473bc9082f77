//! Writing generated files, or comparing them in check mode (rust-analyzer's
//! `ensure_file_contents`, for a whole tree at once).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::emit::csdl::METADATA_DIR;
use crate::emit::{CLIENT_DIR, ENUMS_DIR, Files, MODELS_DIR};

/// Write the files, or only compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write what differs, delete orphans.
    Write,
    /// Change nothing; report what differs.
    Check,
}

/// What differed between the generated text and the tree.
#[derive(Debug, Default)]
pub struct Report {
    /// Files whose content differs or that do not exist yet.
    pub changed: Vec<PathBuf>,
    /// Generated files that nothing produces any more.
    pub orphans: Vec<PathBuf>,
    /// A short unified diff of the changes (check mode).
    pub diff: String,
}

impl Report {
    /// Whether the tree matches.
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.orphans.is_empty()
    }
}

/// Diff lines shown at most, so a stale tree does not flood the terminal.
const MAX_DIFF_LINES: usize = 60;

/// Brings `root` in line with `files` (write) or reports how it differs (check). Files are
/// compared and written on every core: a whole docs tree gives tens of thousands.
pub fn sync(root: &Path, files: &Files, mode: Mode) -> io::Result<Report> {
    let mut report = Report::default();
    if mode == Mode::Write {
        // Each folder once, rather than once per file.
        let folders: BTreeSet<&Path> = files.keys().filter_map(|rel| rel.parent()).collect();
        for folder in folders {
            fs::create_dir_all(root.join(folder))?;
        }
    }
    let entries: Vec<(&PathBuf, &String)> = files.iter().collect();
    let outcomes = lcw_docs::par::map(&entries, |&(rel, text)| {
        sync_one(&root.join(rel), text, mode)
    });
    for ((rel, text), outcome) in entries.into_iter().zip(outcomes) {
        let Some(current) = outcome? else {
            continue;
        };
        report.changed.push(rel.clone());
        if mode == Mode::Check {
            append_diff(
                &mut report.diff,
                rel,
                current.as_deref().unwrap_or(""),
                text,
            );
        }
    }
    for dir in produced_dirs(files) {
        for rel in existing_files(root, Path::new(dir))? {
            if !files.contains_key(&rel) {
                if mode == Mode::Write {
                    fs::remove_file(root.join(&rel))?;
                }
                report.orphans.push(rel);
            }
        }
    }
    Ok(report)
}

/// The generated folders `files` writes into. Only their orphans are this run's to delete: crates
/// generated into another checkout come without the client and metadata folders, whose files
/// there belong to that checkout.
fn produced_dirs(files: &Files) -> impl Iterator<Item = &'static str> + '_ {
    [ENUMS_DIR, MODELS_DIR, CLIENT_DIR, METADATA_DIR]
        .into_iter()
        .filter(|dir| {
            files
                .range(PathBuf::from(dir)..)
                .next()
                .is_some_and(|(rel, _)| rel.starts_with(dir))
        })
}

/// Compares one file and writes it in write mode (its folder exists): `None` when it is up to
/// date, else `Some(what is on disk)` (`None` inside for a file that does not exist yet).
fn sync_one(path: &Path, text: &str, mode: Mode) -> io::Result<Option<Option<String>>> {
    let current = match fs::read_to_string(path) {
        Ok(current) => Some(current),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if current.as_deref() == Some(text) {
        return Ok(None);
    }
    if mode == Mode::Write {
        if current.is_some() {
            write_atomically(path, text)?;
        } else {
            // No old version to keep whole: a run cut short leaves a stale file that the next
            // run (or `--check`) finds, like any other.
            fs::write(path, text)?;
        }
    }
    Ok(Some(current))
}

/// Writes `text` to a temporary file beside `path`, then renames it over `path`: a run cut short
/// leaves either the old file or the new one, never half of one (the rename is atomic on one
/// file system). The temporary name starts with `.` and ends in `.tmp`, so it is no `.rs` file.
fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = fs::write(&temp, text).and_then(|()| fs::rename(&temp, path));
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

fn append_diff(out: &mut String, rel: &Path, old: &str, new: &str) {
    let shown = out.lines().count();
    if shown >= MAX_DIFF_LINES {
        return;
    }
    let name = rel.display().to_string();
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header(&name, &name)
        .to_string();
    for line in text.lines().take(MAX_DIFF_LINES - shown) {
        let _ = writeln!(out, "{line}");
    }
    if out.lines().count() >= MAX_DIFF_LINES {
        out.push_str("... (diff cut short)\n");
    }
}

/// Every file under `root/dir`, relative to `root`, sorted.
fn existing_files(root: &Path, dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(rel) = stack.pop() {
        let entries = match fs::read_dir(root.join(&rel)) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let child = rel.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                stack.push(child);
            } else {
                out.push(child);
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("lcw-codegen-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn check_reports_and_write_fixes_changes_and_orphans() {
        let root = scratch("sync");
        let kept = PathBuf::from(MODELS_DIR).join("beta/run.rs");
        let orphan = PathBuf::from(MODELS_DIR).join("beta/gone.rs");
        fs::create_dir_all(root.join(orphan.parent().expect("has a parent"))).expect("scratch dir");
        fs::write(root.join(&orphan), "old\n").expect("scratch file");
        let mut files = Files::new();
        files.insert(kept.clone(), "new\n".into());

        let report = sync(&root, &files, Mode::Check).expect("check runs");
        assert_eq!(report.changed, vec![kept.clone()]);
        assert_eq!(report.orphans, vec![orphan.clone()]);
        assert!(report.diff.contains("+new"), "{}", report.diff);
        assert!(
            !root.join(&kept).exists() && root.join(&orphan).exists(),
            "check writes nothing"
        );

        let report = sync(&root, &files, Mode::Write).expect("write runs");
        assert!(!report.is_clean());
        assert_eq!(
            fs::read_to_string(root.join(&kept)).expect("written"),
            "new\n"
        );
        assert!(!root.join(&orphan).exists(), "orphan deleted");
        assert!(
            sync(&root, &files, Mode::Check)
                .expect("check runs")
                .is_clean()
        );
        let left: Vec<_> = fs::read_dir(root.join(kept.parent().expect("has a parent")))
            .expect("written dir")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left, ["run.rs"], "no temporary file is left behind");
        let _ = fs::remove_dir_all(&root);
    }

    /// Output with no client or metadata (crates written into another checkout) leaves those
    /// folders alone, and still deletes orphans in the folders it writes.
    #[test]
    fn write_deletes_orphans_only_in_the_folders_it_produces() {
        let root = tempfile::tempdir().expect("temporary folder");
        let kept = [
            PathBuf::from(CLIENT_DIR).join("beta/paths.rs"),
            PathBuf::from(METADATA_DIR).join("beta.xml"),
        ];
        let orphan = PathBuf::from(MODELS_DIR).join("beta/gone.rs");
        for rel in kept.iter().chain([&orphan]) {
            let path = root.path().join(rel);
            fs::create_dir_all(path.parent().expect("has a parent")).expect("scratch dir");
            fs::write(path, "theirs\n").expect("scratch file");
        }
        let mut files = Files::new();
        files.insert(PathBuf::from(ENUMS_DIR).join("mod.rs"), "new\n".into());
        files.insert(PathBuf::from(MODELS_DIR).join("mod.rs"), "new\n".into());

        let report = sync(root.path(), &files, Mode::Write).expect("write runs");
        assert_eq!(report.orphans, vec![orphan.clone()]);
        assert!(!root.path().join(&orphan).exists(), "orphan deleted");
        for rel in &kept {
            assert!(root.path().join(rel).exists(), "{} kept", rel.display());
        }
    }
}
