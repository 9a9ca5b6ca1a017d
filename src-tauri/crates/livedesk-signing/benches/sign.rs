//! Time per signature, per scheme, on requests shaped like Livedesk's real calls:
//! `cargo bench -p livedesk-signing`. Two groups: `sign` is wall time; `sign-cpu` (Unix) is
//! the benchmark thread's CPU time, which stays meaningful when other processes share the
//! machine and the thread is descheduled mid-measurement.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::Measurement;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use livedesk_signing::sign;
use livedesk_signing::typical::{typical_context, typical_requests};

fn signatures<M: Measurement>(c: &mut Criterion<M>, group_name: &str) {
    let context = typical_context();
    let mut group = c.benchmark_group(group_name);
    for (scheme, credentials, request) in typical_requests() {
        group.bench_function(scheme.as_str(), |b| {
            b.iter_batched(
                || request.clone(),
                |request| sign(scheme, black_box(&credentials), request, &context).unwrap(),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn config<M: Measurement>(measurement: M) -> Criterion<M> {
    Criterion::default()
        .with_measurement(measurement)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50)
}

fn wall_time(c: &mut Criterion) {
    signatures(c, "sign");
}

#[cfg(unix)]
fn cpu_time(c: &mut Criterion<cpu::ThreadTime>) {
    signatures(c, "sign-cpu");
}

criterion_group! {
    name = wall;
    config = config(criterion::measurement::WallTime);
    targets = wall_time
}

#[cfg(unix)]
criterion_group! {
    name = cpu;
    config = config(cpu::ThreadTime::default());
    targets = cpu_time
}

#[cfg(unix)]
criterion_main!(wall, cpu);
#[cfg(not(unix))]
criterion_main!(wall);

#[cfg(unix)]
mod cpu {
    use std::time::Duration;

    use criterion::measurement::{Measurement, ValueFormatter, WallTime};

    /// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`), in nanoseconds like
    /// `WallTime`, whose formatter it borrows.
    pub struct ThreadTime(WallTime);

    impl Default for ThreadTime {
        fn default() -> Self {
            Self(WallTime)
        }
    }

    fn now() -> Duration {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec and the clock id is a constant that
        // every Linux and macOS libc defines; the call only writes `ts`.
        let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        assert_eq!(rc, 0, "the thread CPU clock is readable");
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    }

    impl Measurement for ThreadTime {
        type Intermediate = Duration;
        type Value = Duration;

        fn start(&self) -> Duration {
            now()
        }
        fn end(&self, start: Duration) -> Duration {
            now().saturating_sub(start)
        }
        fn add(&self, a: &Duration, b: &Duration) -> Duration {
            *a + *b
        }
        fn zero(&self) -> Duration {
            Duration::ZERO
        }
        fn to_f64(&self, value: &Duration) -> f64 {
            value.as_nanos() as f64
        }
        fn formatter(&self) -> &dyn ValueFormatter {
            self.0.formatter()
        }
    }
}
