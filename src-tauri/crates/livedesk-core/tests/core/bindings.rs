//! The committed TypeScript bindings must match the Rust definitions exactly.

use std::path::PathBuf;

#[test]
fn committed_bindings_match_the_rust_definitions() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/bindings.ts");
    let fresh = livedesk_core::bindings::typescript_bindings();
    if std::env::var_os("LIVEDESK_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).expect("write ui/src/bindings.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/bindings.ts is stale: the Rust commands or types changed. Regenerate it with \
         `LIVEDESK_UPDATE_BINDINGS=1 cargo test -p livedesk-core --test core bindings` and commit it."
    );
}
