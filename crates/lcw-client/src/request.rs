//! A request being built: the path, the query options its operation documents, headers, body.

use std::fmt;
use std::marker::PhantomData;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::client::Client;
use crate::error::Error;
use crate::filter::{Filter, OrderBy};
use crate::operation::{Operation, options};
use crate::transport::Call;

/// One call of operation `Op`, ready to be sent with [`Request::send`] (or, for a list,
/// streamed with [`Request::into_stream`]). It offers only the query options the docs document
/// for `Op`.
#[must_use = "a request does nothing until it is sent"]
pub struct Request<Op> {
    pub(crate) client: Client,
    /// The path after the version, percent-encoded: `/identityGovernance/.../workflows/abc`.
    pub(crate) path: String,
    pub(crate) query: Vec<(&'static str, String)>,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Option<Result<Vec<u8>, String>>,
    /// A saved next link to start a list from, instead of its first page.
    pub(crate) resume: Option<String>,
    _op: PhantomData<fn() -> Op>,
}

/// Characters escaped in a path segment: everything but unreserved characters and the
/// sub-delimiters OData keys use.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'\\')
    .add(b'^')
    .add(b'|');

/// `value` as one path segment (an id): escaped so it cannot add a segment or a query.
#[doc(hidden)]
pub fn path_segment(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

impl<Op: Operation> Request<Op> {
    /// A request to `path` (already encoded). Used by the generated code.
    #[doc(hidden)]
    pub fn new(client: &Client, path: String) -> Self {
        Request {
            client: client.clone(),
            path,
            query: Vec::new(),
            headers: HeaderMap::new(),
            body: None,
            resume: None,
            _op: PhantomData,
        }
    }

    /// Sets the JSON body. Used by the generated code.
    #[doc(hidden)]
    pub fn with_body<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.body = Some(serde_json::to_vec(body).map_err(|e| e.to_string()));
        self
    }

    /// The documented operation this request calls.
    pub fn operation(&self) -> &'static lcw_models::OperationInfo {
        Op::INFO
    }

    /// Adds a header sent with the request (and with every page of a list), such as
    /// `ConsistencyLevel: eventual`. The client's own `Authorization`, `client-request-id` and
    /// (with a body) `Content-Type` replace a header of the same name given here, and `Host`
    /// always names the URL's host.
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.append(name, value);
        self
    }

    /// The method, the URL and the body this request sends, without sending it.
    pub fn to_parts(&self) -> Result<(Method, reqwest::Url, Option<Vec<u8>>), Error> {
        Ok((
            method(Op::INFO),
            self.url()?,
            self.body()?.map(<[u8]>::to_vec),
        ))
    }

    /// Sends the request and decodes the answer.
    pub async fn send(self) -> Result<Op::Output, Error> {
        let url = self.url()?;
        let body = self.body()?;
        let span = tracing::info_span!("graph.request", operation = Op::INFO.id);
        let answer = self
            .client
            .execute(Call {
                operation: Op::INFO.id,
                method: method(Op::INFO),
                url,
                headers: &self.headers,
                body,
                idempotent: Op::INFO.method != "POST",
            })
            .instrument(span)
            .await?;
        decode_output::<Op>(&answer)
    }

    pub(crate) fn url(&self) -> Result<reqwest::Url, Error> {
        // `join` resolves `.` and `..` (and their `%2e` spellings): such an id, or an empty
        // one, would aim the call at another resource.
        if let Some(segment) = self.path.split('/').skip(1).find(|s| !is_plain_segment(s)) {
            return Err(self.invalid(format!(
                "an id may not be empty, `.` or `..` (got `{segment}`)"
            )));
        }
        let root = self.client.service_root();
        let mut url = root
            .join(&format!("{}{}", Op::VERSION, self.path))
            .map_err(|e| self.invalid(format!("bad path {}: {e}", self.path)))?;
        if !self.query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(self.query.iter().map(|(k, v)| (*k, v.as_str())));
        }
        Ok(url)
    }

    fn body(&self) -> Result<Option<&[u8]>, Error> {
        match &self.body {
            None => Ok(None),
            Some(Ok(bytes)) => Ok(Some(bytes)),
            Some(Err(message)) => {
                Err(self.invalid(format!("the body does not serialize: {message}")))
            }
        }
    }

    fn invalid(&self, message: String) -> Error {
        Error::InvalidRequest {
            operation: Op::INFO.id,
            message,
        }
    }

    fn set_query(mut self, name: &'static str, value: String) -> Self {
        self.query.retain(|(k, _)| *k != name);
        self.query.push((name, value));
        self
    }
}

/// Neither empty nor a dot segment, in any spelling URL parsing reads as one.
fn is_plain_segment(segment: &str) -> bool {
    let dots = segment.to_ascii_lowercase().replace("%2e", ".");
    !matches!(dots.as_str(), "" | "." | "..")
}

fn method(info: &lcw_models::OperationInfo) -> Method {
    Method::from_bytes(info.method.as_bytes()).unwrap_or(Method::GET)
}

/// Decodes the answer of `Op`. An operation documented to answer nothing ignores a body it
/// is sent anyway (a caller's `Prefer: return=representation` can bring one): the call worked.
pub(crate) fn decode_output<Op: Operation>(answer: &[u8]) -> Result<Op::Output, Error> {
    let body = if Op::INFO.returns.is_none() {
        &[][..]
    } else {
        answer
    };
    decode(Op::INFO.id, body)
}

/// Decodes a success body; an empty body reads as JSON `null` (what `()` expects). On failure
/// the body is read again to name the JSON path of the offending value.
pub(crate) fn decode<T: DeserializeOwned>(
    operation: &'static str,
    body: &[u8],
) -> Result<T, Error> {
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        body
    };
    serde_json::from_slice(body).map_err(|_| {
        let mut reader = serde_json::Deserializer::from_slice(body);
        let (path, message) = match serde_path_to_error::deserialize::<_, T>(&mut reader) {
            Err(e) => (e.path().to_string(), e.into_inner().to_string()),
            Ok(_) => (
                ".".to_owned(),
                "the value decodes only on a second reading".to_owned(),
            ),
        };
        Error::Decode {
            operation,
            path,
            message,
        }
    })
}

/// The query options: each is offered only when the docs document it for the operation.
impl<Op: Operation> Request<Op> {
    /// `$select`: only these properties (wire names) come back.
    pub fn select<I>(self, properties: I) -> Self
    where
        Op: options::Select,
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let list = join(properties);
        self.set_query("$select", list)
    }

    /// `$expand`: relationships to return inline (wire names).
    pub fn expand<I>(self, relationships: I) -> Self
    where
        Op: options::Expand,
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let list = join(relationships);
        self.set_query("$expand", list)
    }

    /// `$filter`, built with the generated `…Filter` types.
    pub fn filter(self, filter: Filter<Op::Item>) -> Self
    where
        Op: options::Filter,
    {
        self.set_query("$filter", filter.as_str().to_owned())
    }

    /// `$orderby`, built with the generated `…OrderBy` types.
    pub fn order_by(self, order: OrderBy<Op::Item>) -> Self
    where
        Op: options::OrderBy,
    {
        self.set_query("$orderby", order.as_str().to_owned())
    }

    /// `$top`: at most this many items per page.
    pub fn top(self, items: u32) -> Self
    where
        Op: options::Top,
    {
        self.set_query("$top", items.to_string())
    }

    /// `$skip`: leaves out this many items.
    pub fn skip(self, items: u32) -> Self
    where
        Op: options::Skip,
    {
        self.set_query("$skip", items.to_string())
    }

    /// `$count=true`: the first page carries `@odata.count`, the total across pages.
    pub fn count(self) -> Self
    where
        Op: options::Count,
    {
        self.set_query("$count", "true".to_owned())
    }

    /// `$search`: the text is sent in double quotes, inner quotes escaped.
    pub fn search(self, text: &str) -> Self
    where
        Op: options::Search,
    {
        let quoted = format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""));
        self.set_query("$search", quoted)
    }
}

fn join<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(item.as_ref());
    }
    out
}

impl<Op: Operation> fmt::Debug for Request<Op> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("operation", &Op::INFO.id)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_cannot_escape_their_segment() {
        assert_eq!(path_segment("a/b?c#d e%"), "a%2Fb%3Fc%23d%20e%25");
        assert_eq!(path_segment("14879e66-9ea9"), "14879e66-9ea9");
    }

    #[test]
    fn decode_errors_name_the_path() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Page {
            value: Vec<Item>,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Item {
            n: u8,
        }
        let error = decode::<Page>("op", br#"{"value":[{"n":1},{"n":"x"}]}"#).expect_err("bad");
        match error {
            Error::Decode { path, .. } => assert_eq!(path, "value[1].n"),
            other => panic!("unexpected {other:?}"),
        }
        decode::<()>("op", b"").expect("empty body is unit");
    }
}
