//! Request ids in each vendor's shape. Derived from a per-sandbox seed and a counter: unique
//! enough for a test server, and no random-number dependency.

use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub(crate) struct RequestIds {
    seed: u128,
    counter: AtomicU64,
}

impl RequestIds {
    pub fn new() -> Self {
        let seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        Self {
            seed,
            counter: AtomicU64::new(0),
        }
    }

    pub fn next(&self) -> RequestId {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let mut hasher = Sha256::new();
        hasher.update(self.seed.to_le_bytes());
        hasher.update(n.to_le_bytes());
        let digest = hasher.finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        RequestId(bytes)
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct RequestId([u8; 16]);

impl RequestId {
    /// Huawei: 32 lower-case hex digits.
    pub fn hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Alibaba: an upper-case UUID.
    pub fn uuid_upper(&self) -> String {
        let h = hex::encode_upper(self.0);
        format!(
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_distinct_and_shaped() {
        let ids = RequestIds::new();
        let (a, b) = (ids.next(), ids.next());
        assert_ne!(a.hex(), b.hex());
        assert_eq!(a.hex().len(), 32);
        let uuid = a.uuid_upper();
        assert_eq!(uuid.len(), 36);
        assert_eq!(uuid.matches('-').count(), 4);
    }
}
