//! Decoding a 1,000-run collection page: the generated `Collection<Run>` against
//! `serde_json::Value` and against a minimal derived struct with the same fields that keeps
//! nothing unknown and validates nothing. Prints the two ratios at the end.
// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use lcw_models::Collection;
use lcw_models::beta::Run;
use serde::Deserialize;
use serde_json::Value;

const RUNS: usize = 1_000;

/// The same fields as the generated `Run`, as plain strings and numbers.
#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinimalRun {
    id: Option<String>,
    completed_date_time: Option<String>,
    failed_tasks_count: Option<i32>,
    failed_users_count: Option<i32>,
    last_updated_date_time: Option<String>,
    processing_status: Option<String>,
    started_date_time: Option<String>,
    scheduled_date_time: Option<String>,
    successful_users_count: Option<i32>,
    total_tasks_count: Option<i32>,
    total_users_count: Option<i32>,
    total_unprocessed_tasks_count: Option<i32>,
    workflow_execution_type: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct MinimalPage {
    value: Vec<MinimalRun>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
}

/// A page as Graph sends it: 7 fractional digits, GUID ids, a mix of statuses.
fn page_json() -> String {
    const STATUSES: [&str; 6] = [
        "queued",
        "inProgress",
        "completed",
        "completedWithErrors",
        "canceled",
        "failed",
    ];
    let ts = |i: usize, minute: usize| {
        format!(
            "2024-{:02}-{:02}T{:02}:{:02}:{:02}.{:07}Z",
            1 + i % 12,
            1 + i % 28,
            i % 24,
            minute,
            i % 60,
            i * 7919 % 10_000_000
        )
    };
    let runs: Vec<Value> = (0..RUNS)
        .map(|i| {
            serde_json::json!({
                "id": format!("{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}", i * 2_654_435_761 % (1 << 32), i % 65_536, i % 4096, (i * 31) % 4096, i * 97),
                "completedDateTime": if i % 5 == 0 { Value::Null } else { Value::String(ts(i, 40)) },
                "failedTasksCount": i % 3,
                "failedUsersCount": i % 2,
                "lastUpdatedDateTime": ts(i, 41),
                "processingStatus": STATUSES[i % STATUSES.len()],
                "startedDateTime": ts(i, 10),
                "scheduledDateTime": ts(i, 5),
                "successfulUsersCount": 10 + i % 7,
                "totalTasksCount": 4,
                "totalUsersCount": 12 + i % 7,
                "totalUnprocessedTasksCount": i % 4,
                "workflowExecutionType": if i % 2 == 0 { "scheduled" } else { "onDemand" },
            })
        })
        .collect();
    serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#identityGovernance/lifecycleWorkflows/workflows('14879e66-9ea9-48d0-804d-8fea672d0341')/runs",
        "@odata.count": RUNS,
        "@odata.nextLink": "https://graph.microsoft.com/beta/identityGovernance/lifecycleWorkflows/workflows/14879e66/runs?$skiptoken=abc",
        "value": runs,
    })
    .to_string()
}

fn decode(c: &mut Criterion) {
    let json = page_json();
    let generated: Collection<Run> = serde_json::from_str(&json).expect("the page decodes");
    assert_eq!(generated.value.len(), RUNS);
    assert!(
        generated
            .value
            .iter()
            .all(|r| r.additional_properties.values().all(Value::is_null)),
        "every field is known"
    );

    let mut group = c.benchmark_group("decode_1000_runs");
    group.bench_function("generated Collection<Run>", |b| {
        b.iter(|| {
            black_box(serde_json::from_str::<Collection<Run>>(black_box(&json)).expect("decodes"))
        })
    });
    group.bench_function("serde_json::Value", |b| {
        b.iter(|| black_box(serde_json::from_str::<Value>(black_box(&json)).expect("decodes")))
    });
    group.bench_function("minimal derive", |b| {
        b.iter(|| {
            black_box(serde_json::from_str::<MinimalPage>(black_box(&json)).expect("decodes"))
        })
    });
    group.finish();

    // Ratios of median batch times: each round times a batch of back-to-back decodes per
    // decoder (as criterion does), rotating the order so drift on a shared machine hits all three.
    let decoders: [fn(&str); 3] = [
        |j| {
            drop(black_box(
                serde_json::from_str::<Collection<Run>>(j).expect("decodes"),
            ))
        },
        |j| {
            drop(black_box(
                serde_json::from_str::<Value>(j).expect("decodes"),
            ))
        },
        |j| {
            drop(black_box(
                serde_json::from_str::<MinimalPage>(j).expect("decodes"),
            ))
        },
    ];
    const BATCH: u32 = 20;
    let mut samples: [Vec<Duration>; 3] = Default::default();
    for round in 0..30 {
        for k in 0..3 {
            let which = (round + k) % 3;
            let start = Instant::now();
            for _ in 0..BATCH {
                decoders[which](&json);
            }
            samples[which].push(start.elapsed() / BATCH);
        }
    }
    let [generated, value, minimal] = samples.map(|mut s| {
        s.sort();
        s[s.len() / 2].as_secs_f64()
    });
    println!(
        "medians: generated {:.0} us, Value {:.0} us, minimal {:.0} us",
        generated * 1e6,
        value * 1e6,
        minimal * 1e6
    );
    println!(
        "ratios: Value / generated = {:.2} (target >= 2.0), generated / minimal = {:.2} (target <= 1.3)",
        value / generated,
        generated / minimal
    );
}

criterion_group!(benches, decode);
criterion_main!(benches);
