//! The page: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched).
//! Everything that came from the service goes through [`escape`].

use std::fmt::Write as _;

use jiff::Timestamp;

use super::aggregate::{self, Timeline};
use super::model::{Report, RunRow, RunStatus, WorkflowReport};
use super::svg;

/// How many tasks and users the rankings show.
const TOP: usize = 8;

/// The stylesheet, light and dark themes and print included.
const STYLE: &str = include_str!("style.css");

/// `text` safe inside an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole page.
pub fn page(report: &Report) -> String {
    let runs: Vec<&RunRow> = report.workflows.iter().flat_map(|w| &w.runs).collect();
    let timeline = aggregate::timeline(report.period, runs.iter().copied());
    let mut html = String::with_capacity(64 * 1024);
    let title = format!(
        "Lifecycle workflows · {} – {}",
        day(report.period.from),
        day(report.period.to)
    );
    let _ = write!(
        html,
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>{}</title><style>{STYLE}</style></head><body><div class="page">"#,
        escape(&title)
    );
    header(&mut html, report);
    cards(&mut html, report);
    charts(&mut html, report, &timeline);
    workflow_index(&mut html, report);
    for workflow in &report.workflows {
        workflow_section(&mut html, workflow);
    }
    let _ = write!(
        html,
        r#"<footer>Made by <code>lcw report</code> at {} UTC. Counts come from <code>runs/summary</code>, <code>userProcessingResults/summary</code> and <code>taskReports/summary</code>, checked against the listed runs and results. Runs are placed by their scheduled time.</footer></div></body></html>"#,
        escape(&minute(report.generated))
    );
    html
}

fn header(html: &mut String, report: &Report) {
    let _ = write!(
        html,
        r#"<header class="top"><p class="eyebrow">Lifecycle workflows · run report</p><h1>{} – {}</h1><p class="lede">{} workflow{} · {} · times in UTC</p></header>"#,
        escape(&day(report.period.from)),
        escape(&day(report.period.to)),
        report.workflows.len(),
        plural(report.workflows.len()),
        escape(&report.source),
    );
}

/// The headline numbers, from the summary functions.
fn cards(html: &mut String, report: &Report) {
    let sum = |f: fn(&WorkflowReport) -> i64| report.workflows.iter().map(f).sum::<i64>();
    let total = sum(|w| w.summaries.runs.total);
    let failed = sum(|w| w.summaries.runs.failed);
    let successful = sum(|w| w.summaries.runs.successful);
    let users = sum(|w| w.summaries.users.total);
    let failed_users = sum(|w| w.summaries.users.failed);
    let failed_tasks = sum(|w| w.summaries.runs.failed_tasks);
    let tasks = sum(|w| w.summaries.runs.tasks);
    html.push_str(r#"<section class="cards">"#);
    card(html, "runs", "Runs", total, None, "");
    card(
        html,
        "successful",
        "Successful runs",
        successful,
        Some(total),
        "good",
    );
    card(html, "failed", "Failed runs", failed, Some(total), "bad");
    card(html, "users", "Users processed", users, None, "");
    card(
        html,
        "failed-users",
        "Users with failures",
        failed_users,
        Some(users),
        "bad",
    );
    card(
        html,
        "failed-tasks",
        "Failed tasks",
        failed_tasks,
        Some(tasks),
        "bad",
    );
    html.push_str("</section>");
}

fn card(html: &mut String, key: &str, label: &str, value: i64, of: Option<i64>, tone: &str) {
    let share = match of {
        Some(whole) if whole > 0 => format!("{} of {whole}", percent(value, whole)),
        Some(_) => "none in the period".to_owned(),
        None => String::new(),
    };
    let tone = if value == 0 { "" } else { tone };
    let _ = write!(
        html,
        r#"<div class="card {tone}" data-card="{key}" data-count="{value}"><div class="card-label">{label}</div><div class="card-value">{value}</div><div class="card-note">{share}</div></div>"#,
    );
}

fn charts(html: &mut String, report: &Report, timeline: &Timeline) {
    html.push_str(r#"<section class="panel"><div class="panel-head"><h2>Runs over time</h2><ul class="legend">"#);
    for status in RunStatus::ALL {
        if timeline.buckets.iter().any(|b| b.count(status) > 0) {
            let _ = write!(
                html,
                r#"<li><span class="swatch st-{}"></span>{}</li>"#,
                status.key(),
                status.label()
            );
        }
    }
    let _ = write!(
        html,
        r#"</ul></div><p class="hint">Runs by scheduled time, {} per bar, stacked by processing status.</p>{}</section>"#,
        escape(&width_text(timeline)),
        svg::runs_chart(timeline)
    );
    let _ = write!(
        html,
        r#"<section class="panel"><div class="panel-head"><h2>Failure rate</h2></div><p class="hint">Failed or completed-with-errors runs among the finished ones; no point where no run finished.</p>{}</section>"#,
        svg::failure_rate_chart(timeline)
    );
    let tasks = aggregate::top_tasks(
        report
            .workflows
            .iter()
            .flat_map(|w| w.failed_tasks.iter().map(move |t| (w.name.as_str(), t))),
        TOP,
    );
    let users = aggregate::top_users(report.workflows.iter().flat_map(|w| &w.failed_users), TOP);
    html.push_str(r#"<div class="two">"#);
    ranking(
        html,
        &tasks,
        "tasks",
        "Tasks that fail most",
        "failed results, by task",
        "No task failed in this period.",
    );
    ranking(
        html,
        &users,
        "users",
        "Users that fail most",
        "runs in which the user failed",
        "No user failed in this period.",
    );
    html.push_str("</div>");
}

fn ranking(
    html: &mut String,
    items: &[aggregate::Ranked],
    kind: &str,
    title: &str,
    hint: &str,
    empty: &str,
) {
    let _ = write!(
        html,
        r#"<section class="panel"><div class="panel-head"><h2>{title}</h2></div><p class="hint">{hint}</p>"#
    );
    if items.is_empty() {
        let _ = write!(html, r#"<p class="empty">{empty}</p>"#);
    } else {
        html.push_str(&svg::ranking_chart(items, kind, title));
    }
    html.push_str("</section>");
}

fn workflow_index(html: &mut String, report: &Report) {
    html.push_str(r#"<section class="panel"><div class="panel-head"><h2>Workflows</h2></div><table class="index"><thead><tr><th>Workflow</th><th>Category</th><th class="num">Runs</th><th class="num">Failed runs</th><th class="num">Failed users</th><th class="num">Failed tasks</th><th>Runs by status</th></tr></thead><tbody>"#);
    for w in &report.workflows {
        let s = &w.summaries;
        let by_status: Vec<(RunStatus, usize)> = RunStatus::ALL
            .iter()
            .map(|st| (*st, w.runs.iter().filter(|r| r.status == *st).count()))
            .collect();
        let _ = write!(
            html,
            r##"<tr><td><a href="#wf-{id}">{name}</a></td><td><span class="tag">{category}</span></td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td>{}</td></tr>"##,
            s.runs.total,
            s.runs.failed,
            s.users.failed,
            s.runs.failed_tasks,
            svg::status_strip(&by_status),
            id = escape(&w.id),
            name = escape(&w.name),
            category = escape(&w.category),
        );
    }
    html.push_str("</tbody></table></section>");
}

fn workflow_section(html: &mut String, w: &WorkflowReport) {
    let id = escape(&w.id);
    let s = &w.summaries;
    let _ = write!(
        html,
        r##"<section class="panel workflow" id="wf-{id}"><div class="panel-head"><h2><a href="#runs-{id}" title="Its runs">{name}</a></h2><span class="tag">{category}</span></div><p class="hint mono">{id}</p><p class="stats"><b>{}</b> runs · <b>{}</b> successful · <b>{}</b> failed · <b>{}</b> users, <b>{}</b> with failures · <b>{}</b> of <b>{}</b> tasks failed</p>"##,
        s.runs.total,
        s.runs.successful,
        s.runs.failed,
        s.users.total,
        s.users.failed,
        s.runs.failed_tasks,
        s.runs.tasks,
        name = escape(&w.name),
        category = escape(&w.category),
    );
    if w.runs.is_empty() {
        let _ = write!(
            html,
            r#"<p class="empty" id="runs-{id}">No run was scheduled in this period.</p></section>"#
        );
        return;
    }
    let _ = write!(
        html,
        r#"<table class="runs" id="runs-{id}"><thead><tr><th>Scheduled</th><th>Status</th><th>Type</th><th class="num">Users</th><th class="num">Failed users</th><th class="num">Failed tasks</th><th class="num">Duration</th></tr></thead><tbody>"#
    );
    for run in &w.runs {
        let when = escape(&minute(run.scheduled));
        let linked = run.failed_users > 0 || run.failed_tasks > 0;
        let cell = if linked {
            format!(r##"<a href="#run-{}">{when}</a>"##, escape(&run.id))
        } else {
            when
        };
        let _ = write!(
            html,
            r#"<tr class="run-row" id="row-{rid}" data-status="{key}"><td>{cell}</td><td><span class="pill st-{key}">{label}</span></td><td>{kind}</td><td class="num">{}</td><td class="num{fu}">{}</td><td class="num{ft}">{}</td><td class="num">{}</td></tr>"#,
            run.total_users,
            run.failed_users,
            run.failed_tasks,
            duration(run),
            rid = escape(&run.id),
            key = run.status.key(),
            label = run.status.label(),
            kind = escape(&run.execution_type),
            fu = if run.failed_users > 0 { " bad" } else { "" },
            ft = if run.failed_tasks > 0 { " bad" } else { "" },
        );
    }
    html.push_str("</tbody></table>");
    let failing: Vec<&RunRow> = w
        .runs
        .iter()
        .filter(|r| r.failed_users > 0 || r.failed_tasks > 0)
        .collect();
    if !failing.is_empty() {
        let _ = write!(
            html,
            r#"<h3 class="sub">Runs with failures ({})</h3>"#,
            failing.len()
        );
    }
    for run in failing {
        run_detail(html, w, run);
    }
    html.push_str("</section>");
}

/// The failed users and tasks of one run, linked from its row.
fn run_detail(html: &mut String, w: &WorkflowReport, run: &RunRow) {
    let _ = write!(
        html,
        r##"<div class="run-detail" id="run-{rid}"><h3><span class="pill st-{key}">{label}</span> Run of {when} <a class="back" href="#row-{rid}">back to the list</a> <a class="back" href="#wf-{wid}">workflow</a></h3><p class="hint mono">{rid}</p><div class="detail-grid">"##,
        rid = escape(&run.id),
        wid = escape(&w.id),
        key = run.status.key(),
        label = run.status.label(),
        when = escape(&minute(run.scheduled)),
    );
    let users: Vec<_> = w
        .failed_users
        .iter()
        .filter(|u| u.run_id == run.id)
        .collect();
    if !users.is_empty() {
        html.push_str(r#"<table class="detail"><thead><tr><th>User with failures</th><th class="num">Failed tasks</th></tr></thead><tbody>"#);
        for u in users {
            let _ = write!(
                html,
                r#"<tr class="failed-user"><td>{} <span class="status-word st-text-{}">{}</span><div class="hint mono">{}</div></td><td class="num">{}</td></tr>"#,
                escape(u.user.name.as_deref().unwrap_or("(no name)")),
                u.status.key(),
                u.status.label().to_lowercase(),
                escape(&u.user.id),
                u.failed_tasks,
            );
        }
        html.push_str("</tbody></table>");
    }
    let tasks: Vec<_> = w
        .failed_tasks
        .iter()
        .filter(|t| t.run_id == run.id)
        .collect();
    if !tasks.is_empty() {
        html.push_str(r#"<table class="detail"><thead><tr><th>Failed task</th><th>User</th><th>Reason</th></tr></thead><tbody>"#);
        for t in tasks {
            let _ = write!(
                html,
                r#"<tr class="failed-task"><td>{}</td><td>{}</td><td>{}</td></tr>"#,
                escape(&t.task_name),
                escape(t.user.name.as_deref().unwrap_or(&t.user.id)),
                escape(t.reason.as_deref().unwrap_or("—")),
            );
        }
        html.push_str("</tbody></table>");
    }
    html.push_str("</div></div>");
}

fn duration(run: &RunRow) -> String {
    let (Some(start), Some(end)) = (run.started, run.completed) else {
        return "—".to_owned();
    };
    let secs = end.duration_since(start).as_secs().max(0);
    match secs {
        0..60 => format!("{secs}s"),
        60..3600 => format!("{}m {:02}s", secs / 60, secs % 60),
        _ => format!("{}h {:02}m", secs / 3600, secs % 3600 / 60),
    }
}

fn width_text(timeline: &Timeline) -> String {
    let hours = timeline.width.as_secs() / 3600;
    match hours {
        1 => "one hour".to_owned(),
        24 => "one day".to_owned(),
        h if h % 24 == 0 => format!("{} days", h / 24),
        h => format!("{h} hours"),
    }
}

fn percent(part: i64, whole: i64) -> String {
    format!("{:.0}%", part as f64 * 100.0 / whole as f64)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn day(at: Timestamp) -> String {
    at.strftime("%b %-d, %Y").to_string()
}

fn minute(at: Timestamp) -> String {
    at.strftime("%Y-%m-%d %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::{Period, Summaries};

    #[test]
    fn escape_covers_text_and_attributes() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("Ünïcode — ok"), "Ünïcode — ok");
    }

    fn report(name: &str, id: &str) -> Report {
        Report {
            period: Period {
                from: "2024-05-01T00:00:00Z".parse().expect("an instant"),
                to: "2024-05-31T00:00:00Z".parse().expect("an instant"),
            },
            generated: "2024-06-01T00:00:00Z".parse().expect("an instant"),
            source: "a <test> source".into(),
            workflows: vec![WorkflowReport {
                id: id.into(),
                name: name.into(),
                category: "leaver".into(),
                runs: Vec::new(),
                failed_tasks: Vec::new(),
                failed_users: Vec::new(),
                summaries: Summaries::default(),
            }],
        }
    }

    #[test]
    fn a_workflow_named_like_markup_renders_as_text() {
        let page = page(&report("<script>alert('x')</script>", r#"id"><img src=x>"#));
        assert!(!page.contains("<script"), "no script element at all");
        assert!(!page.contains("<img"));
        assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(page.contains("a &lt;test&gt; source"));
    }

    #[test]
    fn the_page_fetches_nothing() {
        let page = page(&report("W", "w"));
        for needle in ["http:", "https:", "src=", "@import", "url("] {
            assert!(!page.contains(needle), "{needle}");
        }
        assert!(page.contains("No run was scheduled in this period."));
    }
}
