//! Calls chosen at run time, for tools such as a command line: an operation by its index in a
//! version's `OPERATIONS` table, its arguments as strings and JSON.
//!
//! The generated `prepare` of each version (`lcw_client::beta::dispatch::prepare`) calls the
//! same typed method the index names, so a prepared call sends what the typed call sends:
//!
//! ```
//! use lcw_client::Client;
//! use lcw_client::dynamic::Args;
//!
//! # fn main() -> Result<(), lcw_client::Error> {
//! let client = Client::builder().token("a token").build()?;
//! let index = lcw_client::models::beta::OPERATIONS
//!     .iter()
//!     .position(|op| op.id == "workflow-list-runs")
//!     .expect("a documented operation");
//! let args = Args { path: vec!["14879e66".into()], body: None };
//! let prepared = lcw_client::beta::dispatch::prepare(&client, index, &args)?;
//! let (method, url, body) = prepared.parts()?;
//! assert_eq!(method, "GET");
//! assert!(url.path().ends_with("/workflows/14879e66/runs"));
//! assert_eq!(body, None);
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use lcw_models::OperationInfo;
use reqwest::{Method, Url};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::Error;
use crate::operation::Operation;
use crate::paging::parse_link;
use crate::request::{Request, decode_output};
use crate::time::TimeRange;
use crate::transport::Call;
use tracing::Instrument;

/// The arguments of one call.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args {
    /// The values of the path parameters, in the order of the operation's path template
    /// (function arguments such as `startDateTime` included), unencoded.
    pub path: Vec<String>,
    /// The request body: the body of a create or update, or the object whose members are the
    /// parameters of an action.
    pub body: Option<Value>,
}

impl Args {
    /// `args` read for `operation` (its id): what the generated `prepare` calls the typed
    /// method with.
    #[doc(hidden)]
    pub fn bind(&self, operation: &'static str) -> Bound<'_> {
        Bound {
            args: self,
            operation,
        }
    }

    /// The error for an index that names no operation of `version`.
    #[doc(hidden)]
    pub fn no_operation(version: &str, index: usize) -> Error {
        Error::InvalidRequest {
            operation: "dispatch",
            message: format!("the {version} API has no operation {index}"),
        }
    }
}

/// [`Args`] bound to one operation, so errors name it. Used by the generated code.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Bound<'a> {
    args: &'a Args,
    operation: &'static str,
}

impl<'a> Bound<'a> {
    fn invalid(&self, message: String) -> Error {
        Error::InvalidRequest {
            operation: self.operation,
            message,
        }
    }

    /// Path parameter `i`.
    pub fn path(&self, i: usize) -> Result<&'a str, Error> {
        self.args.path.get(i).map(String::as_str).ok_or_else(|| {
            self.invalid(format!(
                "path parameter {} is missing ({} given)",
                i + 1,
                self.args.path.len()
            ))
        })
    }

    /// Path parameter `i` as an RFC 3339 timestamp.
    pub fn timestamp(&self, i: usize) -> Result<jiff::Timestamp, Error> {
        let text = self.path(i)?;
        text.parse()
            .map_err(|e| self.invalid(format!("path parameter {} `{text}`: {e}", i + 1)))
    }

    /// Path parameters `start` and `end` as a window.
    pub fn time_range(&self, start: usize, end: usize) -> Result<TimeRange, Error> {
        TimeRange::new(self.timestamp(start)?, self.timestamp(end)?)
            .map_err(|e| self.invalid(e.to_string()))
    }

    /// Path parameter `i` as a value of `T`: JSON text (a number, `true`), else a string.
    pub fn value<T: DeserializeOwned>(&self, i: usize) -> Result<T, Error> {
        let text = self.path(i)?;
        serde_json::from_str(text)
            .or_else(|_| serde_json::from_value(Value::String(text.to_owned())))
            .map_err(|e| self.invalid(format!("path parameter {} `{text}`: {e}", i + 1)))
    }

    /// Refuses a body: the call sends none.
    pub fn no_body(&self) -> Result<(), Error> {
        match &self.args.body {
            None => Ok(()),
            Some(_) => Err(self.invalid("the operation takes no request body".to_owned())),
        }
    }

    /// The whole body as a `T`.
    pub fn body<T: DeserializeOwned>(&self) -> Result<T, Error> {
        let body = self
            .args
            .body
            .as_ref()
            .ok_or_else(|| self.invalid("the operation needs a request body".to_owned()))?;
        serde_path_to_error::deserialize(body)
            .map_err(|e| self.invalid(format!("the request body at `{}`: {}", e.path(), e.inner())))
    }

    /// Checks that the body, if any, is an object with no member but `names`.
    pub fn members(&self, names: &[&str]) -> Result<(), Error> {
        let Some(body) = &self.args.body else {
            return Ok(());
        };
        let Some(object) = body.as_object() else {
            return Err(self.invalid("the request body is not a JSON object".to_owned()));
        };
        match object.keys().find(|k| !names.contains(&k.as_str())) {
            Some(key) => Err(self.invalid(format!(
                "the request body has `{key}`, which is not a parameter (expected: {})",
                names.join(", ")
            ))),
            None => Ok(()),
        }
    }

    /// Body member `name`, which must be there.
    pub fn param<T: DeserializeOwned>(&self, name: &str) -> Result<T, Error> {
        self.optional_param(name)?
            .ok_or_else(|| self.invalid(format!("the request body lacks `{name}`")))
    }

    /// Body member `name`, if there.
    pub fn optional_param<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, Error> {
        let Some(value) = self.args.body.as_ref().and_then(|b| b.get(name)) else {
            return Ok(None);
        };
        serde_path_to_error::deserialize(value)
            .map(Some)
            .map_err(|e| {
                let path = e.path().to_string();
                let at = if path == "." {
                    name.to_owned()
                } else {
                    format!("{name}.{path}")
                };
                self.invalid(format!("the request body at `{at}`: {}", e.inner()))
            })
    }

    /// The error for an operation the dispatcher has no method for.
    pub fn unsupported(&self) -> Error {
        self.invalid("the generated client has no method for this operation".to_owned())
    }
}

type Fetched<'a> = Pin<Box<dyn Future<Output = Result<Vec<u8>, Error>> + Send + 'a>>;

/// A typed request with its operation type forgotten.
trait Erased: Send + Sync {
    fn parts(&self) -> Result<(Method, Url, Option<Vec<u8>>), Error>;
    fn set_query(&mut self, name: &'static str, value: String);
    /// The raw answer of the request, or of a list's next page at `link`.
    fn fetch<'a>(&'a self, link: Option<&'a str>) -> Fetched<'a>;
    fn decode_value(&self, body: &[u8]) -> Result<Value, Error>;
    fn check_text(&self, body: Vec<u8>) -> Result<String, Error>;
}

impl<Op: Operation> Erased for Request<Op>
where
    Op::Output: Serialize,
{
    fn parts(&self) -> Result<(Method, Url, Option<Vec<u8>>), Error> {
        self.to_parts()
    }

    fn set_query(&mut self, name: &'static str, value: String) {
        self.query.retain(|(k, _)| *k != name);
        self.query.push((name, value));
    }

    fn fetch<'a>(&'a self, link: Option<&'a str>) -> Fetched<'a> {
        Box::pin(async move {
            let (method, url, body) = match link {
                None => self.to_parts()?,
                Some(link) => (Method::GET, parse_link(link)?, None),
            };
            let idempotent = method != Method::POST;
            let span = tracing::info_span!("graph.request", operation = Op::INFO.id);
            self.client
                .execute(Call {
                    operation: Op::INFO.id,
                    method,
                    url,
                    headers: &self.headers,
                    body: body.as_deref(),
                    idempotent,
                })
                .instrument(span)
                .await
        })
    }

    fn decode_value(&self, body: &[u8]) -> Result<Value, Error> {
        to_json::<Op>(&decode_output::<Op>(body)?)
    }

    fn check_text(&self, body: Vec<u8>) -> Result<String, Error> {
        // Decoded only to check it, as the typed call would: what is handed on is the text.
        decode_output::<Op>(&body)?;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok("null".to_owned());
        }
        String::from_utf8(body).map_err(|e| Error::Decode {
            operation: Op::INFO.id,
            path: ".".to_owned(),
            message: format!("the answer is not UTF-8: {e}"),
        })
    }
}

/// A typed request, its operation forgotten: its parts, its query options, sending it (and
/// following a list's next links), and decoding an answer of its operation, all as JSON.
pub struct Prepared {
    info: &'static OperationInfo,
    request: Box<dyn Erased>,
}

impl Prepared {
    /// Forgets the operation of `request`.
    pub fn new<Op: Operation>(request: Request<Op>) -> Self
    where
        Op::Output: Serialize,
    {
        Prepared {
            info: Op::INFO,
            request: Box::new(request),
        }
    }

    /// The documented operation it calls.
    pub fn operation(&self) -> &'static OperationInfo {
        self.info
    }

    /// Sets an OData query option (`$filter`, `$top`...) to `value`, as written on the wire;
    /// an option the operation's page does not document is refused.
    pub fn query(&mut self, option: &str, value: impl Into<String>) -> Result<(), Error> {
        let Some(name) = self.info.query_options.iter().find(|o| **o == option) else {
            return Err(Error::InvalidRequest {
                operation: self.info.id,
                message: format!("the docs do not document `{option}` for this operation"),
            });
        };
        self.request.set_query(name, value.into());
        Ok(())
    }

    /// The method, the URL and the body it sends, without sending it.
    pub fn parts(&self) -> Result<(Method, Url, Option<Vec<u8>>), Error> {
        self.request.parts()
    }

    /// Sends it; the answer, decoded as the typed call decodes it, as JSON (`null` for none).
    pub async fn send(self) -> Result<Value, Error> {
        let body = self.request.fetch(None).await?;
        self.request.decode_value(&body)
    }

    /// Sends it; the answer's JSON text exactly as received (property order, unknown
    /// properties and enum members kept), once it has decoded as the typed call decodes it:
    /// an answer the typed call would refuse is the same [`Error::Decode`]. `null` for an
    /// answer without a body.
    pub async fn send_text(&self) -> Result<String, Error> {
        let body = self.request.fetch(None).await?;
        self.request.check_text(body)
    }

    /// The page of a list at `next_link` (an earlier page's `@odata.nextLink`), with the same
    /// headers, retries and token checks, checked and handed on as [`Prepared::send_text`]
    /// does.
    pub async fn next_page_text(&self, next_link: &str) -> Result<String, Error> {
        let body = self.request.fetch(Some(next_link)).await?;
        self.request.check_text(body)
    }

    /// Decodes an answer body as the typed call does, then gives it back as JSON.
    pub fn decode(&self, body: &[u8]) -> Result<Value, Error> {
        self.request.decode_value(body)
    }
}

fn encode_error<Op: Operation>(e: serde_json::Error) -> Error {
    Error::Decode {
        operation: Op::INFO.id,
        path: ".".to_owned(),
        message: format!("the decoded answer does not encode as JSON: {e}"),
    }
}

fn to_json<Op: Operation>(output: &Op::Output) -> Result<Value, Error>
where
    Op::Output: Serialize,
{
    serde_json::to_value(output).map_err(encode_error::<Op>)
}

impl fmt::Debug for Prepared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Prepared")
            .field("operation", &self.info.id)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OP: &str = "thing-get";

    fn message(error: Error) -> String {
        match error {
            Error::InvalidRequest { operation, message } => {
                assert_eq!(operation, "thing-get");
                message
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn prepared_calls_take_only_the_query_options_their_page_documents() {
        let client = crate::Client::builder().token("t").build().expect("client");
        let index = lcw_models::beta::OPERATIONS
            .iter()
            .position(|op| op.id == "workflow-list-runs")
            .expect("documented");
        let args = Args {
            path: vec!["w1".into()],
            body: None,
        };
        let mut prepared = crate::beta::dispatch::prepare(&client, index, &args).expect("prepared");
        prepared
            .query("$filter", "processingStatus eq 'failed'")
            .expect("documented");
        let (_, url, _) = prepared.parts().expect("parts");
        assert!(
            url.query()
                .is_some_and(|q| q.contains("%24filter=processingStatus")),
            "{url}"
        );
        let refused = prepared
            .query("$top", "5")
            .expect_err("not documented for runs");
        assert!(matches!(
            refused,
            Error::InvalidRequest {
                operation: "workflow-list-runs",
                ..
            }
        ));
    }

    #[test]
    fn bound_arguments_name_the_operation_in_errors() {
        let args = Args {
            path: vec!["a b".into(), "2024-02-01T00:00:00Z".into(), "7".into()],
            body: Some(serde_json::json!({ "n": 3, "extra": true })),
        };
        let bound = args.bind(OP);
        assert_eq!(bound.path(0).expect("given"), "a b");
        assert!(message(bound.path(3).expect_err("missing")).contains("path parameter 4"));
        assert!(bound.timestamp(0).is_err());
        assert!(bound.time_range(1, 1).is_ok());
        assert!(message(bound.time_range(1, 2).expect_err("not a time")).contains("`7`"));
        assert_eq!(bound.value::<i32>(2).expect("a number"), 7);
        assert_eq!(bound.value::<String>(0).expect("a string"), "a b");
        assert_eq!(bound.param::<u8>("n").expect("there"), 3);
        assert_eq!(bound.optional_param::<u8>("m").expect("absent"), None);
        assert!(message(bound.param::<u8>("m").expect_err("absent")).contains("lacks `m`"));
        assert!(message(bound.members(&["n"]).expect_err("extra")).contains("`extra`"));
        bound.members(&["n", "extra"]).expect("all known");
        assert!(bound.no_body().is_err());
        assert!(Args::default().bind(OP).body::<Value>().is_err());
    }
}
