//! The charts, drawn as inline SVG in Rust: no script is needed to see them. Geometry (where
//! each bar goes) is computed apart from the markup so it can be tested as numbers. Colours
//! come from CSS classes, so the page's light and dark themes apply to the charts too.

use std::fmt::Write as _;

use super::aggregate::{Ranked, Timeline};
use super::html::escape;
use super::model::RunStatus;

/// Width of the time charts, in SVG units (they scale to the page width).
const WIDTH: f64 = 960.0;
/// Room for the y-axis labels.
const LEFT: f64 = 44.0;
/// Room for the x-axis labels.
const BOTTOM: f64 = 26.0;
const TOP: f64 = 10.0;
const RIGHT: f64 = 8.0;

/// The plot area of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Frame {
    fn for_time_chart(height: f64) -> Self {
        Frame {
            x: LEFT,
            y: TOP,
            width: WIDTH - LEFT - RIGHT,
            height: height - TOP - BOTTOM,
        }
    }

    fn bottom(&self) -> f64 {
        self.y + self.height
    }
}

/// One coloured piece of a stacked bar: the runs of one status in one bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Index of the bucket.
    pub bucket: usize,
    /// Its status.
    pub status: RunStatus,
    /// Runs it stands for.
    pub count: usize,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height: `count` in units of the axis.
    pub height: f64,
}

/// The top of the y axis and the step of its grid lines: 4 steps of a round whole number
/// (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ), the smallest that fits the tallest value.
pub fn axis_max(largest: usize) -> (usize, usize) {
    const TENTHS: [usize; 10] = [10, 12, 15, 20, 25, 30, 40, 50, 60, 80];
    let mut power = 1usize;
    while let Some(next) = power.checked_mul(10) {
        for tenths in TENTHS {
            // Whole steps only: 1.2 × 1 is not one.
            let scaled = tenths * power;
            if scaled.is_multiple_of(10) && scaled / 10 * 4 >= largest {
                return (scaled / 10 * 4, scaled / 10);
            }
        }
        power = next;
    }
    (largest, largest.div_ceil(4))
}

/// Where every non-empty segment of the stacked run chart goes; with the axis maximum.
pub fn stacked_segments(timeline: &Timeline, frame: Frame) -> (Vec<Segment>, usize) {
    let largest = timeline
        .buckets
        .iter()
        .map(|b| b.total())
        .max()
        .unwrap_or(0);
    let (max, _) = axis_max(largest);
    let band = frame.width / timeline.buckets.len().max(1) as f64;
    let bar = (band * 0.72).max(1.0);
    let mut segments = Vec::new();
    for (index, bucket) in timeline.buckets.iter().enumerate() {
        let x = frame.x + band * index as f64 + (band - bar) / 2.0;
        let mut top = frame.bottom();
        for (status, count) in RunStatus::ALL.iter().zip(bucket.counts) {
            if count == 0 {
                continue;
            }
            let height = frame.height * count as f64 / max as f64;
            top -= height;
            segments.push(Segment {
                bucket: index,
                status: *status,
                count,
                x,
                y: top,
                width: bar,
                height,
            });
        }
    }
    (segments, max)
}

/// The runs of each bucket as bars stacked by status.
pub fn runs_chart(timeline: &Timeline) -> String {
    let height = 260.0;
    let frame = Frame::for_time_chart(height);
    let (segments, max) = stacked_segments(timeline, frame);
    let total: usize = timeline.buckets.iter().map(|b| b.total()).sum();
    let mut svg = open(
        height,
        "runs-chart",
        &format!("Runs over time by status: {total} runs"),
    );
    let _ = write!(svg, r#" data-total="{total}">"#);
    grid(&mut svg, frame, max, |v| v.to_string());
    time_labels(&mut svg, timeline, frame);
    for s in &segments {
        let when = bucket_label(timeline, s.bucket);
        let _ = write!(
            svg,
            r#"<rect class="seg st-{key}" data-status="{key}" data-count="{count}" x="{x:.2}" y="{y:.2}" width="{w:.2}" height="{h:.2}" rx="1.5"><title>{when}: {count} {label}</title></rect>"#,
            key = s.status.key(),
            count = s.count,
            x = s.x,
            y = s.y,
            w = s.width,
            h = s.height,
            label = s.status.label().to_lowercase(),
            when = escape(&when),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A point of the failure-rate line.
#[derive(Debug, Clone, PartialEq)]
pub struct RatePoint {
    /// Index of the bucket.
    pub bucket: usize,
    /// Failed among finished runs, 0 to 1.
    pub rate: f64,
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
}

/// The points of the failure-rate line: one per bucket with finished runs.
pub fn rate_points(timeline: &Timeline, frame: Frame) -> Vec<RatePoint> {
    let band = frame.width / timeline.buckets.len().max(1) as f64;
    timeline
        .buckets
        .iter()
        .enumerate()
        .filter_map(|(index, bucket)| {
            let rate = bucket.failure_rate()?;
            Some(RatePoint {
                bucket: index,
                rate,
                x: frame.x + band * (index as f64 + 0.5),
                y: frame.bottom() - frame.height * rate,
            })
        })
        .collect()
}

/// The share of finished runs that failed, per bucket: a line broken where no run finished.
pub fn failure_rate_chart(timeline: &Timeline) -> String {
    let height = 190.0;
    let frame = Frame::for_time_chart(height);
    let points = rate_points(timeline, frame);
    let mut svg = open(height, "rate-chart", "Share of finished runs that failed");
    svg.push('>');
    grid(&mut svg, frame, 4, |v| format!("{}%", v * 25));
    time_labels(&mut svg, timeline, frame);
    // Consecutive buckets are joined; a bucket without finished runs breaks the line.
    let mut path = String::new();
    let mut previous: Option<usize> = None;
    for p in &points {
        let verb = if previous == Some(p.bucket.wrapping_sub(1)) {
            'L'
        } else {
            'M'
        };
        let _ = write!(path, "{verb}{:.2} {:.2} ", p.x, p.y);
        previous = Some(p.bucket);
    }
    if !path.is_empty() {
        let _ = write!(svg, r#"<path class="rate-line" d="{}"/>"#, path.trim_end());
    }
    for p in &points {
        let when = bucket_label(timeline, p.bucket);
        let _ = write!(
            svg,
            r#"<circle class="rate-dot" data-rate="{rate:.4}" cx="{x:.2}" cy="{y:.2}" r="3.5"><title>{when}: {pct:.0}% of finished runs failed</title></circle>"#,
            rate = p.rate,
            x = p.x,
            y = p.y,
            pct = p.rate * 100.0,
            when = escape(&when),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// One row of a ranking chart.
#[derive(Debug, Clone, PartialEq)]
pub struct RankBar {
    /// Top of the row.
    pub y: f64,
    /// Bar length: proportional to the count, the largest filling the width.
    pub width: f64,
}

/// Width of a ranking chart.
const RANK_WIDTH: f64 = 460.0;
/// Height of one ranking row (label line and bar).
const RANK_ROW: f64 = 40.0;
/// Room right of the longest bar for its count.
const RANK_COUNT: f64 = 40.0;

/// Where the bars of a ranking go.
pub fn rank_bars(items: &[Ranked]) -> Vec<RankBar> {
    let largest = items.iter().map(|i| i.count).max().unwrap_or(0).max(1);
    let room = RANK_WIDTH - RANK_COUNT;
    items
        .iter()
        .enumerate()
        .map(|(index, item)| RankBar {
            y: RANK_ROW * index as f64,
            width: (room * item.count as f64 / largest as f64).max(2.0),
        })
        .collect()
}

/// A ranking (tasks or users that fail most) as labelled horizontal bars; `kind` names the
/// chart for CSS and for the DOM checks.
pub fn ranking_chart(items: &[Ranked], kind: &str, title: &str) -> String {
    let height = (RANK_ROW * items.len() as f64).max(RANK_ROW);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart rank {kind}" viewBox="0 0 {RANK_WIDTH} {height}" role="img" aria-label="{title}">"#,
        title = escape(title),
    );
    for (item, bar) in items.iter().zip(rank_bars(items)) {
        let _ = write!(
            svg,
            r#"<text class="rank-label" x="0" y="{ly:.1}">{label}<tspan class="rank-detail" dx="8">{detail}</tspan></text><rect class="rank-bar" data-count="{count}" x="0" y="{by:.1}" width="{w:.2}" height="12" rx="3"><title>{label}: {count} failed</title></rect><text class="rank-count" x="{cx:.1}" y="{cy:.1}">{count}</text>"#,
            ly = bar.y + 13.0,
            by = bar.y + 19.0,
            w = bar.width,
            cx = bar.width + 6.0,
            cy = bar.y + 29.5,
            count = item.count,
            label = escape(&shorten(&item.label, 44)),
            detail = escape(&shorten(&item.detail, 40)),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A workflow's runs as one thin bar split by status (in [`RunStatus::ALL`] order), widths in
/// proportion to the counts; empty when there is no run.
pub fn status_strip(counts: &[(RunStatus, usize)]) -> String {
    const STRIP: f64 = 160.0;
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let mut svg = format!(
        r#"<svg class="strip" viewBox="0 0 {STRIP} 10" role="img" aria-label="{total} runs by status">"#
    );
    let mut x = 0.0;
    for (status, count) in counts.iter().filter(|(_, n)| *n > 0) {
        let width = STRIP * *count as f64 / total as f64;
        let _ = write!(
            svg,
            r#"<rect class="st-{key}" x="{x:.2}" y="0" width="{width:.2}" height="10"><title>{count} {label}</title></rect>"#,
            key = status.key(),
            label = status.label().to_lowercase(),
        );
        x += width;
    }
    svg.push_str("</svg>");
    svg
}

/// `text` cut to `limit` characters with an ellipsis: SVG text does not wrap.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(limit.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn open(height: f64, kind: &str, label: &str) -> String {
    format!(
        r#"<svg class="chart {kind}" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{}""#,
        escape(label)
    )
}

/// Horizontal grid lines in 4 steps up to `max`, labelled by `label(step index)`.
fn grid(svg: &mut String, frame: Frame, max: usize, label: impl Fn(usize) -> String) {
    let step = max / 4;
    for i in 0..=4 {
        let y = frame.bottom() - frame.height * i as f64 / 4.0;
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{x1:.1}" x2="{x2:.1}" y1="{y:.2}" y2="{y:.2}"/><text class="axis" x="{tx:.1}" y="{ty:.2}" text-anchor="end">{text}</text>"#,
            x1 = frame.x,
            x2 = frame.x + frame.width,
            tx = frame.x - 8.0,
            ty = y + 4.0,
            text = escape(&label(if step == 0 { i } else { i * step })),
        );
    }
}

/// Dates under the time axis, at most 8 of them.
fn time_labels(svg: &mut String, timeline: &Timeline, frame: Frame) {
    let count = timeline.buckets.len().max(1);
    let every = count.div_ceil(8);
    let band = frame.width / count as f64;
    for (index, bucket) in timeline.buckets.iter().enumerate().step_by(every) {
        // The hour only where it is not midnight.
        let text = if bucket.start.as_second() % (24 * 3600) == 0 {
            bucket.start.strftime("%b %-d").to_string()
        } else {
            bucket.start.strftime("%b %-d %H:%M").to_string()
        };
        let _ = write!(
            svg,
            r#"<text class="axis" x="{x:.1}" y="{y:.1}">{text}</text>"#,
            x = frame.x + band * index as f64,
            y = frame.bottom() + 18.0,
            text = escape(&text),
        );
    }
}

/// `May 31 12:00–18:00` for the tooltip of bucket `index`.
fn bucket_label(timeline: &Timeline, index: usize) -> String {
    let Some(bucket) = timeline.buckets.get(index) else {
        return String::new();
    };
    let end = bucket
        .start
        .checked_add(timeline.width)
        .unwrap_or(bucket.start);
    format!(
        "{} – {} UTC",
        bucket.start.strftime("%b %-d %H:%M"),
        end.strftime("%b %-d %H:%M")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::aggregate::timeline;
    use crate::report::model::{Period, RunRow};

    fn run(scheduled: &str, status: RunStatus) -> RunRow {
        RunRow {
            id: scheduled.into(),
            scheduled: scheduled.parse().expect("an instant"),
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

    fn day() -> Period {
        Period {
            from: "2024-05-01T00:00:00Z".parse().expect("an instant"),
            to: "2024-05-02T00:00:00Z".parse().expect("an instant"),
        }
    }

    const FRAME: Frame = Frame {
        x: 0.0,
        y: 0.0,
        width: 240.0,
        height: 100.0,
    };

    #[test]
    fn the_axis_ends_on_a_round_number_at_or_above_the_tallest_bar() {
        assert_eq!(axis_max(0), (4, 1));
        assert_eq!(axis_max(1), (4, 1));
        assert_eq!(axis_max(5), (8, 2));
        assert_eq!(axis_max(17), (20, 5));
        assert_eq!(axis_max(10), (12, 3));
        assert_eq!(axis_max(41), (48, 12));
        assert_eq!(axis_max(9_000), (10_000, 2_500));
    }

    #[test]
    fn segment_heights_are_proportional_to_their_counts_and_stack() {
        let runs = [
            run("2024-05-01T00:10:00Z", RunStatus::Completed),
            run("2024-05-01T00:20:00Z", RunStatus::Completed),
            run("2024-05-01T00:30:00Z", RunStatus::Failed),
            run("2024-05-01T03:00:00Z", RunStatus::Completed),
        ];
        let (segments, max) = stacked_segments(&timeline(day(), &runs), FRAME);
        assert_eq!(max, 4);
        assert_eq!(segments.len(), 3);
        let (done, failed, later) = (&segments[0], &segments[1], &segments[2]);
        assert_eq!((done.bucket, done.count, done.height), (0, 2, 50.0));
        assert_eq!((failed.status, failed.height), (RunStatus::Failed, 25.0));
        // The failed piece sits on top of the completed one, which sits on the axis.
        assert_eq!(done.y + done.height, 100.0);
        assert_eq!(failed.y + failed.height, done.y);
        assert_eq!((later.bucket, later.height), (3, 25.0));
        // Each bucket has its own band of 240 / 24 units.
        assert!((later.x - done.x - 30.0).abs() < 1e-9);
    }

    #[test]
    fn a_period_without_runs_draws_no_bars_and_a_single_run_a_quarter_bar() {
        let (none, _) = stacked_segments(&timeline(day(), []), FRAME);
        assert!(none.is_empty());
        let chart = runs_chart(&timeline(day(), []));
        assert!(chart.contains(r#"data-total="0""#));
        assert!(!chart.contains("<rect"));

        let one = [run("2024-05-01T12:00:00Z", RunStatus::Queued)];
        let (segments, max) = stacked_segments(&timeline(day(), &one), FRAME);
        assert_eq!(max, 4);
        assert_eq!(segments.len(), 1);
        assert_eq!(segments[0].height, 25.0);
        assert!(
            runs_chart(&timeline(day(), &one)).contains(r#"data-status="queued" data-count="1""#)
        );
    }

    #[test]
    fn the_rate_line_breaks_where_no_run_finished() {
        let runs = [
            run("2024-05-01T00:10:00Z", RunStatus::Failed),
            run("2024-05-01T01:10:00Z", RunStatus::Completed),
            run("2024-05-01T05:10:00Z", RunStatus::Completed),
        ];
        let line = timeline(day(), &runs);
        let points = rate_points(&line, FRAME);
        let rates: Vec<(usize, f64, f64)> =
            points.iter().map(|p| (p.bucket, p.rate, p.y)).collect();
        assert_eq!(rates, [(0, 1.0, 0.0), (1, 0.0, 100.0), (5, 0.0, 100.0)]);
        let chart = failure_rate_chart(&line);
        let path = chart
            .split(r#"d=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a path");
        assert_eq!(path.matches('M').count(), 2, "{path}");
        assert_eq!(path.matches('L').count(), 1, "{path}");
    }

    #[test]
    fn ranking_bars_scale_to_the_largest_count_and_escape_labels() {
        let items = [
            Ranked {
                label: "<script>alert(1)</script>".into(),
                detail: "a & b".into(),
                count: 4,
            },
            Ranked {
                label: "Mail".into(),
                detail: "w".into(),
                count: 1,
            },
        ];
        let bars = rank_bars(&items);
        assert_eq!(bars[0].width, RANK_WIDTH - RANK_COUNT);
        assert_eq!(bars[1].width, (RANK_WIDTH - RANK_COUNT) / 4.0);
        assert_eq!(bars[1].y, RANK_ROW);
        let chart = ranking_chart(&items, "tasks", "Tasks");
        assert!(chart.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(chart.contains("a &amp; b"));
        assert!(!chart.contains("<script>"));
    }
}
