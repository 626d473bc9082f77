//! A small seeded random number generator (SplitMix64).
//!
//! Written here rather than taken from `rand` because the data set and the fault plan must stay
//! identical for a given seed across releases, and `rand` does not promise stable streams.

/// Deterministic generator: the same seed always yields the same sequence.
#[derive(Debug, Clone)]
pub struct SeededRng {
    state: u64,
}

impl SeededRng {
    /// Starts a sequence from `seed`.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// Derives an independent generator for a sub-stream, e.g. one run of one workflow.
    pub fn fork(seed: u64, stream: &[u64]) -> Self {
        let mut rng = Self::new(seed);
        for part in stream {
            rng.state ^= mix(part.wrapping_add(0x9E37_79B9_7F4A_7C15));
            rng.next_u64();
        }
        rng
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.state)
    }

    /// Uniform integer in `0..bound` (`0` when `bound` is zero).
    pub fn below(&mut self, bound: u64) -> u64 {
        if bound == 0 {
            return 0;
        }
        // Multiply-shift keeps the bias negligible for the small bounds used here.
        ((u128::from(self.next_u64()) * u128::from(bound)) >> 64) as u64
    }

    /// Uniform float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A random GUID in the usual 8-4-4-4-12 form (version 4 bits set).
    pub fn guid(&mut self) -> String {
        let hi = self.next_u64();
        let lo = self.next_u64();
        let hi = (hi & 0xFFFF_FFFF_FFFF_0FFF) | 0x4000;
        let lo = (lo & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            hi >> 32,
            (hi >> 16) & 0xFFFF,
            hi & 0xFFFF,
            lo >> 48,
            lo & 0xFFFF_FFFF_FFFF
        )
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_forks_differ() {
        let a: Vec<u64> = (0..4).map(|_| SeededRng::new(7).next_u64()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        let f1 = SeededRng::fork(7, &[1, 2]).next_u64();
        let f2 = SeededRng::fork(7, &[2, 1]).next_u64();
        assert_ne!(f1, f2);
    }

    #[test]
    fn guid_shape() {
        let g = SeededRng::new(1).guid();
        let parts: Vec<usize> = g.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12]);
        assert_eq!(&g[14..15], "4");
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = SeededRng::new(3);
        assert!((0..1000).all(|_| rng.below(5) < 5));
        assert_eq!(rng.below(0), 0);
    }
}
