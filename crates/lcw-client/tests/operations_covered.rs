//! Every row of the `OPERATIONS` tables has exactly one generated marker type (and so one
//! method): the generator skipping or doubling an operation fails here, naming it.
//!
//! Rows are compared by method and path (and id): a `const` referring into a `static` table
//! does not promise the same address.

use lcw_models::OperationInfo;

fn same(a: &OperationInfo, b: &OperationInfo) -> bool {
    a.method == b.method && a.path == b.path && a.id == b.id
}

fn check(version: &str, table: &'static [OperationInfo], all: &[&'static OperationInfo]) {
    let mut problems = Vec::new();
    for row in table {
        let markers = all.iter().filter(|info| same(info, row)).count();
        if markers != 1 {
            problems.push(format!(
                "{version}: `{}` ({} {}) has {markers} marker type(s) in ops::ALL, not one",
                row.id, row.method, row.path
            ));
        }
    }
    for info in all {
        if !table.iter().any(|row| same(info, row)) {
            problems.push(format!(
                "{version}: ops::ALL names `{}` ({} {}), which is not a row of OPERATIONS",
                info.id, info.method, info.path
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(all.len(), table.len(), "{version}: one marker per row");
}

#[cfg(feature = "beta")]
#[test]
fn every_beta_operation_has_one_method() {
    check(
        "beta",
        lcw_models::beta::OPERATIONS,
        lcw_client::beta::ops::ALL,
    );
}

#[cfg(feature = "v1")]
#[test]
fn every_v1_operation_has_one_method() {
    check("v1.0", lcw_models::v1::OPERATIONS, lcw_client::v1::ops::ALL);
}

#[cfg(feature = "beta")]
#[test]
fn markers_point_at_their_rows() {
    use lcw_client::Operation;
    use lcw_client::beta::ops;
    assert_eq!(ops::WorkflowRunsList::INFO.id, "workflow-list-runs");
    assert_eq!(ops::WorkflowRunsList::VERSION, "beta");
    assert_eq!(ops::WorkflowGet::INFO.method, "GET");
    assert_eq!(ops::WorkflowActivate::INFO.id, "workflow-activate");
    assert_eq!(ops::WorkflowRunsSummary::INFO.id, "run-summary");
}

/// Placeholder path values for a template: a timestamp for a `…DateTime` function argument, an
/// id for anything else.
fn placeholders(template: &str) -> Vec<String> {
    let mut values = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + end];
        values.push(if name.ends_with("DateTime") {
            format!("2024-01-0{}T00:00:00Z", values.len() % 9 + 1)
        } else {
            format!("{name}-{}", values.len())
        });
        rest = &rest[start + end + 1..];
    }
    values
}

/// The template with `values` in place of its parameters.
fn filled(template: &str, values: &[String]) -> String {
    let mut out = String::new();
    let mut rest = template;
    let mut values = values.iter();
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').expect("closed") + start;
        out.push_str(&rest[..start]);
        out.push_str(values.next().expect("a value per parameter"));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// `prepare` has an arm for every row: with placeholder path values (and, where the call
/// needs one, an empty body) it prepares a call of that row, to the row's method and path; a
/// row whose body an empty object does not satisfy must at least be refused for its body,
/// never as an operation the dispatcher lacks. Nothing is sent.
fn check_dispatch(
    version: &str,
    table: &'static [OperationInfo],
    prepare: fn(
        &lcw_client::Client,
        usize,
        &lcw_client::dynamic::Args,
    ) -> Result<lcw_client::dynamic::Prepared, lcw_client::Error>,
) {
    let client = lcw_client::Client::builder()
        .token("placeholder")
        .build()
        .expect("a client");
    let mut problems = Vec::new();
    let mut prepared_count = 0;
    for (index, row) in table.iter().enumerate() {
        let path = placeholders(row.path);
        let attempts = [None, Some(serde_json::json!({}))].map(|body| {
            let args = lcw_client::dynamic::Args {
                path: path.clone(),
                body,
            };
            prepare(&client, index, &args)
        });
        match attempts.iter().find_map(|a| a.as_ref().ok()) {
            Some(prepared) => {
                prepared_count += 1;
                let (method, url, _) = prepared.parts().expect("parts");
                let expected = format!("/{version}{}", filled(row.path, &path));
                let decoded = percent_encoding::percent_decode_str(url.path())
                    .decode_utf8_lossy()
                    .into_owned();
                if !same(prepared.operation(), row)
                    || method.as_str() != row.method
                    || decoded != expected
                {
                    problems.push(format!(
                        "{version}: row {index} `{}` prepared `{}` {method} {decoded}, not {} {expected}",
                        row.id,
                        prepared.operation().id,
                        row.method
                    ));
                }
            }
            None => {
                for error in attempts.iter().filter_map(|a| a.as_ref().err()) {
                    let text = error.to_string();
                    let named = matches!(
                        error,
                        lcw_client::Error::InvalidRequest { operation, .. } if *operation == row.id
                    );
                    if !named || text.contains("no method") {
                        problems.push(format!("{version}: row {index} `{}`: {text}", row.id));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    println!(
        "{version}: {prepared_count} of {} rows prepared with placeholder arguments",
        table.len()
    );
    assert!(
        prepared_count * 10 >= table.len() * 9,
        "{version}: placeholders prepare most rows"
    );
    let none = lcw_client::dynamic::Args::default();
    let error = prepare(&client, table.len(), &none).expect_err("no such row");
    assert!(error.to_string().contains("no operation"), "{error}");
}

#[cfg(feature = "beta")]
#[test]
fn every_beta_operation_is_dispatched() {
    check_dispatch(
        "beta",
        lcw_models::beta::OPERATIONS,
        lcw_client::beta::dispatch::prepare,
    );
}

#[cfg(feature = "v1")]
#[test]
fn every_v1_operation_is_dispatched() {
    check_dispatch(
        "v1.0",
        lcw_models::v1::OPERATIONS,
        lcw_client::v1::dispatch::prepare,
    );
}
