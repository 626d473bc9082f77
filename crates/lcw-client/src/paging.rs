//! Lists as streams: pages follow `@odata.nextLink` with the same headers, retries and token
//! checks as the first request.

use std::collections::HashSet;

use futures_core::Stream;
use futures_util::{StreamExt, TryStreamExt, stream};
use lcw_models::Collection;
use reqwest::{Method, Url};
use tracing::Instrument;

use crate::error::Error;
use crate::operation::options;
use crate::request::{Request, decode};
use crate::transport::Call;

impl<Op: options::List> Request<Op> {
    /// Starts from a next link saved from an earlier page (its `odata_next_link`) instead of
    /// the first page: a long crawl resumes where it stopped. The link must be under the
    /// client's service root.
    pub fn resume_from(mut self, next_link: impl Into<String>) -> Self {
        self.resume = Some(next_link.into());
        self
    }

    /// Every page, in order, until the last. The first page carries `@odata.count` when
    /// [`count`](Request::count) was asked for. A next link already fetched in this walk ends
    /// it with [`Error::NextLinkLoop`].
    pub fn into_pages(
        self,
    ) -> impl Stream<Item = Result<Collection<Op::Item>, Error>> + Send + 'static {
        let first = match self.resume.as_deref() {
            Some(link) => parse_link(link),
            None => self.url(),
        };
        let walk = (self, Some(first), HashSet::new());
        stream::try_unfold(walk, |(request, next, mut fetched)| async move {
            let Some(url) = next else {
                return Ok(None);
            };
            let url = url?;
            // A link fetched before would start the same pages again, forever.
            if !fetched.insert(url.as_str().to_owned()) {
                return Err(Error::NextLinkLoop {
                    operation: Op::INFO.id,
                    pages: fetched.len(),
                });
            }
            let span = tracing::info_span!("graph.page", operation = Op::INFO.id);
            let answer = request
                .client
                .execute(Call {
                    operation: Op::INFO.id,
                    method: Method::GET,
                    url,
                    headers: &request.headers,
                    body: None,
                    idempotent: true,
                })
                .instrument(span)
                .await?;
            let page: Collection<Op::Item> = decode(Op::INFO.id, &answer)?;
            let next = page.odata_next_link.as_deref().map(parse_link);
            Ok(Some((page, (request, next, fetched))))
        })
    }

    /// Every item of every page, in order. Items arrive as their page does: memory holds one
    /// page at a time.
    pub fn into_stream(self) -> impl Stream<Item = Result<Op::Item, Error>> + Send + 'static {
        self.into_pages()
            .map_ok(|page| stream::iter(page.value).map(Ok))
            .try_flatten()
    }
}

pub(crate) fn parse_link(link: &str) -> Result<Url, Error> {
    Url::parse(link).map_err(|_| Error::UnsafeUrl {
        url: link.split('?').next().unwrap_or_default().to_owned(),
        reason: "a next link must be an absolute URL",
    })
}
