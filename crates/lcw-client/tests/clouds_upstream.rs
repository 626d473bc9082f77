//! The cloud table against the per-cloud service schemas' verdicts (`CLOUDS.md` in the Graph
//! service metadata folder beside the repository), both ways: every cloud of the table is in
//! the file with the same availability, and every cloud of the file is in the table. The
//! folder is not part of the repository: this test is ignored by `cargo test` and run by
//! `cargo xtask upstream-check --docs DIR`, and fails, never skips, without it.

use lcw_client::{Availability, Cloud};

/// One row of the file: its schema name (the parenthesised part of the first cell) and its
/// v1.0 and beta cells.
#[derive(Debug)]
struct Row {
    schema: String,
    v1: Availability,
    beta: Availability,
}

fn availability(cell: &str, line: usize) -> Availability {
    match cell.trim() {
        "yes" => Availability::Available,
        "no" => Availability::Absent,
        "(schema not available)" => Availability::Unpublished,
        other => panic!("CLOUDS.md:{line}: `{other}` is neither yes, no nor unavailable"),
    }
}

fn rows(text: &str) -> Vec<Row> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
        let [label, v1, beta] = cells[..] else {
            continue;
        };
        if !line.trim_start().starts_with('|') || v1.trim() == "v1.0" || v1.contains("---") {
            continue;
        }
        let schema = label
            .rsplit_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(name, _)| name.trim().to_owned())
            .unwrap_or_else(|| panic!("CLOUDS.md:{}: no schema name in `{label}`", i + 1));
        out.push(Row {
            schema,
            v1: availability(v1, i + 1),
            beta: availability(beta, i + 1),
        });
    }
    out
}

#[test]
#[ignore = "needs the service metadata: cargo xtask upstream-check --docs DIR"]
fn the_cloud_table_matches_the_service_schemas() {
    let path = lcw_docs::paths::metadata_dir().join("CLOUDS.md");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rows = rows(&text);
    assert!(!rows.is_empty(), "{} holds no cloud table", path.display());
    let mut problems = Vec::new();
    for row in &rows {
        let ours: Vec<Cloud> = Cloud::ALL
            .into_iter()
            .filter(|c| c.schema == row.schema)
            .collect();
        if ours.is_empty() {
            problems.push(format!(
                "CLOUDS.md has `{}`; Cloud::ALL does not",
                row.schema
            ));
        }
        for cloud in ours {
            if (cloud.v1, cloud.beta) != (row.v1, row.beta) {
                problems.push(format!(
                    "{}: the table says v1.0 {:?}, beta {:?}; CLOUDS.md says {:?}, {:?}",
                    cloud.name, cloud.v1, cloud.beta, row.v1, row.beta
                ));
            }
        }
    }
    for cloud in Cloud::ALL {
        if !rows.iter().any(|r| r.schema == cloud.schema) {
            problems.push(format!(
                "{} (schema `{}`) is in Cloud::ALL, not in CLOUDS.md",
                cloud.name, cloud.schema
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rows_are_read_with_their_schema_names_and_verdicts() {
    let text = "| cloud (schema name) | v1.0 | beta |\n|---|---|---|\n\
                | Bleu (France) | no | (schema not available) |\n\
                | US Government L4 and L5 (Fairfax) | yes | yes |\n";
    let rows = rows(text);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].schema, "France");
    assert_eq!(
        (rows[0].v1, rows[0].beta),
        (Availability::Absent, Availability::Unpublished)
    );
    assert_eq!(rows[1].schema, "Fairfax");
    assert_eq!(
        (rows[1].v1, rows[1].beta),
        (Availability::Available, Availability::Available)
    );
}
