//! `--verbose`: one line on stderr per request attempt, as the client's observer sees it.

use std::io::Write;

use lcw_client::Exchange;

/// Writes `exchange` as `lcw: GET URL -> 200 OK in 12 ms (request-id ..., client-request-id
/// ...)`. The observer is never handed the token.
pub fn log(exchange: &Exchange<'_>) {
    let line = line(exchange);
    // stderr is unbuffered; a failed write to it has nowhere to be reported.
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

fn line(exchange: &Exchange<'_>) -> String {
    let status = exchange
        .status
        .map(|s| s.to_string())
        .unwrap_or_else(|| "no answer".to_owned());
    let retry = if exchange.attempt > 1 {
        format!(" attempt {}", exchange.attempt)
    } else {
        String::new()
    };
    format!(
        "lcw: {} {} -> {status} in {} ms{retry} (request-id {}, client-request-id {})",
        exchange.method,
        exchange.url,
        exchange.elapsed.as_millis(),
        exchange.request_id.unwrap_or("-"),
        exchange.client_request_id,
    )
}
