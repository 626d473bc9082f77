//! The system query options of one request, parsed and checked against the operation and the
//! type it returns.

use super::filter::{self, Expr, Literal};
use super::schema::{PropertyType, TypeSchema};
use crate::errors::GraphError;

/// Options every collection answer supports, documented or not: they drive paging.
pub const PAGING_OPTIONS: &[&str] = &["$top", "$skiptoken", "$count"];

/// Every system query option Graph knows; others are refused as unrecognized.
const KNOWN_OPTIONS: &[&str] = &[
    "$select",
    "$filter",
    "$orderby",
    "$top",
    "$skip",
    "$skiptoken",
    "$count",
    "$expand",
    "$search",
    "$format",
    "$apply",
    "$compute",
    "$levels",
    "$deltatoken",
];

/// One `$orderby` key.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderKey {
    /// Property path.
    pub path: Vec<String>,
    /// `desc` was given.
    pub descending: bool,
    /// The documented property type of `path`, when it names a top-level property: enums order
    /// by member value, not by name.
    pub ty: Option<PropertyType>,
}

/// Parsed query options of one request.
#[derive(Debug, Clone, Default)]
pub struct QueryOptions {
    /// `$select` property names.
    pub select: Option<Vec<String>>,
    /// `$filter`, parsed.
    pub filter: Option<Expr>,
    /// `$orderby` keys in order.
    pub orderby: Vec<OrderKey>,
    /// `$top`: the page size the caller asked for.
    pub top: Option<usize>,
    /// `$skiptoken` as received.
    pub skiptoken: Option<String>,
    /// `$count=true`.
    pub count: bool,
    /// `$expand` relationship names.
    pub expand: Vec<String>,
    /// `$search` text without its quotes.
    pub search: Option<String>,
    /// The options that shape the result set (not paging), `(name, raw value)` in a fixed
    /// order; they are carried into next links and fingerprint skip tokens.
    pub shaping: Vec<(String, String)>,
}

/// What the matched operation accepts.
#[derive(Debug, Clone, Copy)]
pub struct OptionSupport<'a> {
    /// Options named in the operation's docs (`$select`, `$filter`, ...), any case.
    pub documented: &'a [&'a str],
    /// The operation answers with a collection (paging options apply).
    pub is_collection: bool,
    /// Largest `$top` accepted.
    pub max_page_size: usize,
    /// The relationships `$expand` may name when the operation's docs restrict it; `None`
    /// allows every relationship of the returned type.
    pub expandable: Option<&'a [&'a str]>,
}

impl QueryOptions {
    /// Parses the raw query string of a request.
    pub fn parse(
        raw: Option<&str>,
        support: OptionSupport<'_>,
        schema: Option<&TypeSchema>,
    ) -> Result<Self, GraphError> {
        let mut options = Self::default();
        let mut seen: Vec<String> = Vec::new();
        for (key, value) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
            if !key.starts_with('$') {
                continue; // Graph ignores query parameters that are not system options.
            }
            let name = key.to_ascii_lowercase();
            if !KNOWN_OPTIONS.contains(&name.as_str()) {
                return Err(invalid(
                    "UnrecognizedQueryOption",
                    format!("Unrecognized query argument specified: '{key}'."),
                ));
            }
            if seen.contains(&name) {
                return Err(invalid(
                    "DuplicateQueryOption",
                    format!("Query option '{key}' was specified more than once."),
                ));
            }
            seen.push(name.clone());
            let allowed = support
                .documented
                .iter()
                .any(|d| d.eq_ignore_ascii_case(&name))
                || (support.is_collection && PAGING_OPTIONS.contains(&name.as_str()));
            if !allowed {
                return Err(invalid(
                    "UnsupportedQueryOption",
                    format!("Query option '{key}' is not supported by this operation."),
                ));
            }
            options.read_one(&name, &value, support, schema)?;
        }
        options.shaping.sort();
        Ok(options)
    }

    /// `(property, text)` for every string `$filter` compares a property with (`eq`, `ne`,
    /// `has`, `in`, also inside `any()`): the places an enum member can appear.
    pub fn filter_strings(&self) -> Vec<(&str, &str)> {
        fn walk<'a>(expr: &'a Expr, out: &mut Vec<(&'a str, &'a str)>) {
            let last = |path: &'a [String]| path.last().map_or("", String::as_str);
            match expr {
                Expr::And(a, b) | Expr::Or(a, b) => {
                    walk(a, out);
                    walk(b, out);
                }
                Expr::Not(inner) | Expr::Lambda { body: inner, .. } => walk(inner, out),
                Expr::Compare {
                    path,
                    value: Literal::Str(text),
                    ..
                } => out.push((last(path), text)),
                Expr::In { path, values } => {
                    out.extend(values.iter().filter_map(|v| {
                        if let Literal::Str(text) = v {
                            Some((last(path), text.as_str()))
                        } else {
                            None
                        }
                    }));
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        if let Some(expr) = &self.filter {
            walk(expr, &mut out);
        }
        out
    }

    fn read_one(
        &mut self,
        name: &str,
        value: &str,
        support: OptionSupport<'_>,
        schema: Option<&TypeSchema>,
    ) -> Result<(), GraphError> {
        let schema_or_err = || {
            schema.ok_or_else(|| {
                invalid(
                    "UnsupportedQueryOption",
                    format!("Query option '{name}' does not apply to this answer."),
                )
            })
        };
        match name {
            "$top" => {
                let top = value
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=support.max_page_size).contains(n));
                let Some(top) = top else {
                    return Err(invalid(
                        "InvalidPageSize",
                        format!(
                            "Invalid page size specified: '{value}'. Must be between 1 and {} inclusive.",
                            support.max_page_size
                        ),
                    ));
                };
                self.top = Some(top);
                self.shaping.push((name.to_owned(), top.to_string()));
            }
            "$count" => {
                self.count = match value.trim() {
                    "true" => true,
                    "false" => false,
                    _ => {
                        return Err(invalid(
                            "InvalidCountValue",
                            format!("Invalid value for $count: '{value}'; use true or false."),
                        ));
                    }
                };
            }
            "$skiptoken" => self.skiptoken = Some(value.to_owned()),
            "$select" => {
                let schema = schema_or_err()?;
                let names = split_list(name, value)?;
                for n in &names {
                    if schema.property(n).is_none() {
                        return Err(no_such_property(n, schema));
                    }
                }
                self.select = Some(names);
                self.shaping.push((name.to_owned(), value.to_owned()));
            }
            "$orderby" => {
                let schema = schema_or_err()?;
                for part in split_list(name, value)? {
                    let mut words = part.split_whitespace();
                    let path_text = words.next().unwrap_or_default();
                    let descending = match words.next().map(str::to_ascii_lowercase).as_deref() {
                        None | Some("asc") => false,
                        Some("desc") => true,
                        Some(other) => {
                            return Err(invalid(
                                "InvalidOrderBy",
                                format!("Invalid sort direction '{other}' in $orderby."),
                            ));
                        }
                    };
                    if words.next().is_some() {
                        return Err(invalid(
                            "InvalidOrderBy",
                            format!("Syntax error in $orderby near '{part}'."),
                        ));
                    }
                    let path: Vec<String> = path_text.split('/').map(str::to_owned).collect();
                    let first = path.first().map(String::as_str).unwrap_or_default();
                    let ty = match schema.property(first) {
                        None => return Err(no_such_property(first, schema)),
                        Some(rule) if !rule.orderby => {
                            return Err(invalid(
                                "UnsupportedOrderByProperty",
                                format!("Sorting on property '{first}' is not supported."),
                            ));
                        }
                        Some(rule) => (path.len() == 1 && !rule.is_collection).then_some(rule.ty),
                    };
                    self.orderby.push(OrderKey {
                        path,
                        descending,
                        ty,
                    });
                }
                self.shaping.push((name.to_owned(), value.to_owned()));
            }
            "$filter" => {
                let schema = schema_or_err()?;
                let expr = filter::parse(value).map_err(|e| invalid(e.code, e.message))?;
                filter::check(&expr, schema).map_err(|e| invalid(e.code, e.message))?;
                self.filter = Some(expr);
                self.shaping.push((name.to_owned(), value.to_owned()));
            }
            "$expand" => {
                let schema = schema_or_err()?;
                for n in split_list(name, value)? {
                    if n.contains('(') {
                        return Err(invalid(
                            "UnsupportedQueryOption",
                            format!("Nested query options in $expand ('{n}') are not supported."),
                        ));
                    }
                    match schema.property(&n) {
                        Some(rule)
                            if rule.is_relationship
                                && support
                                    .expandable
                                    .is_some_and(|names| !names.contains(&n.as_str())) =>
                        {
                            return Err(invalid(
                                "UnsupportedExpandProperty",
                                format!(
                                    "The property '{n}' cannot be used in the $expand query option."
                                ),
                            ));
                        }
                        Some(rule) if rule.is_relationship => self.expand.push(n),
                        Some(_) => {
                            return Err(invalid(
                                "InvalidExpand",
                                format!(
                                    "Property '{n}' is not a navigation property and cannot be expanded."
                                ),
                            ));
                        }
                        None => return Err(no_such_property(&n, schema)),
                    }
                }
                self.shaping.push((name.to_owned(), value.to_owned()));
            }
            "$search" => {
                let text = value.trim();
                let inner = text
                    .strip_prefix('"')
                    .and_then(|t| t.strip_suffix('"'))
                    .filter(|t| !t.is_empty() && !t.contains('"'));
                let Some(inner) = inner else {
                    return Err(invalid(
                        "InvalidSearch",
                        "The $search value must be a non-empty string in double quotes.".to_owned(),
                    ));
                };
                self.search = Some(inner.to_owned());
                self.shaping.push((name.to_owned(), value.to_owned()));
            }
            other => {
                return Err(invalid(
                    "UnsupportedQueryOption",
                    format!("Query option '{other}' is not supported by this service."),
                ));
            }
        }
        Ok(())
    }
}

fn split_list(option: &str, value: &str) -> Result<Vec<String>, GraphError> {
    let parts: Vec<String> = value.split(',').map(|p| p.trim().to_owned()).collect();
    if parts.iter().any(String::is_empty) {
        return Err(invalid(
            "InvalidQueryOption",
            format!("Empty item in {option}: '{value}'."),
        ));
    }
    Ok(parts)
}

fn no_such_property(name: &str, schema: &TypeSchema) -> GraphError {
    invalid(
        "PropertyNotFound",
        format!(
            "Could not find a property named '{name}' on type '{}'.",
            schema.qualified_name
        ),
    )
}

fn invalid(inner: &str, message: String) -> GraphError {
    GraphError::bad_request(message).with_inner_code(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The generated run metadata: `processingStatus` takes `$filter` (eq, ne) and `$orderby`,
    // `failedTasksCount` neither, `userProcessingResults` is a relationship.
    fn schema() -> TypeSchema {
        TypeSchema::of::<lcw_models::beta::Run>()
    }

    const DOCS: &[&str] = &["$select", "$filter", "$orderBy", "$expand"];

    fn parse(q: &str) -> Result<QueryOptions, GraphError> {
        let support = OptionSupport {
            documented: DOCS,
            is_collection: true,
            max_page_size: 999,
            expandable: None,
        };
        QueryOptions::parse(Some(q), support, Some(&schema()))
    }

    fn inner(q: &str) -> Option<String> {
        parse(q).err().and_then(|e| e.inner_code)
    }

    #[test]
    fn reads_documented_and_paging_options() {
        let o = parse(
            "$select=processingStatus,failedTasksCount&$orderby=processingStatus%20desc&$top=5&$count=true\
             &$filter=processingStatus%20eq%20'failed'&$expand=userProcessingResults&custom=1",
        );
        let o = o.ok();
        assert_eq!(o.as_ref().and_then(|o| o.top), Some(5));
        assert_eq!(o.as_ref().map(|o| o.count), Some(true));
        assert_eq!(o.as_ref().map(|o| o.orderby[0].descending), Some(true));
        assert_eq!(
            o.as_ref().and_then(|o| o.select.clone()),
            Some(vec![
                "processingStatus".to_owned(),
                "failedTasksCount".to_owned()
            ])
        );
        assert_eq!(
            o.map(|o| o.expand),
            Some(vec!["userProcessingResults".to_owned()])
        );
    }

    #[test]
    fn refuses_what_is_not_documented() {
        assert_eq!(
            inner("$search=%22x%22").as_deref(),
            Some("UnsupportedQueryOption")
        );
        assert_eq!(
            inner("$bogus=1").as_deref(),
            Some("UnrecognizedQueryOption")
        );
        assert_eq!(
            inner("$top=1&$top=2").as_deref(),
            Some("DuplicateQueryOption")
        );
        assert_eq!(inner("$top=0").as_deref(), Some("InvalidPageSize"));
        assert_eq!(inner("$top=1000").as_deref(), Some("InvalidPageSize"));
        assert_eq!(inner("$top=x").as_deref(), Some("InvalidPageSize"));
        assert_eq!(inner("$count=yes").as_deref(), Some("InvalidCountValue"));
        assert_eq!(inner("$select=zz").as_deref(), Some("PropertyNotFound"));
        assert_eq!(
            inner("$select=id,,processingStatus").as_deref(),
            Some("InvalidQueryOption")
        );
        assert_eq!(
            inner("$orderby=failedTasksCount").as_deref(),
            Some("UnsupportedOrderByProperty")
        );
        assert_eq!(
            inner("$orderby=processingStatus%20sideways").as_deref(),
            Some("InvalidOrderBy")
        );
        assert_eq!(
            inner("$expand=processingStatus").as_deref(),
            Some("InvalidExpand")
        );
        assert_eq!(
            inner("$filter=failedTasksCount%20eq%201").as_deref(),
            Some("UnsupportedFilterProperty")
        );
        assert_eq!(inner("$skip=2").as_deref(), Some("UnsupportedQueryOption"));
    }

    #[test]
    fn filter_strings_are_found_in_every_position() {
        // Parsed without the docs' rules: the walk cares about shape only.
        let filter =
            filter::parse("s eq 'a' or not (s in ('b', 2)) and t/any(x: x/k has 'c') and n gt 1")
                .ok();
        let o = QueryOptions {
            filter,
            ..QueryOptions::default()
        };
        let strings: Vec<String> = o
            .filter_strings()
            .into_iter()
            .map(|(p, v)| format!("{p}={v}"))
            .collect();
        assert_eq!(strings, ["s=a", "s=b", "k=c"]);
    }

    #[test]
    fn expand_keeps_to_the_documented_relationships() {
        let support = OptionSupport {
            documented: DOCS,
            is_collection: true,
            max_page_size: 999,
            expandable: Some(&["userProcessingResults"]),
        };
        let ok = QueryOptions::parse(
            Some("$expand=userProcessingResults"),
            support,
            Some(&schema()),
        );
        assert_eq!(
            ok.ok().map(|o| o.expand),
            Some(vec!["userProcessingResults".to_owned()])
        );
        let other = schema()
            .properties
            .iter()
            .find(|p| p.is_relationship && p.name != "userProcessingResults")
            .map(|p| p.name);
        if let Some(other) = other {
            let err =
                QueryOptions::parse(Some(&format!("$expand={other}")), support, Some(&schema()))
                    .err();
            assert_eq!(
                err.and_then(|e| e.inner_code).as_deref(),
                Some("UnsupportedExpandProperty")
            );
        }
        // Unknown names and plain properties keep their own answers.
        let err = QueryOptions::parse(Some("$expand=zz"), support, Some(&schema())).err();
        assert_eq!(
            err.and_then(|e| e.inner_code).as_deref(),
            Some("PropertyNotFound")
        );
    }

    #[test]
    fn single_entity_operations_refuse_paging() {
        let support = OptionSupport {
            documented: &["$select"],
            is_collection: false,
            max_page_size: 999,
            expandable: None,
        };
        let err = QueryOptions::parse(Some("$top=2"), support, Some(&schema())).err();
        assert_eq!(
            err.and_then(|e| e.inner_code).as_deref(),
            Some("UnsupportedQueryOption")
        );
    }
}
