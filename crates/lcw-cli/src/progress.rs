//! The paging indicator: a spinner on stderr counting items and pages, shown only when both
//! stdout and stderr are terminals (never in a pipe or a file).

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Counts items while a list pages; draws nothing when it should not show.
pub struct Progress {
    bar: Option<ProgressBar>,
    items: u64,
    pages: u64,
}

impl Progress {
    /// A spinner when stdout and stderr are terminals, else a silent counter.
    pub fn new() -> Self {
        let shown = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
        let bar = shown.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Progress {
            bar,
            items: 0,
            pages: 0,
        }
    }

    /// One more page of `items` items.
    pub fn page(&mut self, items: usize) {
        self.items += items as u64;
        self.pages += 1;
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{} items, {} pages", self.items, self.pages));
        }
    }

    /// Removes the spinner (before the table is printed, or an error).
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
