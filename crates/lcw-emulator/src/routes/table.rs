//! The route set: every documented operation of each API version, matched against request
//! paths segment by segment. Built from the generated `OPERATIONS` tables.

use lcw_models::OperationInfo;

/// An API version prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApiVersion {
    /// `/beta`
    Beta,
    /// `/v1.0`
    V1,
}

impl ApiVersion {
    /// The path prefix without slashes.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Beta => "beta",
            Self::V1 => "v1.0",
        }
    }

    /// Reads the first path segment.
    pub fn from_segment(segment: &str) -> Option<Self> {
        match segment {
            "beta" => Some(Self::Beta),
            "v1.0" => Some(Self::V1),
            _ => None,
        }
    }
}

/// One segment of a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// Fixed text, compared case-insensitively like Graph does.
    Literal(String),
    /// `{workflowId}`
    Key,
    /// `summary(startDateTime={timestamp},endDateTime={timestamp})`: name and parameter names.
    Function(String, Vec<String>),
}

/// One step of a matched request path, in template terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A fixed segment, spelled as the template spells it.
    Name(String),
    /// A key value taken from the request.
    Key(String),
    /// A function call with its arguments as sent (`name=value`).
    Call(String, Vec<(String, String)>),
}

/// A documented operation bound to a version.
#[derive(Debug, Clone)]
pub struct Route {
    /// The generated operation description.
    pub op: &'static OperationInfo,
    /// Its version.
    pub version: ApiVersion,
    segments: Vec<(Segment, String)>,
}

/// What a request path and method resolve to.
#[derive(Debug)]
pub enum RouteMatch<'a> {
    /// A documented operation, with the path steps.
    Found(&'a Route, Vec<Step>),
    /// The path exists but not for this method; the methods that do exist.
    MethodNotAllowed(Vec<&'static str>),
    /// No documented path looks like this.
    NotFound,
}

/// All routes.
#[derive(Debug, Clone, Default)]
pub struct RouteTable {
    routes: Vec<Route>,
}

impl RouteTable {
    /// Builds the table from per-version operation lists.
    pub fn new(versions: &[(ApiVersion, &'static [OperationInfo])]) -> Self {
        let mut routes = Vec::new();
        for (version, ops) in versions {
            for op in *ops {
                routes.push(Route {
                    op,
                    version: *version,
                    segments: parse_template(op.path),
                });
            }
        }
        Self { routes }
    }

    /// Every route.
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// Finds the operation for `method` on `segments` (the path after the version prefix).
    pub fn find(&self, version: ApiVersion, method: &str, segments: &[String]) -> RouteMatch<'_> {
        let mut best: Option<(usize, &Route, Vec<Step>)> = None;
        let mut methods: Vec<&'static str> = Vec::new();
        let mut best_score_any_method = None;
        for route in self.routes.iter().filter(|r| r.version == version) {
            let Some((score, steps)) = match_segments(&route.segments, segments) else {
                continue;
            };
            // Prefer fixed text over keys: `runs/summary(...)` over `runs/{runId}`.
            if best_score_any_method.is_none_or(|s| score > s) {
                best_score_any_method = Some(score);
                methods.clear();
            }
            if Some(score) == best_score_any_method && !methods.contains(&route.op.method) {
                methods.push(route.op.method);
            }
            if route.op.method.eq_ignore_ascii_case(method)
                && best.as_ref().is_none_or(|(s, _, _)| score > *s)
            {
                best = Some((score, route, steps));
            }
        }
        match best {
            Some((score, route, steps)) if Some(score) == best_score_any_method => {
                RouteMatch::Found(route, steps)
            }
            _ if !methods.is_empty() => RouteMatch::MethodNotAllowed(methods),
            _ => RouteMatch::NotFound,
        }
    }
}

fn parse_template(path: &str) -> Vec<(Segment, String)> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|raw| {
            let text = raw.replace("{{", "{").replace("}}", "}");
            let segment = if text.starts_with('{') && text.ends_with('}') {
                Segment::Key
            } else if let Some((name, args)) =
                text.strip_suffix(')').and_then(|t| t.split_once('('))
            {
                let params = args
                    .split(',')
                    .filter_map(|a| {
                        a.split_once('=')
                            .map(|(k, _)| k.trim().to_ascii_lowercase())
                    })
                    .collect();
                Segment::Function(name.to_ascii_lowercase(), params)
            } else {
                Segment::Literal(text.to_ascii_lowercase())
            };
            let canonical = text.split('(').next().unwrap_or_default().to_owned();
            (segment, canonical)
        })
        .collect()
}

fn match_segments(
    template: &[(Segment, String)],
    request: &[String],
) -> Option<(usize, Vec<Step>)> {
    if template.len() != request.len() {
        return None;
    }
    let mut score = 0;
    let mut steps = Vec::with_capacity(request.len());
    for ((segment, canonical), actual) in template.iter().zip(request) {
        match segment {
            Segment::Literal(lit) => {
                if !actual.eq_ignore_ascii_case(lit) {
                    return None;
                }
                score += 2;
                steps.push(Step::Name(canonical.clone()));
            }
            Segment::Key => {
                if actual.is_empty() || actual.contains('(') {
                    return None;
                }
                steps.push(Step::Key(actual.clone()));
            }
            Segment::Function(name, _) => {
                let (called, args) = actual.strip_suffix(')').and_then(|a| a.split_once('('))?;
                if !called.eq_ignore_ascii_case(name) {
                    return None;
                }
                score += 2;
                let args = split_args(args);
                steps.push(Step::Call(canonical.clone(), args));
            }
        }
    }
    Some((score, steps))
}

fn split_args(args: &str) -> Vec<(String, String)> {
    args.split(',')
        .filter(|a| !a.trim().is_empty())
        .map(|a| match a.split_once('=') {
            Some((k, v)) => (k.trim().to_owned(), v.trim().trim_matches('\'').to_owned()),
            None => (a.trim().to_owned(), String::new()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn op(id: &'static str, method: &'static str, path: &'static str) -> OperationInfo {
        OperationInfo {
            id,
            method,
            path,
            query_options: &[],
            returns: None,
            returns_collection: false,
            success_status: 200,
        }
    }

    static OPS: &[OperationInfo] = &[
        op(
            "get-run",
            "GET",
            "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}",
        ),
        op(
            "summary",
            "GET",
            "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/summary(startDateTime={timestamp},endDateTime={timestamp})",
        ),
        op(
            "update",
            "PATCH",
            "/identityGovernance/lifecycleWorkflows/workflows/{{workflow_id}}/",
        ),
    ];

    fn segs(path: &str) -> Vec<String> {
        path.split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn functions_win_over_keys_and_case_is_ignored() {
        let table = RouteTable::new(&[(ApiVersion::Beta, OPS)]);
        let m = table.find(ApiVersion::Beta, "GET", &segs("/identitygovernance/lifecycleWorkflows/workflows/w1/runs/summary(startDateTime=2022-08-01T00:00:00Z,endDateTime=2022-09-01T00:00:00Z)"));
        let RouteMatch::Found(route, steps) = m else {
            panic!("no match")
        };
        assert_eq!(route.op.id, "summary");
        assert_eq!(steps[0], Step::Name("identityGovernance".into()));
        assert!(
            matches!(&steps[5], Step::Call(name, args) if name == "summary" && args.len() == 2)
        );
        let m = table.find(
            ApiVersion::Beta,
            "GET",
            &segs("/identityGovernance/lifecycleWorkflows/workflows/w1/runs/r1"),
        );
        assert!(matches!(m, RouteMatch::Found(r, _) if r.op.id == "get-run"));
    }

    #[test]
    fn wrong_method_and_unknown_paths() {
        let table = RouteTable::new(&[(ApiVersion::Beta, OPS)]);
        let m = table.find(
            ApiVersion::Beta,
            "DELETE",
            &segs("/identityGovernance/lifecycleWorkflows/workflows/w1"),
        );
        assert!(
            matches!(m, RouteMatch::MethodNotAllowed(ref methods) if methods == &["PATCH"]),
            "{m:?}"
        );
        let m = table.find(
            ApiVersion::Beta,
            "GET",
            &segs("/identityGovernance/lifecycleWorkflows/nothing"),
        );
        assert!(matches!(m, RouteMatch::NotFound));
        let m = table.find(
            ApiVersion::V1,
            "GET",
            &segs("/identityGovernance/lifecycleWorkflows/workflows/w1/runs/r1"),
        );
        assert!(matches!(m, RouteMatch::NotFound));
    }
}
