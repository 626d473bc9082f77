//! The time window of the reporting functions (`summary`, the insights).

use jiff::Timestamp;

/// A window `[start, end]` for functions that take `startDateTime` and `endDateTime`: one value,
/// so the two cannot be swapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeRange {
    start: Timestamp,
    end: Timestamp,
}

/// A window whose end comes before its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the window ends ({end}) before it starts ({start})")]
pub struct InvertedRange {
    /// The start given.
    pub start: Timestamp,
    /// The end given.
    pub end: Timestamp,
}

impl TimeRange {
    /// The window from `start` to `end`; refused when `end` comes first.
    pub fn new(start: Timestamp, end: Timestamp) -> Result<Self, InvertedRange> {
        if end < start {
            return Err(InvertedRange { start, end });
        }
        Ok(TimeRange { start, end })
    }

    /// The `duration` up to now.
    pub fn last(duration: jiff::SignedDuration) -> Self {
        let end = Timestamp::now();
        let start = end.saturating_sub(duration.abs()).unwrap_or(Timestamp::MIN);
        TimeRange { start, end }
    }

    /// Its start.
    pub fn start(&self) -> Timestamp {
        self.start
    }

    /// Its end.
    pub fn end(&self) -> Timestamp {
        self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_cannot_run_backwards() {
        let a: Timestamp = "2026-01-01T00:00:00Z".parse().expect("timestamp");
        let b: Timestamp = "2026-02-01T00:00:00Z".parse().expect("timestamp");
        assert!(TimeRange::new(b, a).is_err());
        let range = TimeRange::new(a, b).expect("ordered");
        assert_eq!((range.start(), range.end()), (a, b));
    }
}
