//! Keys go only where they were entered: the binding saved with the keychain entry decides,
//! not the settings (which a person or another program may have edited).

use std::sync::Arc;

use livedesk_core::accounts::*;
use livedesk_core::api::Vendor;
use livedesk_core::UserFacing;
use serde_json::json;

const KEYS: [(&str, &str); 2] = [
    ("access_key", "NCP-BINDING-ACCESS-0001"),
    ("secret_key", "NCP-BINDING-SECRET-abcdef012345"),
];

fn accounts() -> (Accounts, Arc<MemorySettingsStore>, Arc<MemorySecretStore>) {
    let settings = Arc::new(MemorySettingsStore::default());
    let secrets = Arc::new(MemorySecretStore::default());
    (
        Accounts::new(settings.clone(), secrets.clone()),
        settings,
        secrets,
    )
}

fn naver(endpoint: Option<&str>) -> serde_json::Value {
    let mut form = json!({"name": "NAVER – studio", "region_code": "KR"});
    if let Some(endpoint) = endpoint {
        form["endpoint"] = json!(endpoint);
    }
    for (field, value) in KEYS {
        form[field] = json!(value);
    }
    form
}

/// What an older version saved: the keys alone, without where they were entered.
fn unbound_keys() -> Secrets {
    let mut keys = Secrets::default();
    for (field, value) in KEYS {
        keys.insert(field, value.into());
    }
    keys
}

/// Points the account somewhere else in the settings store, as an edited settings file would.
fn edit_behind_the_back(settings: &MemorySettingsStore, endpoint: &str) {
    let mut list = settings.get("accounts").unwrap();
    list[0]["settings"]["endpoint"] = json!(endpoint);
    settings.set("accounts", list).unwrap();
}

#[test]
fn keys_are_saved_with_their_place_and_refused_anywhere_else() {
    let (accounts, settings, secrets) = accounts();
    let created = accounts
        .create(Vendor::Naver, naver(Some("http://127.0.0.1:4100")))
        .unwrap();
    let raw = secrets.raw(&created.id).unwrap();
    assert!(
        raw.contains("\"$bound_to\":\"http://127.0.0.1:4100\""),
        "{raw}"
    );
    assert!(accounts.credentials(&created.id).is_ok());

    edit_behind_the_back(&settings, "http://127.0.0.1:4101");
    let error = accounts.credentials(&created.id).unwrap_err();
    assert_eq!(error.code(), "keychain.bound_elsewhere");
    let said = error.to_string();
    assert!(
        said.contains("Nothing was sent")
            && said.contains("127.0.0.1:4100")
            && said.contains("127.0.0.1:4101"),
        "{said}"
    );
    assert!(error.hint().unwrap().contains("enter its keys again"));

    // Entering the keys again for the new place binds them there.
    let keys: serde_json::Value = KEYS
        .iter()
        .map(|(f, v)| (f.to_string(), json!(v)))
        .collect::<serde_json::Map<_, _>>()
        .into();
    accounts.update(&created.id, keys).unwrap();
    assert!(accounts.credentials(&created.id).is_ok());
    assert!(secrets
        .raw(&created.id)
        .unwrap()
        .contains("http://127.0.0.1:4101"));
}

#[test]
fn the_vendors_own_domain_is_one_place() {
    let (accounts, _, secrets) = accounts();
    let created = accounts.create(Vendor::Naver, naver(None)).unwrap();
    assert!(secrets
        .raw(&created.id)
        .unwrap()
        .contains("\"$bound_to\":\"*.ntruss.com\""));
    // Another address of NAVER's needs no keys; one outside it does, each named.
    accounts
        .update(
            &created.id,
            json!({"region_code": "KR", "endpoint": "https://other.apigw.ntruss.com"}),
        )
        .unwrap();
    assert!(accounts.credentials(&created.id).is_ok());
    let error = accounts
        .update(
            &created.id,
            json!({"region_code": "KR", "endpoint": "https://live.example.com"}),
        )
        .unwrap_err();
    let fields: Vec<String> = error.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["access_key", "secret_key"], "{error}");
    assert!(error.to_string().contains("enter it again"), "{error}");
    assert_eq!(
        accounts.get(&created.id).unwrap().settings.endpoint(),
        "https://other.apigw.ntruss.com"
    );
}

#[test]
fn keys_of_an_older_version_are_bound_at_first_use_only_on_the_vendors_domain() {
    let (accounts, _, secrets) = accounts();
    let own = accounts.create(Vendor::Naver, naver(None)).unwrap();
    secrets.save(&own.id, &unbound_keys()).unwrap();
    assert!(!secrets.raw(&own.id).unwrap().contains("$bound_to"));
    assert!(accounts.credentials(&own.id).is_ok());
    assert!(secrets
        .raw(&own.id)
        .unwrap()
        .contains("\"$bound_to\":\"*.ntruss.com\""));

    let (accounts, _, secrets) = self::accounts();
    let local = accounts
        .create(Vendor::Naver, naver(Some("http://127.0.0.1:4100")))
        .unwrap();
    secrets.save(&local.id, &unbound_keys()).unwrap();
    let error = accounts.credentials(&local.id).unwrap_err();
    assert_eq!(error.code(), "keychain.bound_elsewhere");
    assert!(error.to_string().contains("older Livedesk"), "{error}");
    // A rename alone still saves; the keys stay refused until entered again.
    accounts
        .update(&local.id, json!({"name": "NAVER – renamed"}))
        .unwrap();
    assert!(accounts.credentials(&local.id).is_err());
}
