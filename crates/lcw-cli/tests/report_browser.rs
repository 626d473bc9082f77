//! `lcw report` in a real browser: Debian's chromium, headless, draws the report from the
//! emulator; a screenshot is kept for a person to look at, and a measuring script reads the
//! drawn page back through the DOM, so the charts and the table are checked as a reader sees
//! them (rendered sizes, not only markup).
//!
//! Needs `chromium` on PATH (or `LCW_CHROMIUM`); CI installs it and runs
//! `cargo test -p lcw-cli --test report_browser -- --ignored`. Without chromium the test fails.

mod report_support;

use std::path::Path;
use std::process::Command;

use report_support::{Tenant, output_dir};
use serde_json::Value;

/// Appended to a copy of the report (never to the report itself, which has no script): measures
/// what was drawn and writes it as JSON into `<pre id="measure">`.
const MEASURE: &str = r##"<script>
(() => {
  const box = (e) => { const r = e.getBoundingClientRect(); return { w: r.width, h: r.height }; };
  const bars = (selector) => [...document.querySelectorAll(selector)]
    .map((e) => ({ count: Number(e.dataset.count), status: e.dataset.status || null, ...box(e) }));
  const links = [...document.querySelectorAll('a[href^="#"]')];
  const result = {
    segments: bars('svg.runs-chart rect.seg'),
    runsChart: box(document.querySelector('svg.runs-chart')),
    rateDots: [...document.querySelectorAll('svg.rate-chart circle.rate-dot')]
      .map((e) => ({ rate: Number(e.dataset.rate), ...box(e) })),
    taskBars: bars('svg.tasks rect.rank-bar'),
    userBars: bars('svg.users rect.rank-bar'),
    rows: [...document.querySelectorAll('table.runs tr.run-row')].map(box),
    cards: Object.fromEntries([...document.querySelectorAll('[data-card]')]
      .map((e) => [e.dataset.card, Number(e.dataset.count)])),
    links: links.length,
    brokenLinks: links.map((a) => a.getAttribute('href').slice(1))
      .filter((id) => !document.getElementById(id)),
    pageWidth: document.documentElement.scrollWidth,
  };
  const pre = document.createElement('pre');
  pre.id = 'measure';
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
})();
</script>"##;

fn chromium() -> String {
    let candidates = std::env::var("LCW_CHROMIUM")
        .ok()
        .into_iter()
        .chain(["chromium", "chromium-browser"].map(str::to_owned));
    for candidate in candidates {
        if Command::new(&candidate)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return candidate;
        }
    }
    panic!(
        "chromium was not found: install Debian's (`apt-get install -y chromium`) or set \
         LCW_CHROMIUM to its path"
    );
}

/// Runs headless chromium on `page` with `args`; returns its stdout.
fn headless(browser: &str, page: &Path, args: &[&str]) -> String {
    let profile = page.with_extension("profile");
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--no-first-run",
            "--force-color-profile=srgb",
            "--window-size=1280,2200",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(page)
        .output()
        .expect("chromium starts");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 from chromium")
}

/// The JSON the measuring script left in the dumped DOM.
fn measurement(dom: &str) -> Value {
    let start = dom
        .find(r#"<pre id="measure">"#)
        .expect("the measuring script ran")
        + r#"<pre id="measure">"#.len();
    let end = start + dom[start..].find("</pre>").expect("the end of the measure");
    let text = dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    serde_json::from_str(&text).expect("the measure is JSON")
}

fn counts(bars: &Value) -> Vec<usize> {
    bars.as_array()
        .expect("a list")
        .iter()
        .map(|b| b["count"].as_u64().expect("a count") as usize)
        .collect()
}

/// Every bar has a visible rendered size, and lengths follow counts (`along` is `w` or `h`).
fn assert_drawn_in_proportion(bars: &Value, along: &str, what: &str) {
    let bars = bars.as_array().expect("a list");
    let unit = bars
        .iter()
        .map(|b| b[along].as_f64().expect("a size") / b["count"].as_f64().expect("a count"))
        .collect::<Vec<_>>();
    for (bar, per_count) in bars.iter().zip(&unit) {
        assert!(
            bar["w"].as_f64() > Some(0.5) && bar["h"].as_f64() > Some(0.5),
            "{what}: {bar}"
        );
        // Same pixels per count for every bar, within rounding of the layout.
        assert!(
            (per_count - unit[0]).abs() < 0.05 * unit[0] + 0.5,
            "{what}: {unit:?}"
        );
    }
}

#[test]
#[ignore = "needs Debian chromium; CI runs `cargo test -p lcw-cli --test report_browser -- --ignored`"]
fn chromium_draws_the_report_with_the_summary_counts() {
    let browser = chromium();
    let tenant = Tenant::start();
    let expected = tenant.expected();
    let dir = output_dir("browser");
    let report = dir.join("report.html");
    let html = tenant.report(&report, &[]);

    let screenshot = dir.join("report.png");
    let _ = std::fs::remove_file(&screenshot);
    headless(
        &browser,
        &report,
        &[&format!("--screenshot={}", screenshot.display())],
    );
    let png = std::fs::read(&screenshot).expect("chromium wrote the screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
    println!("screenshot: {}", screenshot.display());

    let measured_page = dir.join("report-measured.html");
    let with_script = html.replace("</body>", &format!("{MEASURE}</body>"));
    std::fs::write(&measured_page, with_script).expect("measured copy written");
    let m = measurement(&headless(&browser, &measured_page, &["--dump-dom"]));

    // The stacked bars: as many runs as the summaries count, each segment drawn.
    let segments = counts(&m["segments"]);
    assert_eq!(segments.iter().sum::<usize>(), expected.runs, "{m}");
    assert_drawn_in_proportion(&m["segments"], "h", "run segments");
    let failed: usize = m["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .filter(|s| matches!(s["status"].as_str(), Some("failed" | "completedWithErrors")))
        .map(|s| s["count"].as_u64().unwrap_or(0) as usize)
        .sum();
    assert_eq!(failed, expected.failed_runs);
    assert!(
        m["runsChart"]["w"].as_f64() > Some(600.0),
        "{}",
        m["runsChart"]
    );

    // The failure rate: a visible dot per bucket with finished runs, rates between 0 and 1.
    let dots = m["rateDots"].as_array().expect("dots");
    assert!(!dots.is_empty());
    for dot in dots {
        let rate = dot["rate"].as_f64().expect("a rate");
        assert!(
            (0.0..=1.0).contains(&rate) && dot["w"].as_f64() > Some(1.0),
            "{dot}"
        );
    }

    // The rankings: drawn, in proportion, most first, within the failed totals.
    for (bars, total) in [
        (&m["taskBars"], expected.failed_tasks),
        (&m["userBars"], expected.failed_users),
    ] {
        let ranked = counts(bars);
        assert!(
            !ranked.is_empty() && ranked.iter().sum::<usize>() <= total,
            "{ranked:?}"
        );
        assert!(ranked.windows(2).all(|w| w[0] >= w[1]), "{ranked:?}");
        assert_drawn_in_proportion(bars, "w", "ranking");
    }

    // The table: one visible row per listed run.
    let rows = m["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), expected.listed_runs);
    assert!(rows.iter().all(|r| r["h"].as_f64() > Some(10.0)));

    // The headline cards carry the summary functions' counts.
    assert_eq!(m["cards"]["runs"].as_u64(), Some(expected.runs as u64));
    assert_eq!(
        m["cards"]["failed"].as_u64(),
        Some(expected.failed_runs as u64)
    );
    assert_eq!(
        m["cards"]["failed-users"].as_u64(),
        Some(expected.failed_users as u64)
    );
    assert_eq!(
        m["cards"]["failed-tasks"].as_u64(),
        Some(expected.failed_tasks as u64)
    );

    // Links lead somewhere, and nothing overflows the window sideways.
    assert!(m["links"].as_u64() > Some(expected.workflows as u64));
    assert_eq!(m["brokenLinks"], Value::Array(Vec::new()));
    assert!(m["pageWidth"].as_u64() <= Some(1280), "{}", m["pageWidth"]);
}
