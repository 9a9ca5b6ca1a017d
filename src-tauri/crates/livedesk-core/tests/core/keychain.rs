//! The real OS keychain (Secret Service on Linux). These need an unlocked keyring in a D-Bus
//! session, so they are `#[ignore]`d by default; `scripts/test-all.sh` runs them inside its
//! own gnome-keyring session with `--ignored`.

use std::sync::Arc;

use livedesk_core::accounts::*;
use livedesk_core::api::Vendor;
use serde_json::json;

#[test]
#[ignore = "needs a Secret Service; run by scripts/test-all.sh"]
fn secrets_are_created_read_replaced_and_deleted_in_the_os_keychain() {
    let settings = Arc::new(MemorySettingsStore::default());
    let accounts = Accounts::new(settings, Arc::new(KeyringSecretStore));
    let created = accounts
        .create(Vendor::Naver, json!({"name": "NAVER real keychain", "region_code": "KR",
                                      "access_key": "NCPAK-real-0001", "secret_key": "NCP-SECRET-first-0001"}))
        .expect("create with a Secret Service running");

    // Another store object sees the entry: it is really in the keychain, not in memory.
    let raw = keyring::Entry::new(KEYCHAIN_SERVICE, &created.id)
        .unwrap()
        .get_password()
        .unwrap();
    assert!(raw.contains("NCP-SECRET-first-0001"));
    let (_, secrets) = accounts.credentials(&created.id).unwrap();
    assert_eq!(secrets.get("secret_key"), Some("NCP-SECRET-first-0001"));

    accounts
        .update(&created.id, json!({"secret_key": "NCP-SECRET-second-0002"}))
        .unwrap();
    let (_, secrets) = accounts.credentials(&created.id).unwrap();
    assert_eq!(secrets.get("secret_key"), Some("NCP-SECRET-second-0002"));
    assert_eq!(secrets.get("access_key"), Some("NCPAK-real-0001"));

    accounts.delete(&created.id).unwrap();
    let gone = keyring::Entry::new(KEYCHAIN_SERVICE, &created.id)
        .unwrap()
        .get_password();
    assert!(matches!(gone, Err(keyring::Error::NoEntry)), "{gone:?}");
}

#[test]
#[ignore = "needs a D-Bus session; run by scripts/test-all.sh"]
fn no_secret_service_is_a_clear_error() {
    // A D-Bus address where nothing listens, as on a Linux desktop without a keyring daemon.
    let dir = tempfile::tempdir().unwrap();
    let bus = format!("unix:path={}", dir.path().join("no-bus").display());
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "probe_without_secret_service",
            "--nocapture",
        ])
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&status.stdout);
    assert!(status.status.success(), "{out}");
}

#[test]
#[ignore = "run by no_secret_service_is_a_clear_error with a dead D-Bus address"]
fn probe_without_secret_service() {
    if !std::env::var("DBUS_SESSION_BUS_ADDRESS")
        .unwrap_or_default()
        .contains("no-bus")
    {
        return; // only meaningful in the child process set up above
    }
    let error = KeyringSecretStore.load("acc_probe").unwrap_err();
    assert!(
        matches!(
            error,
            AccountError::Keychain {
                trouble: KeychainTrouble::Unavailable,
                step: KeychainStep::Read
            }
        ),
        "{error:?}"
    );
    let api = livedesk_core::ApiError::from_error(&error);
    assert_eq!(api.code, "keychain.unavailable");
    assert!(api.hint.unwrap().contains("Secret Service"));
}
