//! The generated English catalog of the forms must match the Rust modules exactly.

use std::path::PathBuf;

#[test]
fn committed_schema_catalog_matches_the_rust_modules() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../i18n/en/engine");
    let update = std::env::var_os("LIVEDESK_UPDATE_CATALOG").is_some();
    let mut stale = Vec::new();
    for (name, fresh) in livedesk_core::schema_catalog::english_files() {
        let path = dir.join(&name);
        if update {
            std::fs::create_dir_all(&dir).expect("create i18n/en/engine");
            std::fs::write(&path, &fresh).expect("write the catalog");
            continue;
        }
        if std::fs::read_to_string(&path).unwrap_or_default() != fresh {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "i18n/en/engine/{stale:?} are stale: an operation's or account form's texts changed. \
         Regenerate with `LIVEDESK_UPDATE_CATALOG=1 cargo test -p livedesk-core --test core \
         schema_catalog`, commit, and translate the changed messages in the other languages."
    );
}
