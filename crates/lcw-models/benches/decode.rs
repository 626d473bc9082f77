//! Decoding collection pages into the generated types, against `serde_json::Value` and against
//! minimal derived structs with the same fields that keep nothing unknown and validate nothing:
//!
//! - `runs`: a 1,000-run page, flat objects of timestamps, counts and enums;
//! - `workflows`: a realistic 200-workflow page, each with `@odata.type` annotations,
//!   polymorphic members (`executionConditions` and its `scope` and `trigger`, tag first as
//!   Graph writes it), four tasks with arguments, explicit `null`s and properties the docs do
//!   not describe. The minimal derive reads each polymorphic member as one struct with the
//!   fields of every subtype and the tag as a plain string.
//!
//! Prints the two ratios of each page at the end.
// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use lcw_models::Collection;
use lcw_models::beta::{Run, Workflow};
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

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinimalWorkflow {
    #[serde(rename = "@odata.type")]
    odata_type: Option<String>,
    category: Option<String>,
    created_date_time: Option<String>,
    description: Option<String>,
    display_name: Option<String>,
    execution_conditions: Option<MinimalConditions>,
    is_enabled: Option<bool>,
    is_scheduling_enabled: Option<bool>,
    last_modified_date_time: Option<String>,
    tasks: Option<Vec<MinimalTask>>,
    deleted_date_time: Option<String>,
    id: Option<String>,
    next_schedule_run_date_time: Option<String>,
    version: Option<i32>,
}

/// Every subtype's fields at once: what a hand-written decoder that ignores the tag would do.
#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinimalConditions {
    #[serde(rename = "@odata.type")]
    odata_type: Option<String>,
    scope: Option<MinimalScope>,
    trigger: Option<MinimalTrigger>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinimalScope {
    #[serde(rename = "@odata.type")]
    odata_type: Option<String>,
    rule: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinimalTrigger {
    #[serde(rename = "@odata.type")]
    odata_type: Option<String>,
    time_based_attribute: Option<String>,
    offset_in_days: Option<i32>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinimalTask {
    arguments: Option<Vec<MinimalArgument>>,
    category: Option<String>,
    continue_on_error: Option<bool>,
    description: Option<String>,
    display_name: Option<String>,
    execution_sequence: Option<i32>,
    id: Option<String>,
    is_enabled: Option<bool>,
    task_definition_id: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct MinimalArgument {
    name: Option<String>,
    value: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct MinimalWorkflowPage {
    value: Vec<MinimalWorkflow>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
}

const WORKFLOWS: usize = 200;

/// A workflows page as Graph sends it with `$expand=tasks`.
fn workflows_json() -> String {
    const NS: &str = "#microsoft.graph.identityGovernance";
    const ATTRIBUTES: [&str; 3] = [
        "employeeHireDate",
        "employeeLeaveDateTime",
        "createdDateTime",
    ];
    const CATEGORIES: [&str; 3] = ["joiner", "leaver", "mover"];
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
    let guid = |i: usize, salt: usize| {
        format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            (i * 2_654_435_761 + salt) % (1 << 32),
            (i + salt) % 65_536,
            i % 4096,
            (i * 31 + salt) % 4096,
            i * 97 + salt
        )
    };
    let workflows: Vec<Value> = (0..WORKFLOWS)
        .map(|i| {
            let conditions = if i % 10 == 9 {
                serde_json::json!({"@odata.type": format!("{NS}.onDemandExecutionOnly")})
            } else {
                serde_json::json!({
                    "@odata.type": format!("{NS}.triggerAndScopeBasedConditions"),
                    "scope": {
                        "@odata.type": format!("{NS}.ruleBasedSubjectSet"),
                        "rule": format!("(department eq 'Sales{i}') and (accountEnabled eq true)"),
                    },
                    "trigger": {
                        "@odata.type": format!("{NS}.timeBasedAttributeTrigger"),
                        "timeBasedAttribute": ATTRIBUTES[i % 3],
                        "offsetInDays": (i % 15) as i64 - 7,
                    },
                })
            };
            let tasks: Vec<Value> = (0..4)
                .map(|t| {
                    serde_json::json!({
                        "category": if t % 2 == 0 { "joiner,leaver" } else { CATEGORIES[i % 3] },
                        "continueOnError": t == 3,
                        "description": if t == 2 { Value::Null } else { Value::String(format!("Step {t} of workflow {i}")) },
                        "displayName": format!("Task {t}"),
                        "executionSequence": t + 1,
                        "id": guid(i, 100 + t),
                        "isEnabled": true,
                        "taskDefinitionId": guid(t, 7),
                        "arguments": if t % 2 == 0 {
                            serde_json::json!([{"name": "cc", "value": guid(i, t)}, {"name": "customSubject", "value": "Welcome"}])
                        } else {
                            serde_json::json!([])
                        },
                    })
                })
                .collect();
            let mut workflow = serde_json::json!({
                "@odata.type": format!("{NS}.workflow"),
                "category": CATEGORIES[i % 3],
                "description": format!("Lifecycle workflow number {i} for the Sales department"),
                "displayName": format!("Onboard Sales {i}"),
                "lastModifiedDateTime": ts(i, 41),
                "createdDateTime": ts(i, 5),
                "deletedDateTime": Value::Null,
                "id": guid(i, 0),
                "isEnabled": i % 4 != 0,
                "isSchedulingEnabled": i % 3 == 0,
                "nextScheduleRunDateTime": if i % 3 == 0 { Value::String(ts(i, 50)) } else { Value::Null },
                "version": 1 + i % 5,
                "executionConditions": conditions,
                "tasks@odata.context": "https://graph.microsoft.com/beta/$metadata#identityGovernance/lifecycleWorkflows/workflows('x')/tasks",
                "tasks": tasks,
            });
            if i % 3 == 0 {
                workflow["administrationScopeTargets"] =
                    serde_json::json!([{"id": guid(i, 9), "kind": "administrativeUnit"}]);
                workflow["futureFlag"] = Value::Bool(true);
            }
            workflow
        })
        .collect();
    serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#identityGovernance/lifecycleWorkflows/workflows(tasks())",
        "@odata.nextLink": "https://graph.microsoft.com/beta/identityGovernance/lifecycleWorkflows/workflows?$expand=tasks&$skiptoken=abc",
        "value": workflows,
    })
    .to_string()
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
    let runs = page_json();
    let generated: Collection<Run> = serde_json::from_str(&runs).expect("the page decodes");
    assert_eq!(generated.value.len(), RUNS);
    assert!(
        generated
            .value
            .iter()
            .all(|r| r.additional_properties.is_empty()),
        "every field is known, explicit nulls included"
    );
    let workflows = workflows_json();
    let generated: Collection<Workflow> =
        serde_json::from_str(&workflows).expect("the page decodes");
    assert_eq!(generated.value.len(), WORKFLOWS);
    assert_eq!(
        serde_json::to_value(&generated).expect("encodes"),
        serde_json::from_str::<Value>(&workflows).expect("valid JSON"),
        "the realistic page round-trips"
    );

    let mut group = c.benchmark_group("decode_1000_runs");
    group.bench_function("generated Collection<Run>", |b| {
        b.iter(|| {
            black_box(serde_json::from_str::<Collection<Run>>(black_box(&runs)).expect("decodes"))
        })
    });
    group.bench_function("serde_json::Value", |b| {
        b.iter(|| black_box(serde_json::from_str::<Value>(black_box(&runs)).expect("decodes")))
    });
    group.bench_function("minimal derive", |b| {
        b.iter(|| {
            black_box(serde_json::from_str::<MinimalPage>(black_box(&runs)).expect("decodes"))
        })
    });
    group.finish();

    let mut group = c.benchmark_group("decode_200_workflows");
    group.bench_function("generated Collection<Workflow>", |b| {
        b.iter(|| {
            black_box(
                serde_json::from_str::<Collection<Workflow>>(black_box(&workflows))
                    .expect("decodes"),
            )
        })
    });
    group.bench_function("serde_json::Value", |b| {
        b.iter(|| black_box(serde_json::from_str::<Value>(black_box(&workflows)).expect("decodes")))
    });
    group.bench_function("minimal derive", |b| {
        b.iter(|| {
            black_box(
                serde_json::from_str::<MinimalWorkflowPage>(black_box(&workflows))
                    .expect("decodes"),
            )
        })
    });
    group.finish();

    ratios(
        "runs",
        &runs,
        [
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
        ],
    );
    ratios(
        "workflows",
        &workflows,
        [
            |j| {
                drop(black_box(
                    serde_json::from_str::<Collection<Workflow>>(j).expect("decodes"),
                ))
            },
            |j| {
                drop(black_box(
                    serde_json::from_str::<Value>(j).expect("decodes"),
                ))
            },
            |j| {
                drop(black_box(
                    serde_json::from_str::<MinimalWorkflowPage>(j).expect("decodes"),
                ))
            },
        ],
    );
}

/// Ratios of median batch times: each round times a batch of back-to-back decodes per decoder
/// (as criterion does), rotating the order so drift on a shared machine hits all three.
fn ratios(page: &str, json: &str, decoders: [fn(&str); 3]) {
    const BATCH: u32 = 20;
    let mut samples: [Vec<Duration>; 3] = Default::default();
    for round in 0..30 {
        for k in 0..3 {
            let which = (round + k) % 3;
            let start = Instant::now();
            for _ in 0..BATCH {
                decoders[which](json);
            }
            samples[which].push(start.elapsed() / BATCH);
        }
    }
    let [generated, value, minimal] = samples.map(|mut s| {
        s.sort();
        s[s.len() / 2].as_secs_f64()
    });
    println!(
        "{page}: medians: generated {:.0} us, Value {:.0} us, minimal {:.0} us",
        generated * 1e6,
        value * 1e6,
        minimal * 1e6
    );
    println!(
        "{page}: ratios: Value / generated = {:.2} (target >= 2.0), generated / minimal = {:.2} (target <= 1.15)",
        value / generated,
        generated / minimal
    );
}

criterion_group!(benches, decode);
criterion_main!(benches);
