//! Processing statuses and how they add up from tasks to users to runs.

/// A `lifecycleWorkflowProcessingStatus` value of the simulated tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// `queued`
    Queued,
    /// `inProgress`
    InProgress,
    /// `completed`
    Completed,
    /// `completedWithErrors`
    CompletedWithErrors,
    /// `canceled`
    Canceled,
    /// `failed`
    Failed,
}

impl Status {
    /// Wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::CompletedWithErrors => "completedWithErrors",
            Self::Canceled => "canceled",
            Self::Failed => "failed",
        }
    }

    /// Not yet done: counted as "unprocessed" by the reports.
    pub fn is_unprocessed(self) -> bool {
        matches!(self, Self::Queued | Self::InProgress | Self::Canceled)
    }

    /// Counted as a failure by the reports.
    pub fn is_failure(self) -> bool {
        matches!(self, Self::Failed | Self::CompletedWithErrors)
    }

    /// Finished, with or without errors.
    pub fn is_finished(self) -> bool {
        matches!(
            self,
            Self::Completed | Self::CompletedWithErrors | Self::Failed | Self::Canceled
        )
    }

    /// The status of a whole made of parts with these statuses (tasks of a user, users of a run).
    pub fn aggregate(parts: impl IntoIterator<Item = Status>) -> Status {
        let (mut queued, mut running, mut done, mut failed, mut canceled, mut total) =
            (0, 0, 0, 0, 0, 0);
        for part in parts {
            total += 1;
            match part {
                Self::Queued => queued += 1,
                Self::InProgress => running += 1,
                Self::Completed => done += 1,
                Self::CompletedWithErrors => {
                    done += 1;
                    failed += 1;
                }
                Self::Failed => failed += 1,
                Self::Canceled => canceled += 1,
            }
        }
        if total == 0 || queued == total {
            Self::Queued
        } else if running > 0 || queued > 0 {
            Self::InProgress
        } else if canceled > 0 {
            Self::Canceled
        } else if failed == total && done == 0 {
            Self::Failed
        } else if failed > 0 {
            Self::CompletedWithErrors
        } else {
            Self::Completed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Status::*;
    use super::*;

    #[test]
    fn aggregation_rules() {
        assert_eq!(Status::aggregate([Completed, Completed]), Completed);
        assert_eq!(Status::aggregate([Completed, Failed]), CompletedWithErrors);
        assert_eq!(Status::aggregate([Failed, Failed]), Failed);
        assert_eq!(Status::aggregate([Queued, Queued]), Queued);
        assert_eq!(Status::aggregate([Queued, Completed]), InProgress);
        assert_eq!(Status::aggregate([Canceled, Completed]), Canceled);
        assert_eq!(Status::aggregate([]), Queued);
    }
}
