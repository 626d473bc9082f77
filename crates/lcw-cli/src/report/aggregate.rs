//! The numbers the charts draw: runs per time bucket and status, failure rate per bucket, the
//! tasks and users that fail most.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};

use super::model::{FailedTask, FailedUser, Period, RunRow, RunStatus, UserRef};

/// Bucket widths to choose from, smallest first.
const WIDTHS_HOURS: [i64; 8] = [1, 3, 6, 12, 24, 48, 7 * 24, 30 * 24];

/// At most this many buckets on the time axis, so bars stay wide enough to see.
pub const MAX_BUCKETS: usize = 60;

/// Runs scheduled in one time bucket, by status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    /// Start of the bucket.
    pub start: Timestamp,
    /// Runs of each status, in [`RunStatus::ALL`] order.
    pub counts: [usize; RunStatus::ALL.len()],
}

impl Bucket {
    /// Runs in the bucket.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Runs of `status` in the bucket.
    pub fn count(&self, status: RunStatus) -> usize {
        RunStatus::ALL
            .iter()
            .position(|s| *s == status)
            .map_or(0, |i| self.counts[i])
    }

    /// Failed runs among the finished ones, from 0 to 1; `None` when none has finished.
    pub fn failure_rate(&self) -> Option<f64> {
        let (mut finished, mut failed) = (0usize, 0usize);
        for (status, count) in RunStatus::ALL.iter().zip(self.counts) {
            if status.is_finished() {
                finished += count;
            }
            if status.is_failure() {
                failed += count;
            }
        }
        (finished > 0).then(|| failed as f64 / finished as f64)
    }
}

/// The time axis: buckets of one width covering the whole period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// Width of each bucket.
    pub width: SignedDuration,
    /// The buckets, oldest first.
    pub buckets: Vec<Bucket>,
}

/// The narrowest bucket width that covers `period` in at most [`MAX_BUCKETS`] buckets.
pub fn bucket_width(period: Period) -> SignedDuration {
    let length = period.to.duration_since(period.from);
    WIDTHS_HOURS
        .iter()
        .map(|h| SignedDuration::from_hours(*h))
        .find(|w| bucket_count(length, *w) <= MAX_BUCKETS)
        .unwrap_or_else(|| {
            // Longer than 60 months: as many 30-day widths as it takes.
            let month = SignedDuration::from_hours(30 * 24);
            let months = length.as_secs() / month.as_secs() / MAX_BUCKETS as i64 + 1;
            month * i32::try_from(months).unwrap_or(i32::MAX)
        })
}

fn bucket_count(length: SignedDuration, width: SignedDuration) -> usize {
    let (length, width) = (length.as_nanos(), width.as_nanos().max(1));
    usize::try_from((length + width - 1) / width).unwrap_or(usize::MAX)
}

/// Counts the runs scheduled in `period` per bucket and status; runs outside it are left out.
pub fn timeline<'a>(period: Period, runs: impl IntoIterator<Item = &'a RunRow>) -> Timeline {
    let width = bucket_width(period);
    let count = bucket_count(period.to.duration_since(period.from), width).max(1);
    let mut buckets: Vec<Bucket> = (0..count)
        .map(|i| Bucket {
            start: period
                .from
                .checked_add(width * i32::try_from(i).unwrap_or(i32::MAX))
                .unwrap_or(period.to),
            counts: [0; RunStatus::ALL.len()],
        })
        .collect();
    for run in runs.into_iter().filter(|r| period.contains(r.scheduled)) {
        let offset = run.scheduled.duration_since(period.from).as_nanos();
        let index = usize::try_from(offset / width.as_nanos().max(1)).unwrap_or(0);
        let status = RunStatus::ALL
            .iter()
            .position(|s| *s == run.status)
            .unwrap_or(RunStatus::ALL.len() - 1);
        if let Some(bucket) = buckets.get_mut(index.min(count - 1)) {
            bucket.counts[status] += 1;
        }
    }
    Timeline { width, buckets }
}

/// A task or user and how often it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    /// What a person reads.
    pub label: String,
    /// A second line: the workflow, the user id.
    pub detail: String,
    /// Failures.
    pub count: usize,
}

/// The tasks with the most failed results, most first (ties by name), at most `limit`. Each
/// result comes with its workflow's name, so the same task id in two workflows stays apart.
pub fn top_tasks<'a>(
    failed: impl IntoIterator<Item = (&'a str, &'a FailedTask)>,
    limit: usize,
) -> Vec<Ranked> {
    let mut counts: BTreeMap<(&str, &str), (usize, &str)> = BTreeMap::new();
    for (workflow, task) in failed {
        let entry = counts
            .entry((workflow, task.task_id.as_str()))
            .or_insert((0, task.task_name.as_str()));
        entry.0 += 1;
    }
    rank(
        counts
            .into_iter()
            .map(|((workflow, _), (count, name))| Ranked {
                label: name.to_owned(),
                detail: workflow.to_owned(),
                count,
            }),
        limit,
    )
}

/// The users that failed in the most runs, most first (ties by name), at most `limit`.
pub fn top_users<'a>(
    failed: impl IntoIterator<Item = &'a FailedUser>,
    limit: usize,
) -> Vec<Ranked> {
    let mut counts: BTreeMap<&str, (usize, &UserRef)> = BTreeMap::new();
    for user in failed {
        let entry = counts
            .entry(user.user.id.as_str())
            .or_insert((0, &user.user));
        entry.0 += 1;
        // A later result may carry the name an earlier one lacked.
        if entry.1.name.is_none() {
            entry.1 = &user.user;
        }
    }
    rank(
        counts.into_values().map(|(count, user)| Ranked {
            label: user.name.clone().unwrap_or_else(|| user.id.clone()),
            detail: user.id.clone(),
            count,
        }),
        limit,
    )
}

fn rank(items: impl Iterator<Item = Ranked>, limit: usize) -> Vec<Ranked> {
    let mut items: Vec<Ranked> = items.collect();
    items.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| a.detail.cmp(&b.detail))
    });
    items.truncate(limit);
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a valid instant")
    }

    fn run(scheduled: &str, status: RunStatus) -> RunRow {
        RunRow {
            id: format!("run-{scheduled}"),
            scheduled: at(scheduled),
            started: None,
            completed: None,
            status,
            execution_type: "scheduled".into(),
            total_users: 1,
            failed_users: 0,
            total_tasks: 1,
            failed_tasks: 0,
        }
    }

    fn period(from: &str, to: &str) -> Period {
        Period {
            from: at(from),
            to: at(to),
        }
    }

    #[test]
    fn thirty_days_are_drawn_in_twelve_hour_buckets() {
        let p = period("2024-05-01T00:00:00Z", "2024-05-31T00:00:00Z");
        assert_eq!(bucket_width(p), SignedDuration::from_hours(12));
        assert_eq!(timeline(p, []).buckets.len(), 60);
    }

    #[test]
    fn a_day_is_drawn_in_hours_and_a_year_in_weeks() {
        let day = period("2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z");
        assert_eq!(bucket_width(day), SignedDuration::from_hours(1));
        let year = period("2023-05-01T00:00:00Z", "2024-05-01T00:00:00Z");
        assert_eq!(bucket_width(year), SignedDuration::from_hours(7 * 24));
        let decade = period("2014-05-01T00:00:00Z", "2024-05-01T00:00:00Z");
        assert!(timeline(decade, []).buckets.len() <= MAX_BUCKETS);
    }

    #[test]
    fn runs_land_in_the_bucket_of_their_scheduled_time_by_status() {
        let p = period("2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z");
        let runs = [
            run("2024-05-01T00:00:00Z", RunStatus::Completed),
            run("2024-05-01T00:59:59Z", RunStatus::Failed),
            run("2024-05-01T05:30:00Z", RunStatus::Failed),
            run("2024-05-01T23:59:59Z", RunStatus::Queued),
            // Outside the period: [from, to).
            run("2024-05-02T00:00:00Z", RunStatus::Completed),
            run("2024-04-30T23:59:59Z", RunStatus::Completed),
        ];
        let line = timeline(p, &runs);
        assert_eq!(line.buckets.len(), 24);
        assert_eq!(line.buckets[0].count(RunStatus::Completed), 1);
        assert_eq!(line.buckets[0].count(RunStatus::Failed), 1);
        assert_eq!(line.buckets[5].count(RunStatus::Failed), 1);
        assert_eq!(line.buckets[23].count(RunStatus::Queued), 1);
        assert_eq!(line.buckets.iter().map(Bucket::total).sum::<usize>(), 4);
        assert_eq!(line.buckets[5].start, at("2024-05-01T05:00:00Z"));
    }

    #[test]
    fn the_failure_rate_counts_finished_runs_only() {
        let p = period("2024-05-01T00:00:00Z", "2024-05-01T01:00:00Z");
        let runs = [
            run("2024-05-01T00:01:00Z", RunStatus::Completed),
            run("2024-05-01T00:02:00Z", RunStatus::CompletedWithErrors),
            run("2024-05-01T00:03:00Z", RunStatus::Failed),
            run("2024-05-01T00:04:00Z", RunStatus::Completed),
            run("2024-05-01T00:05:00Z", RunStatus::InProgress),
        ];
        let line = timeline(p, &runs);
        assert_eq!(line.buckets[0].failure_rate(), Some(0.5));
        let idle = timeline(p, &[run("2024-05-01T00:05:00Z", RunStatus::Queued)]);
        assert_eq!(idle.buckets[0].failure_rate(), None);
        assert_eq!(timeline(p, []).buckets[0].failure_rate(), None);
    }

    fn user(id: &str, name: Option<&str>) -> FailedUser {
        FailedUser {
            run_id: "r".into(),
            user: UserRef {
                id: id.into(),
                name: name.map(str::to_owned),
            },
            status: RunStatus::Failed,
            failed_tasks: 1,
        }
    }

    #[test]
    fn users_are_ranked_by_failed_runs_and_keep_a_known_name() {
        let failed = [
            user("b", None),
            user("a", Some("Ann")),
            user("b", Some("Bo")),
            user("c", Some("Cy")),
            user("b", None),
        ];
        let top = top_users(&failed, 2);
        assert_eq!(top.len(), 2);
        assert_eq!((top[0].label.as_str(), top[0].count), ("Bo", 3));
        // Ties in count are ordered by name.
        assert_eq!((top[1].label.as_str(), top[1].count), ("Ann", 1));
    }

    fn task(id: &str, name: &str) -> FailedTask {
        FailedTask {
            run_id: "r".into(),
            task_id: id.into(),
            task_name: name.into(),
            user: UserRef {
                id: "u".into(),
                name: None,
            },
            reason: None,
        }
    }

    #[test]
    fn tasks_of_two_workflows_are_counted_apart() {
        let (t1, t2, t3) = (
            task("1", "Send mail"),
            task("1", "Send mail"),
            task("2", "Disable"),
        );
        let failed = [
            ("Leavers", &t1),
            ("Joiners", &t2),
            ("Leavers", &t1),
            ("Leavers", &t3),
        ];
        let top = top_tasks(failed, 10);
        let rows: Vec<(&str, &str, usize)> = top
            .iter()
            .map(|r| (r.label.as_str(), r.detail.as_str(), r.count))
            .collect();
        assert_eq!(
            rows,
            [
                ("Send mail", "Leavers", 2),
                ("Disable", "Leavers", 1),
                ("Send mail", "Joiners", 1)
            ]
        );
    }
}
