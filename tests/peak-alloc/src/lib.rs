//! The benchmarks' counting allocator: the peak of live heap bytes while a closure runs.
//!
//! Only allocations of the thread that runs [`peak_during`] count, so a benchmark can serve
//! its data (an emulator, say) from other threads without that data showing in the figure.
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: lcw_peak_alloc::Counting = lcw_peak_alloc::Counting;
//!
//! let (value, peak_bytes) = lcw_peak_alloc::peak_during(|| work());
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, Ordering};

thread_local! {
    static COUNTED: Cell<bool> = const { Cell::new(false) };
}
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

/// The system allocator, counting the live bytes of the thread inside [`peak_during`].
pub struct Counting;

fn size(layout: Layout) -> isize {
    isize::try_from(layout.size()).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded to `System` unchanged; only counters are updated. The
// workspace denies unsafe code; a counting allocator is the one place that needs it.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: the thread-local may already be gone while a thread shuts down.
        if COUNTED.try_with(Cell::get).unwrap_or(false) {
            let live = LIVE.fetch_add(size(layout), Ordering::Relaxed) + size(layout);
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        // SAFETY: same layout as asked.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if COUNTED.try_with(Cell::get).unwrap_or(false) {
            LIVE.fetch_sub(size(layout), Ordering::Relaxed);
        }
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// Runs `f` on this thread and returns its value with the peak of live heap bytes it reached
/// above what was live when it started. Meaningful only with [`Counting`] as the global
/// allocator; one measurement at a time.
pub fn peak_during<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    COUNTED.with(|c| c.set(true));
    let value = f();
    COUNTED.with(|c| c.set(false));
    let peak = PEAK.load(Ordering::Relaxed) - baseline;
    (value, usize::try_from(peak).unwrap_or(0))
}
