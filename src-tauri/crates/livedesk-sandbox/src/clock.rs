//! The sandbox's notion of "now", which tests can freeze, shift and advance, so that the
//! vendors' time rules (date skew, START-after-STOP) are testable without sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Marks a clock that follows the system time rather than a frozen instant.
const FOLLOWS_SYSTEM: i64 = i64::MIN;

/// A shareable clock: clones observe and change the same time.
#[derive(Clone, Debug)]
pub struct Clock {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    frozen_ms: AtomicI64,
    offset_ms: AtomicI64,
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl Clock {
    /// Follows the system clock (plus any offset).
    pub fn system() -> Self {
        Self::with_base(FOLLOWS_SYSTEM)
    }

    /// Stands still at `at` until advanced: the deterministic choice for tests.
    pub fn frozen(at: SystemTime) -> Self {
        Self::with_base(to_ms(at))
    }

    /// Stands still at `epoch_ms` milliseconds after the Unix epoch.
    pub fn frozen_at_ms(epoch_ms: i64) -> Self {
        Self::with_base(epoch_ms)
    }

    fn with_base(frozen_ms: i64) -> Self {
        Self {
            inner: Arc::new(Inner {
                frozen_ms: AtomicI64::new(frozen_ms),
                offset_ms: AtomicI64::new(0),
            }),
        }
    }

    /// Milliseconds since the Unix epoch, as the sandbox sees them.
    pub fn now_ms(&self) -> i64 {
        let base = match self.inner.frozen_ms.load(Ordering::Relaxed) {
            FOLLOWS_SYSTEM => to_ms(SystemTime::now()),
            frozen => frozen,
        };
        base + self.inner.offset_ms.load(Ordering::Relaxed)
    }

    pub fn now(&self) -> SystemTime {
        from_ms(self.now_ms())
    }

    /// Moves time forward (on a frozen clock this is the only way it moves).
    pub fn advance(&self, by: Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.inner.offset_ms.fetch_add(ms, Ordering::Relaxed);
    }

    /// Sets how far the sandbox's clock is ahead of (positive) or behind (negative) its base.
    pub fn set_offset_ms(&self, offset_ms: i64) {
        self.inner.offset_ms.store(offset_ms, Ordering::Relaxed);
    }

    pub fn offset_ms(&self) -> i64 {
        self.inner.offset_ms.load(Ordering::Relaxed)
    }

    pub fn is_frozen(&self) -> bool {
        self.inner.frozen_ms.load(Ordering::Relaxed) != FOLLOWS_SYSTEM
    }
}

fn to_ms(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_millis()).unwrap_or(i64::MAX),
    }
}

fn from_ms(ms: i64) -> SystemTime {
    if ms >= 0 {
        UNIX_EPOCH + Duration::from_millis(ms as u64)
    } else {
        UNIX_EPOCH - Duration::from_millis(ms.unsigned_abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frozen_clock_moves_only_when_told() {
        let clock = Clock::frozen_at_ms(1_000);
        assert_eq!(clock.now_ms(), 1_000);
        clock.advance(Duration::from_secs(10));
        assert_eq!(clock.now_ms(), 11_000);
        clock.set_offset_ms(-500);
        assert_eq!(clock.now_ms(), 500);
        let shared = clock.clone();
        shared.advance(Duration::from_millis(1));
        assert_eq!(clock.now_ms(), 501);
    }

    #[test]
    fn system_clock_applies_offset() {
        let clock = Clock::system();
        clock.set_offset_ms(3_600_000);
        let skew = clock.now_ms() - to_ms(SystemTime::now());
        assert!((3_599_000..=3_601_000).contains(&skew), "{skew}");
        assert!(!clock.is_frozen());
    }
}
