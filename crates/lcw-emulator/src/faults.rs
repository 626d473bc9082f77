//! A fault plan for tests: which requests fail and how, chosen per route pattern, per nth
//! matching request, or by rate from a seeded generator, so a test run is repeatable.
//!
//! Script form (one rule per line or per `--fault` argument, `#` starts a comment):
//! `fault=429 retry-after=2 route=/beta/**/runs nth=1,2` or `fault=drop rate=0.1`.
//! Keys: `fault` (`429`, `503`, `504`, any status, `slow`, `drop`, `truncate`, `malformed`,
//! `unknown-enum`, `unknown-property`), `retry-after` (seconds, or `date:<seconds>` for an
//! HTTP date that far ahead), `delay-ms` (for `slow`), `route` (glob on the path: `*` one
//! segment, `**` any number), `method`, and one trigger: `nth=1,3` (1-based among matching
//! requests), `every=5`, `first=2`, `rate=0.25`; no trigger means always.

use std::sync::Mutex;
use std::time::Duration;

use crate::rng::SeededRng;

/// How to say when to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAfter {
    /// `Retry-After: <seconds>`
    Seconds(u64),
    /// `Retry-After: <HTTP date>` that many seconds from now.
    HttpDate(u64),
}

/// What happens to a faulted request.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultAction {
    /// Answer with this status and a Graph error body (429, 503, 504, ...).
    Status {
        /// HTTP status.
        status: u16,
        /// Optional `Retry-After`.
        retry_after: Option<RetryAfter>,
    },
    /// Wait before answering normally.
    Slow(Duration),
    /// Close the connection without answering.
    Drop,
    /// Send the headers and half of the body, then close.
    Truncate,
    /// Send a body that is not valid JSON.
    MalformedJson,
    /// Replace enum values with a member no document lists.
    UnknownEnumValue,
    /// Add a property no document lists to every object.
    UnknownProperty,
}

/// When a rule fires.
#[derive(Debug, Clone, PartialEq)]
pub enum Trigger {
    /// Every matching request.
    Always,
    /// The listed matching requests (1-based).
    Nth(Vec<u64>),
    /// Every n-th matching request.
    Every(u64),
    /// The first n matching requests.
    First(u64),
    /// Each matching request with this probability (seeded).
    Rate(f64),
}

/// One rule of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct FaultRule {
    /// Path glob; `None` matches every path.
    pub route: Option<String>,
    /// Method, upper case; `None` matches all.
    pub method: Option<String>,
    /// When.
    pub trigger: Trigger,
    /// What.
    pub action: FaultAction,
}

impl FaultRule {
    /// Reads a script: one rule per line; `#` starts a comment, blank lines are skipped. An
    /// error names the line.
    pub fn parse_script(text: &str) -> Result<Vec<FaultRule>, String> {
        let mut rules = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if !line.is_empty() {
                rules.push(FaultRule::parse(line).map_err(|e| format!("line {}: {e}", n + 1))?);
            }
        }
        Ok(rules)
    }

    /// A rule firing on every request.
    pub fn always(action: FaultAction) -> Self {
        Self {
            route: None,
            method: None,
            trigger: Trigger::Always,
            action,
        }
    }

    /// Limits the rule to paths matching `glob`.
    pub fn on_route(mut self, glob: &str) -> Self {
        self.route = Some(glob.to_owned());
        self
    }

    /// Limits the rule to one method.
    pub fn on_method(mut self, method: &str) -> Self {
        self.method = Some(method.to_ascii_uppercase());
        self
    }

    /// Sets the trigger.
    pub fn when(mut self, trigger: Trigger) -> Self {
        self.trigger = trigger;
        self
    }

    /// Reads one rule from its script form.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut rule = Self::always(FaultAction::Drop);
        let mut action: Option<String> = None;
        let mut retry_after = None;
        let mut delay = Duration::from_millis(500);
        for word in text.split_whitespace() {
            let (key, value) = word
                .split_once('=')
                .ok_or_else(|| format!("'{word}' is not key=value"))?;
            let number = |v: &str| {
                v.parse::<u64>()
                    .map_err(|_| format!("'{v}' is not a whole number in '{word}'"))
            };
            match key {
                "fault" => action = Some(value.to_ascii_lowercase()),
                "route" => rule.route = Some(value.to_owned()),
                "method" => rule.method = Some(value.to_ascii_uppercase()),
                "retry-after" => {
                    retry_after = Some(match value.strip_prefix("date:") {
                        Some(secs) => RetryAfter::HttpDate(number(secs)?),
                        None => RetryAfter::Seconds(number(value)?),
                    })
                }
                "delay-ms" => delay = Duration::from_millis(number(value)?),
                "nth" => {
                    rule.trigger =
                        Trigger::Nth(value.split(',').map(number).collect::<Result<_, _>>()?)
                }
                "every" => rule.trigger = Trigger::Every(number(value)?.max(1)),
                "first" => rule.trigger = Trigger::First(number(value)?),
                "rate" => {
                    let rate: f64 = value
                        .parse()
                        .map_err(|_| format!("'{value}' is not a rate"))?;
                    if !(0.0..=1.0).contains(&rate) {
                        return Err(format!("rate {rate} is outside 0..1"));
                    }
                    rule.trigger = Trigger::Rate(rate);
                }
                _ => return Err(format!("unknown key '{key}'")),
            }
        }
        rule.action = match action.as_deref() {
            None => return Err("a rule needs fault=...".into()),
            Some("slow") => FaultAction::Slow(delay),
            Some("drop") => FaultAction::Drop,
            Some("truncate") => FaultAction::Truncate,
            Some("malformed") => FaultAction::MalformedJson,
            Some("unknown-enum") => FaultAction::UnknownEnumValue,
            Some("unknown-property") => FaultAction::UnknownProperty,
            Some(status) => match status.parse::<u16>() {
                Ok(status) if (400..=599).contains(&status) => FaultAction::Status {
                    status,
                    retry_after,
                },
                _ => return Err(format!("unknown fault '{status}'")),
            },
        };
        Ok(rule)
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self.route.as_deref().is_none_or(|g| glob_match(g, path))
    }
}

/// Rules plus their counters.
#[derive(Debug)]
pub struct FaultPlan {
    rules: Vec<FaultRule>,
    state: Mutex<PlanState>,
}

#[derive(Debug)]
struct PlanState {
    counts: Vec<u64>,
    rng: SeededRng,
}

impl FaultPlan {
    /// A plan; `seed` drives the `rate` triggers.
    pub fn new(rules: Vec<FaultRule>, seed: u64) -> Self {
        let counts = vec![0; rules.len()];
        Self {
            rules,
            state: Mutex::new(PlanState {
                counts,
                rng: SeededRng::fork(seed, &[0xFA]),
            }),
        }
    }

    /// Reads a script (see [`FaultRule::parse_script`]) into a plan.
    #[cfg(test)]
    pub fn parse_script(text: &str, seed: u64) -> Result<Self, String> {
        Ok(Self::new(FaultRule::parse_script(text)?, seed))
    }

    /// The action for this request, if a rule fires. Every matching rule counts the request;
    /// the first that fires wins.
    pub fn decide(&self, method: &str, path: &str) -> Option<FaultAction> {
        if self.rules.is_empty() {
            return None;
        }
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut chosen = None;
        for (i, rule) in self.rules.iter().enumerate() {
            if !rule.matches(method, path) {
                continue;
            }
            state.counts[i] += 1;
            let n = state.counts[i];
            let fires = match &rule.trigger {
                Trigger::Always => true,
                Trigger::Nth(list) => list.contains(&n),
                Trigger::Every(k) => n.is_multiple_of(*k),
                Trigger::First(k) => n <= *k,
                Trigger::Rate(p) => state.rng.chance(*p),
            };
            if fires && chosen.is_none() {
                chosen = Some(rule.action.clone());
            }
        }
        chosen
    }
}

/// `*` matches one path segment, `**` any number (also none); other segments compare
/// case-insensitively.
pub fn glob_match(glob: &str, path: &str) -> bool {
    let pattern: Vec<&str> = glob.split('/').filter(|s| !s.is_empty()).collect();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    glob_segments(&pattern, &segments)
}

fn glob_segments(pattern: &[&str], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|skip| glob_segments(rest, &path[skip..])),
        Some((first, rest)) => match path.split_first() {
            Some((segment, tail)) => {
                (*first == "*" || first.eq_ignore_ascii_case(segment)) && glob_segments(rest, tail)
            }
            None => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match(
            "/beta/**/runs",
            "/beta/identityGovernance/lifecycleWorkflows/workflows/x/runs"
        ));
        assert!(glob_match("/beta/**", "/beta"));
        assert!(glob_match(
            "/*/identityGovernance/**",
            "/v1.0/identitygovernance/a"
        ));
        assert!(!glob_match("/beta/**/runs", "/beta/a/runs/r1"));
    }

    #[test]
    fn nth_every_first_and_rate() {
        let plan = FaultPlan::parse_script(
            "fault=429 retry-after=3 route=/a nth=2,3\nfault=drop route=/b every=2\nfault=503 route=/c first=1\nfault=slow delay-ms=5 route=/d rate=0.5",
            1,
        );
        let plan = match plan {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        let hits = |path: &str, n: usize| {
            (0..n)
                .map(|_| plan.decide("GET", path).is_some())
                .collect::<Vec<_>>()
        };
        assert_eq!(hits("/a", 4), [false, true, true, false]);
        assert_eq!(hits("/b", 4), [false, true, false, true]);
        assert_eq!(hits("/c", 2), [true, false]);
        let d = hits("/d", 200).into_iter().filter(|x| *x).count();
        assert!((60..140).contains(&d), "{d}");
        assert_eq!(plan.decide("GET", "/a"), None);
    }

    #[test]
    fn rate_is_repeatable_for_a_seed() {
        let run = || {
            let plan = FaultPlan::new(
                vec![FaultRule::always(FaultAction::Drop).when(Trigger::Rate(0.3))],
                9,
            );
            (0..50)
                .map(|_| plan.decide("GET", "/x").is_some())
                .collect::<Vec<_>>()
        };
        assert_eq!(run(), run());
    }

    #[test]
    fn script_errors_are_reported() {
        for bad in [
            "fault=teapot",
            "route=/x",
            "fault=429 nth=a",
            "fault=drop rate=2",
            "fault=drop what=1",
            "fault",
        ] {
            assert!(FaultRule::parse(bad).is_err(), "{bad}");
        }
        let rule = FaultRule::parse("fault=503 retry-after=date:30 method=get").ok();
        assert_eq!(
            rule.map(|r| (r.action, r.method)),
            Some((
                FaultAction::Status {
                    status: 503,
                    retry_after: Some(RetryAfter::HttpDate(30))
                },
                Some("GET".into())
            ))
        );
    }
}
