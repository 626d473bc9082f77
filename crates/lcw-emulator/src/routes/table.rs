//! The route set: every documented operation of each API version, matched against request
//! paths segment by segment. Built from the generated `OPERATIONS` tables, plus the navigation
//! paths Graph serves to a collection that a documented, longer path goes through (derived from
//! the relationships of the generated types, never listed by hand).
//!
//! Bound actions and functions match by their short name (as the docs write them) and by their
//! namespace-qualified name (as Microsoft's generated SDKs send them):
//! `workflows/{id}/microsoft.graph.identityGovernance.activate`. `.../$count` after a
//! collection route answers the number of its items.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use lcw_models::{OperationInfo, PropertyType, TypeInfo};

use crate::errors::GraphError;

/// The namespace bound actions and functions may be qualified with.
pub const NAMESPACE: &str = "microsoft.graph.identityGovernance";

/// The type at `/identityGovernance/lifecycleWorkflows`, where every documented path starts.
const CONTAINER_TYPE: &str = "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer";

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

    fn types(self) -> &'static [TypeInfo] {
        crate::schemas::types(self)
    }
}

/// One segment of a path template.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Segment {
    /// Fixed text, compared case-insensitively like Graph does.
    Literal(String),
    /// `{workflowId}`
    Key,
    /// A bound action (`activate`): the last segment of a `POST` whose path has no `GET`.
    /// Matches its short and its namespace-qualified name.
    Action(String),
    /// `summary(startDateTime={timestamp},endDateTime={timestamp})`: name and parameter names.
    Function(String, Vec<String>),
}

/// One step of a matched request path, in template terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A fixed segment, spelled as the template spells it (actions without their namespace).
    Name(String),
    /// A key value taken from the request.
    Key(String),
    /// A function call with its arguments as sent (`name=value`), name without its namespace.
    Call(String, Vec<(String, String)>),
}

/// A documented operation bound to a version.
#[derive(Debug, Clone)]
pub struct Route {
    /// The generated operation description. For a derived navigation route, the documented
    /// collection operation of the same type whose options (and id) it shares, with the
    /// navigation path as `path`.
    pub op: &'static OperationInfo,
    /// Its version.
    pub version: ApiVersion,
    /// Not an operation of the tables: a navigation path to a collection that a documented,
    /// longer path goes through (`runs/{runId}/userProcessingResults`).
    pub derived: bool,
    segments: Vec<(Segment, String)>,
}

impl Route {
    /// The relationships `$expand` may name, when the operation's page restricts them;
    /// `None` when it allows every relationship of the type it returns (or no `$expand`).
    pub fn expandable(&self) -> Option<&'static [&'static str]> {
        Some(self.op.expandable).filter(|names| !names.is_empty())
    }

    /// The name of the bound action this `POST` route invokes (`activate`), as its path
    /// template spells it; `None` for a route that is no action.
    pub fn action(&self) -> Option<&str> {
        match self.segments.last() {
            Some((Segment::Action(name), _)) => Some(name),
            _ => None,
        }
    }
}

/// What a request path and method resolve to.
#[derive(Debug)]
pub enum RouteMatch<'a> {
    /// A documented operation, with the path steps.
    Found(&'a Route, Vec<Step>),
    /// `GET <collection>/$count`: the collection route and its steps (without `$count`).
    Count(&'a Route, Vec<Step>),
    /// `$count` after a path that is no collection.
    NotCountable,
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
    /// Builds the table from per-version operation lists, with the navigation routes they imply.
    pub fn new(versions: &[(ApiVersion, &'static [OperationInfo])]) -> Self {
        let mut routes = Vec::new();
        for (version, ops) in versions {
            let mut documented: Vec<Route> = ops
                .iter()
                .map(|op| Route {
                    op,
                    version: *version,
                    derived: false,
                    segments: parse_template(op.path),
                })
                .collect();
            mark_actions(&mut documented);
            let derived = derived_routes(*version, ops, &documented);
            routes.extend(documented);
            routes.extend(derived);
        }
        Self { routes }
    }

    /// Every route.
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// Finds the operation for `method` on `segments` (the path after the version prefix).
    pub fn find(&self, version: ApiVersion, method: &str, segments: &[String]) -> RouteMatch<'_> {
        match segments.split_last() {
            Some((last, rest)) if last.eq_ignore_ascii_case("$count") && !rest.is_empty() => {
                match self.find_operation(version, "GET", rest) {
                    RouteMatch::Found(route, steps) if route.op.returns_collection => {
                        if method.eq_ignore_ascii_case("GET") {
                            RouteMatch::Count(route, steps)
                        } else {
                            RouteMatch::MethodNotAllowed(vec!["GET"])
                        }
                    }
                    RouteMatch::NotFound => RouteMatch::NotFound,
                    _ => RouteMatch::NotCountable,
                }
            }
            _ => self.find_operation(version, method, segments),
        }
    }

    fn find_operation(
        &self,
        version: ApiVersion,
        method: &str,
        segments: &[String],
    ) -> RouteMatch<'_> {
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

/// The answer to `$count` after a path that is not a collection.
pub fn not_countable(segments: &[String]) -> GraphError {
    let before = segments
        .len()
        .checked_sub(2)
        .and_then(|i| segments.get(i))
        .map_or("", String::as_str);
    GraphError::bad_request(format!(
        "The request URI is not valid: $count cannot be applied to the segment '{before}', which is not a collection."
    ))
    .with_inner_code("InvalidCountSegment")
}

/// Whether a raw request path ends in `/$count` (also percent-encoded).
pub fn is_count_path(path: &str) -> bool {
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    last.eq_ignore_ascii_case("$count") || last.eq_ignore_ascii_case("%24count")
}

/// Replaces function arguments given as parameter aliases (`startDateTime=@s`) by the value
/// the query string gives the alias (`?@s=2022-08-01T00:00:00Z`), as Graph does.
pub fn bind_aliases(mut steps: Vec<Step>, query: Option<&str>) -> Result<Vec<Step>, GraphError> {
    let aliases: Vec<(String, String)> = query
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            let name = percent_decode(name)?;
            name.starts_with('@')
                .then(|| Some((name, percent_decode(value)?)))
                .flatten()
        })
        .collect();
    for step in &mut steps {
        let Step::Call(_, args) = step else { continue };
        for (param, value) in args.iter_mut() {
            if !value.starts_with('@') {
                continue;
            }
            let bound = aliases.iter().find(|(name, _)| name == value).or_else(|| {
                aliases
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(value))
            });
            let Some((_, bound)) = bound else {
                return Err(GraphError::bad_request(format!(
                    "The parameter alias '{value}' of function parameter '{param}' is given no value in the query string."
                ))
                .with_inner_code("InvalidFunctionParameter"));
            };
            *value = bound.trim().trim_matches('\'').to_owned();
        }
    }
    Ok(steps)
}

/// Percent-decoding that keeps `+` (a timestamp offset), unlike form decoding.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let byte = text
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())?;
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
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

/// The shape of a template for comparisons: literal text (lowercase) and keys, names dropped.
fn shape(segments: &[(Segment, String)]) -> Vec<Segment> {
    segments
        .iter()
        .map(|(s, _)| match s {
            Segment::Action(name) => Segment::Literal(name.clone()),
            other => other.clone(),
        })
        .collect()
}

/// The last literal of a `POST` whose path no `GET` reads is a bound action.
fn mark_actions(routes: &mut [Route]) {
    let reads: Vec<Vec<Segment>> = routes
        .iter()
        .filter(|r| r.op.method == "GET")
        .map(|r| shape(&r.segments))
        .collect();
    for route in routes.iter_mut().filter(|r| r.op.method == "POST") {
        if reads.contains(&shape(&route.segments)) {
            continue;
        }
        if let Some((segment, _)) = route.segments.last_mut()
            && let Segment::Literal(name) = segment
        {
            let name = std::mem::take(name);
            *segment = Segment::Action(name);
        }
    }
}

/// Derived routes, kept per operation table so each is built (and its text leaked) once.
type DerivedCache = Mutex<HashMap<(usize, usize, ApiVersion), Vec<Route>>>;

/// `GET` routes to the collections that documented paths go through without documenting them:
/// for each `.../{name}/{key}/...` of a documented path whose `.../{name}` no `GET` reads, when
/// the generated types say `{name}` is a collection relationship of the entity before it, and a
/// documented list of the same type exists (whose options and id the derived route shares).
fn derived_routes(
    version: ApiVersion,
    ops: &'static [OperationInfo],
    documented: &[Route],
) -> Vec<Route> {
    static CACHE: OnceLock<DerivedCache> = OnceLock::new();
    let key = (ops.as_ptr() as usize, ops.len(), version);
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    cache
        .entry(key)
        .or_insert_with(|| derive(version, documented))
        .clone()
}

fn derive(version: ApiVersion, documented: &[Route]) -> Vec<Route> {
    let types = version.types();
    let reads: Vec<&Route> = documented.iter().filter(|r| r.op.method == "GET").collect();
    // What the documented reads say each path denotes: (type, is a collection).
    let mut known: HashMap<Vec<Segment>, (&'static str, bool)> = HashMap::new();
    for route in &reads {
        let Some(returns) = route.op.returns else {
            continue;
        };
        let path = shape(&route.segments);
        if route.op.returns_collection {
            let mut item = path.clone();
            item.push(Segment::Key);
            known.entry(item).or_insert((returns, false));
            known.entry(path).or_insert((returns, true));
        } else if !matches!(path.last(), Some(Segment::Function(..))) {
            known.entry(path).or_insert((returns, false));
        }
    }
    let mut out: Vec<Route> = Vec::new();
    for route in documented {
        let path = shape(&route.segments);
        for i in 0..path.len().saturating_sub(1) {
            let (Segment::Literal(name), Segment::Key) = (&path[i], &path[i + 1]) else {
                continue;
            };
            let prefix = &path[..=i];
            if reads.iter().any(|r| shape(&r.segments) == prefix)
                || out.iter().any(|r| shape(&r.segments) == prefix)
            {
                continue;
            }
            let Some((item_type, true)) = type_at(types, &known, prefix) else {
                continue;
            };
            let same_type = |r: &&&Route| {
                r.op.returns_collection
                    && r.op.returns.is_some_and(|t| same_name(t, item_type))
                    && !matches!(r.segments.last(), Some((Segment::Function(..), _)))
            };
            let model = reads
                .iter()
                .filter(same_type)
                .find(|r| matches!(r.segments.last(), Some((Segment::Literal(l), _)) if l == name))
                .or_else(|| reads.iter().find(same_type));
            let Some(model) = model else { continue };
            let segments: Vec<(Segment, String)> = route.segments[..=i].to_vec();
            let text: String = segments.iter().map(|(_, c)| format!("/{c}")).collect();
            let op: &'static OperationInfo = Box::leak(Box::new(OperationInfo {
                id: model.op.id,
                title: model.op.title,
                method: "GET",
                path: Box::leak(text.into_boxed_str()),
                query_options: model.op.query_options,
                expandable: model.op.expandable,
                returns: model.op.returns,
                returns_collection: true,
                success_status: 200,
                body: &[],
            }));
            out.push(Route {
                op,
                version,
                derived: true,
                segments,
            });
        }
    }
    out
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim_start_matches('#')
        .eq_ignore_ascii_case(b.trim_start_matches('#'))
}

/// The entity type a path denotes and whether it is a collection: from the documented reads
/// where they say, else by walking relationships from the nearest path they do.
fn type_at(
    types: &'static [TypeInfo],
    known: &HashMap<Vec<Segment>, (&'static str, bool)>,
    path: &[Segment],
) -> Option<(&'static str, bool)> {
    if let Some(found) = known.get(path) {
        return Some(*found);
    }
    let (last, parent) = path.split_last()?;
    if parent.is_empty() {
        return None;
    }
    if parent.len() == 1 {
        // `identityGovernance/lifecycleWorkflows`
        return Some((CONTAINER_TYPE, false));
    }
    let (parent_type, parent_is_collection) = type_at(types, known, parent)?;
    match last {
        Segment::Key if parent_is_collection => Some((parent_type, false)),
        Segment::Literal(name) if !parent_is_collection => {
            let ty = TypeInfo::find(types, parent_type)?;
            let property = ty
                .properties
                .iter()
                .find(|p| p.is_relationship && p.name.eq_ignore_ascii_case(name))?;
            match property.ty {
                PropertyType::Entity(target) => Some((target, property.is_collection)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The name of a bound action or function as sent: short, or qualified with [`NAMESPACE`].
fn unqualified(sent: &str) -> Option<&str> {
    match sent.rsplit_once('.') {
        None => Some(sent),
        Some((namespace, name)) => namespace.eq_ignore_ascii_case(NAMESPACE).then_some(name),
    }
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
            Segment::Action(name) => {
                if !unqualified(actual)?.eq_ignore_ascii_case(name) {
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
                if !unqualified(called)?.eq_ignore_ascii_case(name) {
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
            title: "",
            method,
            path,
            query_options: &[],
            expandable: &[],
            returns: None,
            returns_collection: false,
            success_status: 200,
            body: &[],
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

#[cfg(test)]
mod graph_routing_tests {
    use super::*;

    fn segs(path: &str) -> Vec<String> {
        path.split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    const LCW: &str = "identityGovernance/lifecycleWorkflows";

    #[test]
    fn actions_and_functions_take_their_namespace_but_navigation_does_not() {
        let table = crate::routes::documented_routes();
        let find = |method: &str, path: &str| match table.find(
            ApiVersion::Beta,
            method,
            &segs(&format!("{LCW}/{path}")),
        ) {
            RouteMatch::Found(route, steps) => Some((route.op.id, steps)),
            _ => None,
        };
        let qualified = find("POST", &format!("workflows/w/{NAMESPACE}.activate"));
        assert_eq!(
            qualified.map(|(id, steps)| (id, steps.last().cloned())),
            Some(("workflow-activate", Some(Step::Name("activate".into()))))
        );
        assert!(find("POST", "workflows/w/microsoft.graph.activate").is_none());
        assert!(find("GET", &format!("workflows/w/{NAMESPACE}.runs")).is_none());
        // `workflows` (create) has a list twin: it is no action.
        assert!(find("POST", &format!("{NAMESPACE}.workflows")).is_none());
        let call = find(
            "GET",
            &format!("workflows/w/runs/{NAMESPACE}.summary(endDateTime=b,startDateTime=a)"),
        );
        assert_eq!(
            call.map(|(id, steps)| (id, steps.last().cloned())),
            Some((
                "run-summary",
                Some(Step::Call(
                    "summary".into(),
                    vec![
                        ("endDateTime".into(), "b".into()),
                        ("startDateTime".into(), "a".into())
                    ]
                ))
            ))
        );
    }

    #[test]
    fn count_follows_collections_only() {
        let table = crate::routes::documented_routes();
        let find = |method: &str, path: &str| {
            table.find(ApiVersion::V1, method, &segs(&format!("{LCW}/{path}")))
        };
        assert!(matches!(
            find("GET", "workflows/w/runs/$count"),
            RouteMatch::Count(route, _) if route.op.id == "workflow-list-runs"
        ));
        assert!(matches!(
            find("GET", "workflows/w/$count"),
            RouteMatch::NotCountable
        ));
        assert!(matches!(
            find("POST", "workflows/$count"),
            RouteMatch::MethodNotAllowed(_)
        ));
        assert!(matches!(
            find("GET", "nothing/$count"),
            RouteMatch::NotFound
        ));
        assert!(is_count_path("/v1.0/a/b/$count"));
        assert!(is_count_path("/v1.0/a/b/%24COUNT"));
        assert!(!is_count_path("/v1.0/a/b/count"));
    }

    #[test]
    fn aliases_take_their_values_from_the_query() {
        let steps = vec![Step::Call(
            "summary".into(),
            vec![
                ("startDateTime".into(), "@s".into()),
                ("endDateTime".into(), "2024-01-01T00:00:00Z".into()),
            ],
        )];
        let bound = bind_aliases(
            steps.clone(),
            Some("$top=1&@s=2023-01-01T00:00:00%2B02:00&@e=x"),
        );
        let Ok(bound) = bound else {
            panic!("{bound:?}")
        };
        assert_eq!(
            bound[0],
            Step::Call(
                "summary".into(),
                vec![
                    ("startDateTime".into(), "2023-01-01T00:00:00+02:00".into()),
                    ("endDateTime".into(), "2024-01-01T00:00:00Z".into()),
                ],
            )
        );
        let missing = bind_aliases(steps, Some("@x=1")).err();
        assert_eq!(
            missing.and_then(|e| e.inner_code).as_deref(),
            Some("InvalidFunctionParameter")
        );
    }

    #[test]
    fn navigation_routes_come_from_relationships() {
        let table = crate::routes::documented_routes();
        let derived: Vec<(ApiVersion, &str, &str)> = table
            .routes()
            .iter()
            .filter(|r| r.derived)
            .map(|r| (r.version, r.op.path, r.op.id))
            .collect();
        for version in [ApiVersion::Beta, ApiVersion::V1] {
            assert!(
                derived.contains(&(
                    version,
                    "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults",
                    "workflow-list-userprocessingresults"
                )),
                "{derived:?}"
            );
        }
        // Nothing the tables document is derived again.
        for route in table.routes().iter().filter(|r| r.derived) {
            let documented = match route.version {
                ApiVersion::Beta => lcw_models::beta::OPERATIONS,
                ApiVersion::V1 => lcw_models::v1::OPERATIONS,
            };
            assert!(
                !documented
                    .iter()
                    .any(|op| op.method == "GET" && op.path == route.op.path),
                "{}",
                route.op.path
            );
        }
    }
}
