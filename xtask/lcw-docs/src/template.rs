//! Path templates of operations ([`Operation::path`](crate::model::Operation::path)) and how a
//! concrete path, such as the one of a request example, follows one.
//!
//! A template is `/`-separated segments of three kinds: a literal name (`runs`), a parameter
//! (`{runId}`) and a function (`summary(startDateTime={startDateTime},endDateTime={endDateTime})`),
//! whose arguments are parameters or literals. Graph reads names in any case, so names match up
//! to ASCII case; parameter values are taken as the path writes them (not percent-decoded).

/// One parameter of a template and the text a path gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound<'t, 'p> {
    /// The name between the braces of the template.
    pub name: &'t str,
    /// The path's text for it, as written.
    pub value: &'p str,
    /// The index (among non-empty segments) of the path segment the parameter fills whole;
    /// `None` for a function argument.
    pub segment: Option<usize>,
}

/// How a path follows a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alignment<'t, 'p> {
    /// Every parameter of the template, in template order.
    pub parameters: Vec<Bound<'t, 'p>>,
    /// How many segments matched by name (literal segments and functions): among templates a
    /// path follows, the one naming most segments is the most specific.
    pub literal: usize,
}

/// How `path` follows `template`, or `None` when it does not: as many segments; literal
/// segments equal up to ASCII case; a parameter segment takes any text; a function segment needs
/// a function of the same name with the same argument names (in any order), its parameter
/// arguments taking the path's values. A leading, trailing or doubled `/` does not count.
pub fn align<'t, 'p>(template: &'t str, path: &'p str) -> Option<Alignment<'t, 'p>> {
    let template = segments(template);
    let path = segments(path);
    if template.len() != path.len() {
        return None;
    }
    let mut alignment = Alignment {
        parameters: Vec::new(),
        literal: 0,
    };
    for (index, (t, p)) in template.iter().zip(&path).enumerate() {
        if let Some(name) = parameter(t) {
            alignment.parameters.push(Bound {
                name,
                value: p,
                segment: Some(index),
            });
        } else if let Some(wanted) = function(t) {
            alignment
                .parameters
                .extend(arguments(&wanted, &function(p)?)?);
            alignment.literal += 1;
        } else if t.eq_ignore_ascii_case(p) {
            alignment.literal += 1;
        } else {
            return None;
        }
    }
    Some(alignment)
}

/// The parameter names of `template` in order, function arguments included.
pub fn parameters(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    for segment in segments(template) {
        if let Some(name) = parameter(segment) {
            names.push(name);
        } else if let Some((_, args)) = function(segment) {
            names.extend(args.iter().filter_map(|(_, value)| parameter(value)));
        }
    }
    names
}

/// A function segment: its name and `(argument, value)` pairs.
pub type Function<'a> = (&'a str, Vec<(&'a str, &'a str)>);

/// The parameter arguments of template function `template` bound to the values of path
/// function `path`, or `None` when the names or argument names differ.
fn arguments<'t, 'p>(template: &Function<'t>, path: &Function<'p>) -> Option<Vec<Bound<'t, 'p>>> {
    let ((name, args), (path_name, path_args)) = (template, path);
    if !name.eq_ignore_ascii_case(path_name) || args.len() != path_args.len() {
        return None;
    }
    let mut bound = Vec::new();
    for (arg, value) in args {
        let (_, given) = path_args
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(arg))?;
        if let Some(name) = parameter(value) {
            bound.push(Bound {
                name,
                value: given,
                segment: None,
            });
        }
    }
    Some(bound)
}

/// The non-empty `/`-separated segments of a template or path.
pub fn segments(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

/// `{name}` as `name`.
pub fn parameter(segment: &str) -> Option<&str> {
    segment.strip_prefix('{')?.strip_suffix('}')
}

/// `name(a=x,b=y)` as `("name", [("a", "x"), ("b", "y")])`.
pub fn function(segment: &str) -> Option<Function<'_>> {
    let (name, rest) = segment.split_once('(')?;
    let inner = rest.strip_suffix(')')?;
    let args = inner
        .split(',')
        .filter(|a| !a.trim().is_empty())
        .map(|a| a.split_once('=').map(|(k, v)| (k.trim(), v.trim())))
        .collect::<Option<Vec<_>>>()?;
    Some((name, args))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUN: &str = "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}";
    const SUMMARY: &str = "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/summary(startDateTime={startDateTime},endDateTime={endDateTime})";

    fn values<'p>(alignment: &Alignment<'_, 'p>) -> Vec<&'p str> {
        alignment.parameters.iter().map(|b| b.value).collect()
    }

    #[test]
    fn parameter_segments_take_the_path_text_and_names_match_in_any_case() {
        let path = "/IdentityGovernance/lifecycleWorkflows/workflows/w%201/runs/r2/";
        let alignment = align(RUN, path).expect("follows");
        assert_eq!(
            alignment.parameters,
            [
                Bound {
                    name: "workflowId",
                    value: "w%201",
                    segment: Some(3)
                },
                Bound {
                    name: "runId",
                    value: "r2",
                    segment: Some(5)
                },
            ]
        );
        assert_eq!(alignment.literal, 4);
    }

    #[test]
    fn a_different_name_or_segment_count_does_not_follow() {
        assert_eq!(
            align(
                RUN,
                "/identityGovernance/lifecycleWorkflows/workflows/w/tasks/t"
            ),
            None
        );
        assert_eq!(
            align(
                RUN,
                "/identityGovernance/lifecycleWorkflows/workflows/w/runs"
            ),
            None
        );
        assert_eq!(
            align(
                RUN,
                "/identityGovernance/lifecycleWorkflows/workflows/w/runs/r/x"
            ),
            None
        );
    }

    #[test]
    fn function_arguments_bind_by_name_in_any_order() {
        let path = "/identityGovernance/lifecycleWorkflows/workflows/w/runs/Summary(endDateTime=2024-02-01T00:00:00Z,STARTDATETIME=2024-01-01T00:00:00Z)";
        let alignment = align(SUMMARY, path).expect("follows");
        assert_eq!(
            values(&alignment),
            ["w", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"]
        );
        assert_eq!(alignment.parameters[1].name, "startDateTime");
        assert_eq!(alignment.parameters[1].segment, None);
        assert_eq!(alignment.literal, 5);
    }

    #[test]
    fn a_function_with_other_arguments_or_none_does_not_follow() {
        let base = "/identityGovernance/lifecycleWorkflows/workflows/w/runs/";
        for last in [
            "summary(startDateTime=a)",
            "summary(startDateTime=a,until=b)",
            "summary(startDateTime=a,endDateTime=b,x=c)",
            "summary",
            "summary(startDateTime)",
            "report(startDateTime=a,endDateTime=b)",
        ] {
            assert_eq!(align(SUMMARY, &format!("{base}{last}")), None, "{last}");
        }
    }

    #[test]
    fn literal_arguments_must_be_present_but_bind_nothing() {
        let template = "/reports/f(period='D7',since={since})";
        let alignment = align(template, "reports/F(since=x,period='D30')").expect("follows");
        assert_eq!(values(&alignment), ["x"]);
    }

    #[test]
    fn parameters_lists_names_in_order_with_function_arguments() {
        assert_eq!(parameters(RUN), ["workflowId", "runId"]);
        assert_eq!(
            parameters(SUMMARY),
            ["workflowId", "startDateTime", "endDateTime"]
        );
        assert!(parameters("/identityGovernance/lifecycleWorkflows").is_empty());
    }
}
