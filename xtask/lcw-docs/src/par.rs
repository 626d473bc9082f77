//! Work spread over every core with scoped threads, results kept in input order so output does
//! not depend on scheduling.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `job` over `inputs` on every core; results in input order. A panicking job is re-raised.
pub fn map<'a, T: Sync, R: Send>(inputs: &'a [T], job: impl Fn(&'a T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, inputs.len().max(1));
    if workers == 1 {
        return inputs.iter().map(job).collect();
    }
    let next = AtomicUsize::new(0);
    let mut indexed: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(input) = inputs.get(i) else { break };
                        done.push((i, job(input)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    indexed.sort_unstable_by_key(|(i, _)| *i);
    indexed.into_iter().map(|(_, r)| r).collect()
}

/// Runs `a` and `b` at the same time and gives both results. A panic in either is re-raised.
pub fn join<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    std::thread::scope(|scope| {
        let first = scope.spawn(a);
        let second = b();
        let first = first
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (first, second)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_input_order() {
        let inputs: Vec<u64> = (0..1000).collect();
        let out = map(&inputs, |&n| {
            // Uneven work, so workers finish out of order.
            (0..n % 17).fold(n, |acc, _| acc.wrapping_mul(3)) % 1000 + n * 1000
        });
        let expected: Vec<u64> = inputs
            .iter()
            .map(|&n| (0..n % 17).fold(n, |acc, _| acc.wrapping_mul(3)) % 1000 + n * 1000)
            .collect();
        assert_eq!(out, expected);
        assert!(map(&[] as &[u8], |&b| b).is_empty());
    }

    #[test]
    fn join_gives_both_results() {
        let text = String::from("ab");
        assert_eq!(
            join(|| text.len(), || text.to_uppercase()),
            (2, "AB".to_string())
        );
    }

    #[test]
    #[should_panic(expected = "job failed")]
    fn a_panicking_job_is_re_raised() {
        map(&[1, 2, 3], |&n| {
            assert!(n != 2, "job failed");
            n
        });
    }
}
