//! Answers built from records and query options: one entity, or one page of a collection with
//! `@odata.count` and `@odata.nextLink`.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

use super::filter;
use super::query::QueryOptions;
use super::record::Record;
use super::value::{SortKey, resolve_path};
use crate::errors::GraphError;

/// Where the answer is served and how pages are sized.
#[derive(Debug, Clone)]
pub struct PageContext<'a> {
    /// `http://127.0.0.1:port`, no trailing slash.
    pub base_url: &'a str,
    /// Request path, e.g. `/beta/identityGovernance/lifecycleWorkflows/workflows`.
    pub path: &'a str,
    /// Value of `@odata.context`.
    pub context_url: &'a str,
    /// Page size when the caller gives no `$top`.
    pub default_page_size: usize,
    /// The caller sent `Prefer: include-unknown-enum-members`.
    pub include_future: bool,
    /// Where selections of earlier pages are kept, if anywhere.
    pub cache: Option<&'a SelectionCache>,
    /// Changes whenever the data changes, so cached selections of older data are not reused.
    pub generation: u64,
}

/// Remembers which records a filtered or ordered query selected, so the following pages of
/// the same query cost a slice instead of a new pass over the whole collection.
#[derive(Debug, Default)]
pub struct SelectionCache {
    slots: Mutex<VecDeque<(u64, Arc<Vec<usize>>)>>,
}

impl SelectionCache {
    const CAPACITY: usize = 32;

    fn get_or_compute(
        &self,
        key: u64,
        compute: impl FnOnce() -> Result<Vec<usize>, GraphError>,
    ) -> Result<Arc<Vec<usize>>, GraphError> {
        let lock = || {
            self.slots
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        if let Some((_, hit)) = lock().iter().find(|(k, _)| *k == key) {
            return Ok(hit.clone());
        }
        let selection = Arc::new(compute()?);
        let mut slots = lock();
        if slots.len() == Self::CAPACITY {
            slots.pop_front();
        }
        slots.push_back((key, selection.clone()));
        Ok(selection)
    }
}

/// A collection served a page at a time. Records are fetched by position, so a page without
/// `$filter`, `$search` or `$orderby` costs only its own records, whatever the collection's size.
pub trait Collection {
    /// Number of records.
    fn len(&self) -> usize;

    /// The record at `index`, rendered now if it is not kept ready.
    fn record(&self, index: usize) -> Option<Arc<Record>>;

    /// Relationship `name` of the record at `index`, as `$expand` adds it, in the caller's
    /// view of enum members; `None` when there is nothing to add.
    fn related(&self, index: usize, name: &str, include_future: bool) -> Option<Value>;
}

impl Collection for Vec<Arc<Record>> {
    fn len(&self) -> usize {
        Vec::len(self)
    }

    fn record(&self, index: usize) -> Option<Arc<Record>> {
        self.get(index).cloned()
    }

    fn related(&self, _index: usize, _name: &str, _include_future: bool) -> Option<Value> {
        None
    }
}

/// One collection page as JSON text.
pub fn collection_page(
    records: &dyn Collection,
    options: &QueryOptions,
    ctx: &PageContext<'_>,
) -> Result<String, GraphError> {
    let fingerprint = fingerprint(ctx.path, &options.shaping);
    let offset = match &options.skiptoken {
        Some(token) => decode_skiptoken(token, fingerprint)?,
        None => 0,
    };
    let size = options.top.unwrap_or(ctx.default_page_size).max(1);
    let selects =
        options.filter.is_some() || options.search.is_some() || !options.orderby.is_empty();
    let selection = if selects {
        let key = fingerprint ^ ctx.generation.rotate_left(32) ^ u64::from(ctx.include_future);
        let compute = || select(records, options, ctx.include_future);
        Some(match ctx.cache {
            Some(cache) => cache.get_or_compute(key, compute)?,
            None => Arc::new(compute()?),
        })
    } else {
        None
    };
    let total = selection.as_ref().map_or(records.len(), |s| s.len());
    let start = offset.min(total);
    let end = start.saturating_add(size).min(total);
    let indexes: Vec<usize> = match &selection {
        Some(indices) => indices[start..end].to_vec(),
        None => (start..end).collect(),
    };

    let mut out = String::with_capacity(64 + indexes.len() * 512);
    out.push_str("{\"@odata.context\":");
    push_json_string(&mut out, ctx.context_url);
    if options.count && options.skiptoken.is_none() {
        let _ = write!(out, ",\"@odata.count\":{total}");
    }
    out.push_str(",\"value\":[");
    for (i, index) in indexes.iter().enumerate() {
        let Some(record) = records.record(*index) else {
            continue;
        };
        if i > 0 {
            out.push(',');
        }
        let related = |name: &str| records.related(*index, name, ctx.include_future);
        push_record(&mut out, &record, options, ctx.include_future, &related);
    }
    out.push(']');
    if end < total {
        out.push_str(",\"@odata.nextLink\":");
        push_json_string(
            &mut out,
            &next_link(ctx, &options.shaping, encode_skiptoken(end, fingerprint)),
        );
    }
    out.push('}');
    Ok(out)
}

/// Indexes of the records a query keeps, in the order it asks for; one pass over the records.
fn select(
    records: &dyn Collection,
    options: &QueryOptions,
    include_future: bool,
) -> Result<Vec<usize>, GraphError> {
    let mut kept: Vec<(Vec<SortKey>, usize)> = Vec::new();
    for index in 0..records.len() {
        let Some(record) = records.record(index) else {
            continue;
        };
        let object = record.object(include_future);
        if let Some(expr) = &options.filter {
            let keep = filter::eval(expr, object)
                .map_err(|e| GraphError::bad_request(e.message).with_inner_code(e.code))?;
            if !keep {
                continue;
            }
        }
        if let Some(search) = &options.search
            && !matches_search(object, search)
        {
            continue;
        }
        let keys = options
            .orderby
            .iter()
            .map(|k| SortKey::of_typed(resolve_path(object, &k.path), k.ty))
            .collect();
        kept.push((keys, index));
    }
    if !options.orderby.is_empty() {
        kept.sort_by(|(a, _), (b, _)| {
            for ((ka, kb), key) in a.iter().zip(b).zip(&options.orderby) {
                let o = if key.descending {
                    kb.cmp(ka)
                } else {
                    ka.cmp(kb)
                };
                if o.is_ne() {
                    return o;
                }
            }
            std::cmp::Ordering::Equal
        });
    }
    Ok(kept.into_iter().map(|(_, i)| i).collect())
}

/// Relationship values of one record by name, for `$expand`.
pub type Related<'a> = dyn Fn(&str) -> Option<Value> + 'a;

/// One entity as JSON text, with `@odata.context` first.
pub fn entity(
    record: &Record,
    options: &QueryOptions,
    context_url: &str,
    include_future: bool,
    related: &Related<'_>,
) -> String {
    let mut body = String::new();
    push_record(&mut body, record, options, include_future, related);
    let mut out = String::with_capacity(body.len() + context_url.len() + 24);
    out.push_str("{\"@odata.context\":");
    push_json_string(&mut out, context_url);
    let rest = body.strip_prefix('{').unwrap_or("}");
    if rest != "}" {
        out.push(',');
    }
    out.push_str(rest);
    out
}

fn push_record(
    out: &mut String,
    record: &Record,
    options: &QueryOptions,
    include_future: bool,
    related: &Related<'_>,
) {
    if options.select.is_none() && options.expand.is_empty() {
        out.push_str(record.text(include_future));
        return;
    }
    let object = record.object(include_future);
    let mut shaped: Map<String, Value> = match &options.select {
        Some(names) => names
            .iter()
            .filter_map(|n| object.get(n).map(|v| (n.clone(), v.clone())))
            .collect(),
        None => object.clone(),
    };
    for name in &options.expand {
        if let Some(value) = related(name) {
            shaped.insert(name.clone(), value);
        }
    }
    out.push_str(&serde_json::to_string(&shaped).unwrap_or_else(|_| "{}".into()));
}

fn matches_search(object: &Map<String, Value>, search: &str) -> bool {
    let (field, term) = match search.split_once(':') {
        Some((f, t)) => (Some(f.trim()), t.trim()),
        None => (None, search.trim()),
    };
    let term = term.to_lowercase();
    object.iter().any(|(name, value)| {
        field.is_none_or(|f| f == name)
            && value
                .as_str()
                .is_some_and(|s| s.to_lowercase().contains(&term))
    })
}

fn push_json_string(out: &mut String, text: &str) {
    out.push_str(&serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into()));
}

fn next_link(ctx: &PageContext<'_>, shaping: &[(String, String)], token: String) -> String {
    let mut link = format!("{}{}?", ctx.base_url, ctx.path);
    for (name, value) in shaping {
        let _ = write!(link, "{name}={}&", encode_query_value(value));
    }
    let _ = write!(link, "$skiptoken={token}");
    link
}

/// Percent-encodes a query value, keeping the characters OData URLs usually show in clear.
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~$'(),:/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn fingerprint(path: &str, shaping: &[(String, String)]) -> u64 {
    // FNV-1a: stable across runs and platforms, unlike the std hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(path.as_bytes());
    for (name, value) in shaping {
        feed(b"&");
        feed(name.as_bytes());
        feed(b"=");
        feed(value.as_bytes());
    }
    hash
}

fn encode_skiptoken(offset: usize, fingerprint: u64) -> String {
    format!(
        "{:016x}{:016x}",
        (offset as u64) ^ fingerprint,
        fingerprint.rotate_left(17)
    )
}

fn decode_skiptoken(token: &str, fingerprint: u64) -> Result<usize, GraphError> {
    let bad = || {
        GraphError::bad_request(format!(
            "The skip token '{token}' is not valid for this request."
        ))
        .with_inner_code("InvalidSkipToken")
    };
    if token.len() != 32 || !token.is_ascii() {
        return Err(bad());
    }
    let masked = u64::from_str_radix(&token[..16], 16).map_err(|_| bad())?;
    let check = u64::from_str_radix(&token[16..], 16).map_err(|_| bad())?;
    if check != fingerprint.rotate_left(17) {
        return Err(bad());
    }
    usize::try_from(masked ^ fingerprint).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::odata::query::OptionSupport;
    use serde_json::json;

    fn records(n: usize) -> Vec<Arc<Record>> {
        (0..n)
            .map(|i| {
                let v =
                    json!({"id": format!("r{i:03}"), "processingStatus": format!("s{}", i % 7)});
                Arc::new(Record::new(
                    v.as_object().cloned().unwrap_or_default(),
                    None,
                ))
            })
            .collect()
    }

    fn ctx() -> PageContext<'static> {
        PageContext {
            base_url: "http://h",
            path: "/beta/x",
            context_url: "ctx",
            default_page_size: 4,
            include_future: false,
            cache: None,
            generation: 0,
        }
    }

    fn options(q: &str) -> QueryOptions {
        let support = OptionSupport {
            documented: &["$orderby"],
            is_collection: true,
            max_page_size: 999,
            expandable: None,
        };
        let schema = crate::odata::schema::TypeSchema::of::<lcw_models::beta::Run>();
        QueryOptions::parse(Some(q), support, Some(&schema)).unwrap_or_default()
    }

    #[test]
    fn pages_follow_skiptokens_to_the_end() {
        let all = records(10);
        let mut query = "$count=true".to_owned();
        let mut seen = Vec::new();
        for _ in 0..5 {
            let body = collection_page(&all, &options(&query), &ctx()).unwrap_or_default();
            let v: Value = serde_json::from_str(&body).unwrap_or_default();
            seen.extend(v["value"].as_array().cloned().unwrap_or_default());
            assert_eq!(v.get("@odata.count").is_some(), seen.len() <= 4);
            match v["@odata.nextLink"].as_str() {
                Some(link) => {
                    query = link
                        .split_once('?')
                        .map(|(_, q)| q.to_owned())
                        .unwrap_or_default()
                }
                None => break,
            }
        }
        assert_eq!(seen.len(), 10);
    }

    #[test]
    fn orderby_is_kept_in_next_links_and_tokens_are_bound_to_the_query() {
        let all = records(6);
        let body = collection_page(&all, &options("$orderby=processingStatus%20desc"), &ctx())
            .unwrap_or_default();
        let v: Value = serde_json::from_str(&body).unwrap_or_default();
        let link = v["@odata.nextLink"].as_str().unwrap_or_default().to_owned();
        assert!(link.contains("$orderby=processingStatus%20desc"), "{link}");
        let token = link
            .rsplit_once("$skiptoken=")
            .map(|(_, t)| t.to_owned())
            .unwrap_or_default();
        let foreign = options(&format!("$skiptoken={token}"));
        assert!(collection_page(&all, &foreign, &ctx()).is_err());
        assert!(decode_skiptoken("zz", 1).is_err());
    }

    #[test]
    fn entity_puts_context_first() {
        let r = &records(1)[0];
        let text = entity(r, &QueryOptions::default(), "c", false, &|_| None);
        assert!(
            text.starts_with("{\"@odata.context\":\"c\",\"id\""),
            "{text}"
        );
    }
}
