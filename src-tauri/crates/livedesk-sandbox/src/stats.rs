//! How long the sandbox itself spends on vendor requests, so a benchmark can subtract it from
//! what the app measures end to end (Send pressed → answer shown).

use serde::Serialize;
use std::sync::Mutex;
use std::time::Duration;

/// Enough for a long benchmark; older samples are dropped first so memory stays bounded.
const MAX_SAMPLES: usize = 100_000;

#[derive(Default)]
pub(crate) struct HandlingTimes {
    micros: Mutex<Vec<u32>>,
}

/// Handling time of the vendor requests served so far (faults' injected delays excluded).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HandlingStats {
    pub requests: usize,
    pub median_us: u32,
    pub p95_us: u32,
    pub max_us: u32,
    /// Sum of all handling times: divided by the calls a client made, the sandbox's share of each.
    pub total_us: u64,
}

impl HandlingTimes {
    pub(crate) fn record(&self, took: Duration) {
        let us = u32::try_from(took.as_micros()).unwrap_or(u32::MAX);
        let mut samples = self.micros.lock().unwrap_or_else(|p| p.into_inner());
        if samples.len() == MAX_SAMPLES {
            samples.drain(..MAX_SAMPLES / 10);
        }
        samples.push(us);
    }

    pub(crate) fn clear(&self) {
        self.micros
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }

    pub(crate) fn summary(&self) -> HandlingStats {
        let mut sorted = self
            .micros
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        sorted.sort_unstable();
        let at = |q: f64| -> u32 {
            if sorted.is_empty() {
                return 0;
            }
            let i = ((sorted.len() - 1) as f64 * q).round() as usize;
            sorted[i]
        };
        HandlingStats {
            requests: sorted.len(),
            median_us: at(0.5),
            p95_us: at(0.95),
            max_us: sorted.last().copied().unwrap_or(0),
            total_us: sorted.iter().map(|&us| u64::from(us)).sum(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_reports_median_p95_and_max() {
        let times = HandlingTimes::default();
        assert_eq!(times.summary().requests, 0);
        for us in [30, 10, 20, 1000, 40] {
            times.record(Duration::from_micros(us));
        }
        assert_eq!(
            times.summary(),
            HandlingStats {
                requests: 5,
                median_us: 30,
                p95_us: 1000,
                max_us: 1000,
                total_us: 1100
            }
        );
        times.clear();
        assert_eq!(times.summary().max_us, 0);
    }

    #[test]
    fn keeps_memory_bounded() {
        let times = HandlingTimes::default();
        for _ in 0..(MAX_SAMPLES + 5) {
            times.record(Duration::from_micros(1));
        }
        assert!(times.summary().requests <= MAX_SAMPLES);
    }
}
