//! Why the keychain failed, by cause, and what the producer can do about it on their system.
//!
//! `keyring` folds many causes into two kinds (`PlatformFailure`, `NoStorageAccess`); a
//! producer needs the cause: a Linux desktop with no Secret Service needs a package installed,
//! a locked one needs unlocking, and telling one to do the other cannot work. On Linux the
//! cause is in the Secret Service error under `keyring`'s, down to the D-Bus error name.

/// What Livedesk was doing with the keychain, so the message can say what did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeychainStep {
    Save,
    Read,
    Delete,
}

impl KeychainStep {
    pub(crate) fn outcome(self) -> String {
        livedesk_i18n::t!(match self {
            KeychainStep::Save => "accounts-keychain-nothing-saved",
            KeychainStep::Read => "accounts-keychain-nothing-sent",
            KeychainStep::Delete => "accounts-keychain-nothing-deleted",
        })
    }
}

/// The cause of a keychain failure, as far as the producer can act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeychainTrouble {
    /// The desktop runs, but no keychain service answers (no Secret Service on D-Bus).
    NoService,
    Locked,
    /// The keychain or the producer refused Livedesk (a dismissed prompt, a policy).
    Denied,
    /// No keychain can be reached from this session at all (no D-Bus session bus).
    Unavailable,
    /// Anything else: the keychain answered with an error of its own.
    Other,
}

/// Classifies a `keyring` error; `NoEntry` and the like are `Other` (callers handle them first).
pub fn trouble_of(error: &keyring::Error) -> KeychainTrouble {
    let (keyring::Error::PlatformFailure(inner) | keyring::Error::NoStorageAccess(inner)) = error
    else {
        return KeychainTrouble::Other;
    };
    #[cfg(target_os = "linux")]
    if let Some(secret_service) = inner.downcast_ref::<dbus_secret_service::Error>() {
        return secret_service_trouble(secret_service);
    }
    let text = inner.to_string().to_lowercase();
    if text.contains("cancel") || text.contains("denied") || text.contains("not allowed") {
        KeychainTrouble::Denied
    } else if text.contains("locked") {
        KeychainTrouble::Locked
    } else if matches!(error, keyring::Error::NoStorageAccess(_)) {
        // macOS: no (valid) default keychain; Windows: no logon session to store for.
        KeychainTrouble::NoService
    } else {
        KeychainTrouble::Other
    }
}

#[cfg(target_os = "linux")]
fn secret_service_trouble(error: &dbus_secret_service::Error) -> KeychainTrouble {
    use dbus_secret_service::Error;
    match error {
        Error::Locked => KeychainTrouble::Locked,
        Error::Prompt => KeychainTrouble::Denied,
        // No default collection: the service runs but has no keyring to store in.
        Error::NoResult => KeychainTrouble::NoService,
        Error::Unavailable => KeychainTrouble::Unavailable,
        Error::Dbus(e) => dbus_trouble(e.name().unwrap_or_default()),
        _ => KeychainTrouble::Other,
    }
}

/// By the D-Bus error name (<https://dbus.freedesktop.org/doc/dbus-specification.html>).
#[cfg(target_os = "linux")]
fn dbus_trouble(name: &str) -> KeychainTrouble {
    match name.rsplit('.').next().unwrap_or_default() {
        // The bus is there, nobody owns or can start `org.freedesktop.secrets`.
        "ServiceUnknown" | "NameHasNoOwner" | "UnknownMethod" | "UnknownObject"
        | "UnknownInterface" => KeychainTrouble::NoService,
        "AccessDenied" | "AuthFailed" | "InteractiveAuthorizationRequired" => {
            KeychainTrouble::Denied
        }
        "IsLocked" => KeychainTrouble::Locked,
        // No session bus to talk to (started over SSH, in a bare X session, as another user).
        "NoServer" | "FileNotFound" | "NotSupported" | "Disconnected" | "NoNetwork"
        | "BadAddress" | "Spawn" | "NoReply" | "Timeout" | "TimedOut" => {
            KeychainTrouble::Unavailable
        }
        _ => KeychainTrouble::Other,
    }
}

pub(crate) fn headline(trouble: KeychainTrouble) -> String {
    livedesk_i18n::t!(match trouble {
        KeychainTrouble::NoService => "accounts-keychain-no-service",
        KeychainTrouble::Locked => "accounts-keychain-locked",
        KeychainTrouble::Denied => "accounts-keychain-denied",
        KeychainTrouble::Unavailable => "accounts-keychain-unavailable",
        KeychainTrouble::Other => "accounts-keychain-other",
    })
}

/// The desktop whose keychain the hints name: the catalog words each hint by it.
const PLATFORM: &str = if cfg!(target_os = "macos") {
    "macos"
} else if cfg!(target_os = "windows") {
    "windows"
} else {
    "linux"
};

/// What the producer can do about `trouble`, on this desktop.
pub(crate) fn what_to_do(trouble: KeychainTrouble) -> String {
    let id = match trouble {
        KeychainTrouble::NoService => "accounts-keychain-fix-no-service",
        KeychainTrouble::Locked => "accounts-keychain-fix-locked",
        KeychainTrouble::Denied => "accounts-keychain-fix-denied",
        KeychainTrouble::Unavailable => "accounts-keychain-fix-unavailable",
        KeychainTrouble::Other => "accounts-keychain-fix-other",
    };
    livedesk_i18n::t!(id, platform = PLATFORM)
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn dbus(name: &str) -> keyring::Error {
        let error = dbus::Error::new_custom(name, "as the bus said it");
        keyring::Error::PlatformFailure(Box::new(dbus_secret_service::Error::Dbus(error)))
    }

    fn no_access(error: dbus_secret_service::Error) -> keyring::Error {
        keyring::Error::NoStorageAccess(Box::new(error))
    }

    #[test]
    fn each_cause_is_told_apart() {
        use dbus_secret_service::Error;
        let cases = [
            (
                dbus("org.freedesktop.DBus.Error.ServiceUnknown"),
                KeychainTrouble::NoService,
            ),
            (
                dbus("org.freedesktop.DBus.Error.NameHasNoOwner"),
                KeychainTrouble::NoService,
            ),
            (no_access(Error::NoResult), KeychainTrouble::NoService),
            (no_access(Error::Locked), KeychainTrouble::Locked),
            (no_access(Error::Prompt), KeychainTrouble::Denied),
            (
                dbus("org.freedesktop.DBus.Error.AccessDenied"),
                KeychainTrouble::Denied,
            ),
            (
                dbus("org.freedesktop.DBus.Error.NoServer"),
                KeychainTrouble::Unavailable,
            ),
            (
                dbus("org.freedesktop.DBus.Error.FileNotFound"),
                KeychainTrouble::Unavailable,
            ),
            (dbus("org.example.Weird"), KeychainTrouble::Other),
            (keyring::Error::NoEntry, KeychainTrouble::Other),
        ];
        for (error, expected) in cases {
            assert_eq!(trouble_of(&error), expected, "{error:?}");
        }
    }

    #[test]
    fn each_cause_has_its_own_code_and_says_what_did_not_happen_and_what_to_do() {
        use crate::accounts::AccountError;
        use crate::error::UserFacing;
        let troubles = [
            KeychainTrouble::NoService,
            KeychainTrouble::Locked,
            KeychainTrouble::Denied,
            KeychainTrouble::Unavailable,
            KeychainTrouble::Other,
        ];
        let mut codes = std::collections::BTreeSet::new();
        for trouble in troubles {
            let saving = AccountError::keychain(trouble, KeychainStep::Save);
            assert!(
                saving.to_string().ends_with("Nothing was saved."),
                "{saving}"
            );
            let deleting = AccountError::keychain(trouble, KeychainStep::Delete);
            assert!(deleting.to_string().ends_with("Nothing was deleted."));
            assert!(codes.insert(saving.code()), "{trouble:?} shares a code");
            assert!(saving
                .hint()
                .is_some_and(|h| h.contains("try again") || h.contains("again")));
        }
        let none = AccountError::keychain(KeychainTrouble::NoService, KeychainStep::Save);
        let hint = none.hint().unwrap();
        assert!(
            hint.contains("gnome-keyring") && hint.contains("KeePassXC"),
            "{hint}"
        );
        assert!(!hint.to_lowercase().contains("unlock"), "{hint}");
        let locked = AccountError::keychain(KeychainTrouble::Locked, KeychainStep::Save);
        assert!(locked.hint().unwrap().contains("Unlock"));
    }

    #[test]
    fn each_cause_is_told_in_the_producers_language_with_this_desktops_steps() {
        use crate::accounts::AccountError;
        use crate::error::UserFacing;
        use livedesk_i18n::{tr_in, Lang};
        let _korean = livedesk_i18n::scoped(Lang::Ko);
        let locked = AccountError::keychain(KeychainTrouble::Locked, KeychainStep::Save);
        assert_eq!(
            locked.to_string(),
            format!(
                "{} {}",
                tr_in(Lang::Ko, "accounts-keychain-locked", &[]),
                tr_in(Lang::Ko, "accounts-keychain-nothing-saved", &[])
            )
        );
        let hint = locked.hint().unwrap();
        // Linux's steps (Seahorse), in Korean; not the macOS or Windows ones.
        assert!(hint.contains("Seahorse") && hint.contains("잠금"), "{hint}");
        assert!(
            !hint.contains("Unlock") && !hint.contains("Windows"),
            "{hint}"
        );
    }
}
