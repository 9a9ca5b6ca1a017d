//! Server-side verification of each vendor's authentication, written from the vendors' rules
//! (summarised in the repository's docs/vendors/), deliberately independent of the app's signers.

pub(crate) mod alibaba;
pub(crate) mod blendvision;
pub(crate) mod huawei;
pub(crate) mod naver;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

pub(crate) fn hmac_sha256(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(msg);
    mac.finalize().into_bytes().to_vec()
}

pub(crate) fn hmac_sha1(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(msg);
    mac.finalize().into_bytes().to_vec()
}

pub(crate) fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// Parses `k=v` items separated by `,` (spaces around items ignored), as in the
/// `Authorization` headers of Huawei and Alibaba V3.
pub(crate) fn auth_items(s: &str) -> Vec<(&str, &str)> {
    s.split(',')
        .filter_map(|item| item.trim().split_once('='))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect()
}

#[cfg(test)]
pub(crate) mod examples {
    //! The vendors' worked examples: the repository's `tests/fixtures/signing-examples.json`,
    //! the same file `livedesk-cli`'s signing harness replays (see docs/vendors/).

    use serde_json::Value;

    pub fn by_id(id: &str) -> Value {
        let all: Value = serde_json::from_str(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../tests/fixtures/signing-examples.json"
        )))
        .expect("fixture is JSON");
        all.as_array()
            .expect("fixture is an array")
            .iter()
            .find(|e| e["id"] == id)
            .unwrap_or_else(|| panic!("no example {id}"))
            .clone()
    }

    pub fn s<'a>(v: &'a Value, pointer: &str) -> &'a str {
        v.pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no string at {pointer}"))
    }
}
