//! Accounts against in-memory stores: the rules a producer relies on.

use std::sync::Arc;

use livedesk_core::accounts::*;
use livedesk_core::api::Vendor;
use livedesk_core::{ErrorCode, UserFacing};
use serde_json::json;

const CANARY: &str = "CANARY-SECRET-7f3a9c2e11d4";

fn accounts() -> (Accounts, Arc<MemorySettingsStore>, Arc<MemorySecretStore>) {
    let settings = Arc::new(MemorySettingsStore::default());
    let secrets = Arc::new(MemorySecretStore::default());
    (
        Accounts::new(settings.clone(), secrets.clone()),
        settings,
        secrets,
    )
}

fn huawei_form(name: &str) -> serde_json::Value {
    json!({"name": name, "region": "ap-southeast-3", "project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
           "access_key": "  HWAK1234567890  ", "secret_key": CANARY})
}

#[test]
fn create_keeps_secrets_in_the_keychain_and_only_last4_in_settings() {
    let (accounts, settings, secrets) = accounts();
    let created = accounts
        .create(Vendor::Huawei, huawei_form("Huawei – Taipei studio"))
        .unwrap();
    assert_eq!(created.name, "Huawei – Taipei studio");
    assert_eq!(
        created.endpoint,
        "https://live.ap-southeast-3.myhuaweicloud.com"
    );
    let sk = created
        .secrets
        .iter()
        .find(|s| s.field == "secret_key")
        .unwrap();
    assert!(sk.set);
    assert_eq!(sk.last4.as_deref(), Some("11d4"));
    let token = created
        .secrets
        .iter()
        .find(|s| s.field == "security_token")
        .unwrap();
    assert!(!token.set);

    let stored = serde_json::to_string(&settings.get("accounts").unwrap()).unwrap();
    assert!(!stored.contains(CANARY), "{stored}");
    assert!(!serde_json::to_string(&accounts.list())
        .unwrap()
        .contains(CANARY));
    let raw = secrets.raw(&created.id).unwrap();
    assert!(raw.contains(CANARY));
    assert!(raw.contains("\"HWAK1234567890\""), "trimmed: {raw}");

    let (_, for_signing) = accounts.credentials(&created.id).unwrap();
    assert_eq!(for_signing.get("secret_key"), Some(CANARY));
}

#[test]
fn bad_input_names_the_field_and_stores_nothing() {
    let (accounts, settings, _) = accounts();
    let cases = [
        (
            json!({"name": "  ", "region": "cn-north-4", "project_id": "p1", "access_key": "a", "secret_key": "s"}),
            "name",
        ),
        (
            json!({"name": "x", "region": "mars-1", "project_id": "p1", "access_key": "a", "secret_key": "s"}),
            "region",
        ),
        (
            json!({"name": "x", "region": "cn-north-4", "project_id": "p1", "access_key": "   ", "secret_key": "s"}),
            "access_key",
        ),
        (
            json!({"name": "x", "region": "cn-north-4", "project_id": "p1", "access_key": "a"}),
            "secret_key",
        ),
        (
            json!({"name": "x", "region": "custom", "project_id": "p1", "access_key": "a", "secret_key": "s"}),
            "endpoint",
        ),
        (
            json!({"name": "x", "region": "cn-north-4", "project_id": "p1", "endpoint": "http://live.example.com", "access_key": "a", "secret_key": "s"}),
            "endpoint",
        ),
        (
            json!({"name": "x", "region": "cn-north-4", "project_id": "p-1", "access_key": "a", "secret_key": "s"}),
            "project_id",
        ),
    ];
    for (form, field) in cases {
        let error = accounts.create(Vendor::Huawei, form.clone()).unwrap_err();
        assert_eq!(error.field(), Some(field), "{form}: {error}");
    }
    assert_eq!(settings.get("accounts"), None);
}

#[test]
fn names_are_unique_regardless_of_case() {
    let (accounts, _, _) = accounts();
    accounts
        .create(Vendor::Huawei, huawei_form("Main studio"))
        .unwrap();
    let error = accounts
        .create(Vendor::Huawei, huawei_form(" main STUDIO "))
        .unwrap_err();
    assert!(matches!(error, AccountError::DuplicateName(_)));
    assert_eq!(error.field(), Some("name"));
    assert_eq!(accounts.list().len(), 1);
}

#[test]
fn loopback_http_endpoints_are_allowed() {
    let (accounts, _, _) = accounts();
    let created = accounts
        .create(Vendor::BlendVision, json!({"name": "BV local", "org_id": "org-1", "endpoint": "http://127.0.0.1:9/", "api_token": "tok-0123456789"}))
        .unwrap();
    assert_eq!(created.endpoint, "http://127.0.0.1:9");
}

#[test]
fn edit_renames_and_replaces_one_secret_keeping_the_other() {
    let (accounts, _, _) = accounts();
    let created = accounts
        .create(Vendor::Huawei, huawei_form("Old name"))
        .unwrap();
    let updated = accounts
        .update(
            &created.id,
            json!({"name": "New name", "access_key": "", "secret_key": "NEW-SECRET-KEY-abcd"}),
        )
        .unwrap();
    assert_eq!(updated.name, "New name");
    let (_, secrets) = accounts.credentials(&created.id).unwrap();
    assert_eq!(secrets.get("secret_key"), Some("NEW-SECRET-KEY-abcd"));
    assert_eq!(secrets.get("access_key"), Some("HWAK1234567890"));
    assert_eq!(
        updated
            .secrets
            .iter()
            .find(|s| s.field == "secret_key")
            .unwrap()
            .last4
            .as_deref(),
        Some("abcd")
    );
}

#[test]
fn delete_removes_the_keychain_entry_and_the_settings() {
    let (accounts, _, secrets) = accounts();
    let created = accounts
        .create(Vendor::Huawei, huawei_form("Gone soon"))
        .unwrap();
    accounts.delete(&created.id).unwrap();
    assert!(accounts.list().is_empty());
    assert_eq!(secrets.raw(&created.id), None);
    assert!(matches!(
        accounts.delete(&created.id),
        Err(AccountError::NotFound(_))
    ));
}

#[test]
fn a_locked_keychain_loses_nothing() {
    let (accounts, _, secrets) = accounts();
    let created = accounts
        .create(Vendor::Huawei, huawei_form("Kept"))
        .unwrap();
    secrets.fail_with(|| AccountError::keychain(KeychainTrouble::Locked, KeychainStep::Save));
    let error = accounts.delete(&created.id).unwrap_err();
    assert_eq!(error.code(), ErrorCode::KeychainLocked);
    assert_eq!(
        accounts.list().len(),
        1,
        "the account stays when its keys cannot be removed"
    );
    let error = accounts
        .create(Vendor::Huawei, huawei_form("New"))
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::KeychainLocked);
    assert_eq!(accounts.list().len(), 1);
}

#[test]
fn sandbox_accounts_are_added_once_and_need_no_keychain() {
    let (accounts, _, secrets) = accounts();
    secrets.fail_with(|| AccountError::keychain(KeychainTrouble::Unavailable, KeychainStep::Read));
    accounts.set_sandbox_url(Some("http://127.0.0.1:4567".into()));
    let added = accounts.add_sandbox_accounts(true).unwrap();
    assert_eq!(added.len(), 4);
    assert!(added
        .iter()
        .all(|a| a.sandbox && a.endpoint == "http://127.0.0.1:4567"));
    let huawei = added.iter().find(|a| a.vendor == Vendor::Huawei).unwrap();
    let (_, creds) = accounts.credentials(&huawei.id).unwrap();
    assert_eq!(
        creds.get("access_key"),
        Some(livedesk_sandbox::HUAWEI_ACCESS_KEY)
    );

    accounts.delete(&huawei.id).unwrap();
    assert!(
        accounts.add_sandbox_accounts(true).unwrap().is_empty(),
        "not re-added by itself"
    );
    let again = accounts.add_sandbox_accounts(false).unwrap();
    assert_eq!(again.len(), 1, "re-added on demand, only the missing one");
}
