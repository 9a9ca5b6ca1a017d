//! Time per signature for every scheme, on the typical requests of `livedesk-signing`, in this
//! (release) process: batches of signatures, one figure per batch.

use std::hint::black_box;
use std::time::Instant;

use livedesk_signing::sign;
use livedesk_signing::typical::{typical_context, typical_requests};

/// (scheme, microseconds per signature of each batch).
pub fn per_signature_us(batches: usize, per_batch: usize) -> Vec<(String, Vec<f64>)> {
    let context = typical_context();
    typical_requests()
        .into_iter()
        .map(|(scheme, credentials, request)| {
            let mut times = Vec::with_capacity(batches);
            for batch in 0..=batches {
                let requests = vec![request.clone(); per_batch];
                let started = Instant::now();
                for r in requests {
                    black_box(
                        sign(scheme, black_box(&credentials), r, &context)
                            .expect("typical requests sign"),
                    );
                }
                // The first batch warms caches up and is not kept.
                if batch > 0 {
                    times.push(started.elapsed().as_secs_f64() * 1e6 / per_batch as f64);
                }
            }
            (scheme.as_str().to_owned(), times)
        })
        .collect()
}
