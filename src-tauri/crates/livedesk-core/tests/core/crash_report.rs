//! A crash report names where Livedesk crashed and why, but never a secret: not one loaded
//! from the keychain (even formatted by a careless `Debug`), nor a key-like token it never saw.

use std::sync::{Arc, Mutex};

use livedesk_core::accounts::{MemorySecretStore, SecretStore};
use livedesk_core::diagnostics::set_panic_hook_with;

const CANARY: &str = "CRASH-CANARY-7f3c19a2b8e4";

/// What a bug might hold and format: a key, in a struct with a derived `Debug`.
#[derive(Debug)]
#[allow(dead_code)]
struct CarelessCredentials {
    access_key_id: String,
    access_key_secret: String,
}

fn capture_reports() -> Arc<Mutex<Vec<String>>> {
    let reports = Arc::new(Mutex::new(Vec::new()));
    let sink = reports.clone();
    set_panic_hook_with(move |report| sink.lock().unwrap().push(report.to_owned()));
    reports
}

#[test]
fn a_panic_quoting_a_secret_is_reported_without_it() {
    let reports = capture_reports();
    // The canary takes the engine's own path in: stored, then loaded as a keychain entry.
    let keychain = MemorySecretStore::default();
    let mut typed = livedesk_core::accounts::Secrets::default();
    typed.insert("access_key_secret", CANARY.to_owned().into());
    keychain.save("acc_crash", &typed).unwrap();
    let loaded = keychain.load("acc_crash").unwrap().unwrap();
    let secret = loaded.get("access_key_secret").unwrap().to_owned();

    let by_debug = std::thread::Builder::new()
        .name("signer".into())
        .spawn(move || {
            let creds = CarelessCredentials {
                access_key_id: "LTAI5tSandboxKeyId".into(),
                access_key_secret: secret,
            };
            panic!("signing failed for {creds:?}");
        })
        .unwrap()
        .join();
    assert!(by_debug.is_err());
    let by_format =
        std::panic::catch_unwind(|| panic!("the keychain entry was {{\"secret\":\"{CANARY}\"}}"));
    assert!(by_format.is_err());
    let unseen = std::panic::catch_unwind(|| {
        panic!("vendor answered token=ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZXlKemRXSWlPaUl4TWpNME5UWTNPRGt3SW4w")
    });
    assert!(unseen.is_err());
    let _ = std::panic::take_hook();

    let reports = reports.lock().unwrap().clone();
    assert_eq!(reports.len(), 3, "{reports:#?}");
    for report in &reports {
        assert!(!report.contains(CANARY), "the canary leaked: {report}");
        assert!(
            !report.contains("7f3c19a2b8e4"),
            "part of it leaked: {report}"
        );
        assert!(report.contains("tests/core/crash_report.rs:"), "{report}");
    }
    assert!(reports[0].contains("thread 'signer'"), "{}", reports[0]);
    assert!(
        reports[0].contains("signing failed for CarelessCredentials"),
        "the message is kept around the secret: {}",
        reports[0]
    );
    assert!(
        reports[0].contains(livedesk_secrets::MASK),
        "{}",
        reports[0]
    );
    assert!(!reports[2].contains("ZXlKaGJH"), "{}", reports[2]);
}
