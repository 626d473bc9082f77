//! Why a command failed, shown as one line, and its exit code.

use std::fmt;

/// A failed command.
#[derive(Debug)]
pub enum CliError {
    /// The command cannot run as given (a bad value, a missing token variable): exit 2, as
    /// clap's own usage errors.
    Usage(String),
    /// No usable credential: exit 3.
    Auth(String),
    /// A call failed: exit 3 for 401/403, 4 for 404, 5 for throttling beyond the retry
    /// budget, 1 otherwise.
    Api(lcw_client::Error),
    /// Anything else (the emulator, stdout): exit 1.
    Other(String),
    /// Stdout was closed by its reader (`lcw ... | head`): not reported.
    BrokenPipe,
}

impl CliError {
    /// The exit code, as `lcw --help` documents them.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Auth(_) => 3,
            CliError::Api(error) => api_exit_code(error),
            CliError::Other(_) | CliError::BrokenPipe => 1,
        }
    }
}

fn api_exit_code(error: &lcw_client::Error) -> u8 {
    use lcw_client::StatusCode;
    if let lcw_client::Error::RetriesExhausted { last, .. } = error {
        let throttled = [
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::SERVICE_UNAVAILABLE,
            StatusCode::GATEWAY_TIMEOUT,
        ];
        if last.status().is_some_and(|s| throttled.contains(&s)) {
            return 5;
        }
    }
    match error.status() {
        Some(StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN) => 3,
        Some(StatusCode::NOT_FOUND) => 4,
        _ => 1,
    }
}

impl From<lcw_client::Error> for CliError {
    fn from(error: lcw_client::Error) -> Self {
        match error {
            // A request the client refused to build: the arguments were wrong.
            lcw_client::Error::InvalidRequest { operation, message } => {
                CliError::Usage(format!("{operation}: {message}"))
            }
            other => CliError::Api(other),
        }
    }
}

impl From<std::io::Error> for CliError {
    fn from(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Other(format!("cannot write the output: {error}"))
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(message) | CliError::Auth(message) | CliError::Other(message) => {
                f.write_str(message)
            }
            CliError::BrokenPipe => f.write_str("stdout closed"),
            CliError::Api(error) => match error.graph() {
                // `workflow-get: 404 ResourceNotFound: Workflow ... was not found (request-id ...)`
                Some(graph) => {
                    write!(
                        f,
                        "{}: {} {}",
                        graph.operation,
                        graph.status.as_u16(),
                        graph.code
                    )?;
                    let mut last = graph.code.as_str();
                    for inner in &graph.inner_codes {
                        if inner != last {
                            write!(f, " / {inner}")?;
                        }
                        last = inner;
                    }
                    let message = graph.message.replace(['\r', '\n'], " ");
                    write!(
                        f,
                        ": {message} (request-id {}, client-request-id {})",
                        graph.request_id.as_deref().unwrap_or("-"),
                        graph.client_request_id.as_deref().unwrap_or("-")
                    )?;
                    if let lcw_client::Error::RetriesExhausted { attempts, .. } = error {
                        write!(f, " after {attempts} attempts")?;
                    }
                    Ok(())
                }
                None => write!(f, "{}", one_line(&with_causes(error))),
            },
        }
    }
}

/// `error` followed by the causes its message does not already show (reqwest's "error
/// sending request" hides why: connection refused, DNS...).
fn with_causes(error: &lcw_client::Error) -> String {
    let mut text = error.to_string();
    let mut last = error;
    while let lcw_client::Error::RetriesExhausted { last: inner, .. } = last {
        last = inner;
    }
    let mut source = std::error::Error::source(last);
    while let Some(cause) = source {
        let shown = cause.to_string();
        if !text.contains(&shown) {
            text.push_str(": ");
            text.push_str(&shown);
        }
        source = cause.source();
    }
    text
}

/// `text` with its line breaks as spaces.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n'])
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
