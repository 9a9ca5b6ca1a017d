# Accounts: errors, keychain messages and names (livedesk-core/src/accounts). Ids: accounts-…

## form.rs
accounts-vendor-huawei = Huawei Cloud Live
accounts-vendor-naver = NAVER Cloud Live Station
accounts-vendor-blendvision = BlendVision One
accounts-vendor-alibaba = Alibaba Cloud ApsaraVideo Live

## sandbox.rs
accounts-sandbox-name = Sandbox – { $service }

## service.rs
accounts-practice-name = { $name } (practice)

## error.rs
accounts-duplicate-name = There is already an account named “{ $name }”.
accounts-not-found = No account with id { $id } exists any more.
accounts-keychain-failed = { $what } { $outcome }
accounts-secrets-missing = The keychain has no keys stored for the account “{ $account }”.
accounts-keychain-entry-damaged = The keys stored in the keychain for this account are damaged.
accounts-settings-write = Livedesk could not save its settings file: { $problem }
accounts-form-not-accepted = The form was not accepted.
accounts-form-problems = { $count ->
    [one] { $first } (and { $count } more problem)
   *[other] { $first } (and { $count } more problems)
}
accounts-keys-entered-elsewhere = Nothing was sent: the keys of “{ $account }” were entered for { $place }, but the account now points at { $now }. Livedesk sends keys only where they were entered.
accounts-keys-place-unknown = Nothing was sent: the account “{ $account }” now points at { $now }, and its keys were saved by an older Livedesk that did not note where they were entered for.
accounts-hint-correct-field = Correct “{ $field }” and save again.
accounts-hint-correct-fields = Correct the { $count } marked fields and save again.
accounts-hint-correct-the-field = Correct the field and save again.
accounts-hint-duplicate-name = Choose another name, for example add the studio or client.
accounts-hint-not-found = It may have been deleted in another window; reload the accounts list.
accounts-hint-enter-keys-again = Edit the account and enter its keys again; nothing else is lost.
accounts-hint-keys-elsewhere = If you moved the account on purpose, edit it and enter its keys again; otherwise put its address back.
accounts-hint-settings-write = Check that your disk is not full and that Livedesk's data folder is writable.

## error.rs, endpoint.rs, form.rs, secrets.rs, service.rs, settings.rs: a field at fault ($field is its id)
accounts-invalid-not-a-setting = { $field } is not a setting of this vendor.
accounts-invalid-required = { $field } is required.
accounts-invalid-invisible-character = { $field } contains a line break or another invisible character.
accounts-invalid-not-web-address = { $field } is not a web address (example: https://live.example.com).
accounts-invalid-no-host = { $field } has no host name.
accounts-invalid-plain-http = { $field } must start with https:// (plain http is only allowed for this computer, e.g. http://127.0.0.1).
accounts-invalid-not-https = { $field } must start with https://.
accounts-invalid-extra-parts = { $field } must be only the address of the service, without ?query, #fragment or user name.
accounts-invalid-not-object = { $field } must be an object of fields.
accounts-invalid-wrong-kind = { $field } have a value of the wrong kind.
accounts-invalid-custom-needs-endpoint = { $field } is required when the region is “custom”.
accounts-invalid-name-too-long = { $field } must be at most 80 characters.
accounts-invalid-practice-endpoint = { $field } of a practice account cannot change; add a real account instead.
accounts-invalid-practice-keys = { $field } of a practice account cannot change.
accounts-invalid-one-of = { $field } must be one of { $choices }.
accounts-invalid-project-id = { $field } must contain only letters and digits (32 characters in the console).

## service.rs
accounts-enter-key-again = { $field }: enter it again. The account's keys were entered for { $was } and it now points at { $now }; Livedesk sends keys only where they were entered.

## binding.rs
accounts-vendor-addresses = the vendor's own addresses (…{ $domain })

## keychain.rs
accounts-keychain-nothing-saved = Nothing was saved.
accounts-keychain-nothing-sent = Nothing was sent or changed.
accounts-keychain-nothing-deleted = Nothing was deleted.
accounts-keychain-no-service = There is no keychain service on this computer, so Livedesk cannot keep the keys safely.
accounts-keychain-locked = Your keychain is locked, so Livedesk could not use it.
accounts-keychain-denied = Livedesk was not allowed to use your keychain.
accounts-keychain-unavailable = No keychain can be reached from this desktop session, so Livedesk cannot keep the keys safely.
accounts-keychain-other = The keychain refused the request.
# $platform: macos, windows or linux (any other desktop with a Secret Service).
accounts-keychain-fix-no-service = { $platform ->
    [macos] Open Keychain Access: if there is no “login” keychain, choose Keychain Access → Settings → Reset Default Keychains. Then try again.
    [windows] Livedesk keeps keys in Windows Credential Manager, which needs you signed in to Windows with your own account. Sign in again (not through “Run as a different user”), then try again.
   *[other] Install a keychain service (a Secret Service): GNOME Keyring (package “gnome-keyring”) or KeePassXC with Settings → Secret Service Integration turned on. Log out and back in, then add the account again. Practice (Sandbox) accounts work without one.
}
accounts-keychain-fix-unavailable = { $platform ->
    [macos] Open Keychain Access: if there is no “login” keychain, choose Keychain Access → Settings → Reset Default Keychains. Then try again.
    [windows] Livedesk keeps keys in Windows Credential Manager, which needs you signed in to Windows with your own account. Sign in again (not through “Run as a different user”), then try again.
   *[other] Livedesk needs your desktop's session bus (D-Bus) and a Secret Service such as GNOME Keyring or KWallet. Start Livedesk from your desktop's app menu, not over SSH or as another user, then try again.
}
accounts-keychain-fix-locked = { $platform ->
    [macos] Open Keychain Access, select the “login” keychain and choose File → Unlock Keychain “login”, then try again.
    [windows] Sign out of Windows and back in with your own account, then try again.
   *[other] Unlock it: open “Passwords and Keys” (Seahorse), right-click the “Login” keyring and choose Unlock (or unlock your database in KeePassXC), then try again.
}
accounts-keychain-fix-denied = { $platform ->
    [macos] Try again and choose “Allow” or “Always Allow” when macOS asks for your password.
    [windows] Sign out of Windows and back in with your own account, then try again.
   *[other] Try again and allow Livedesk when your desktop asks (enter your keychain password). In KeePassXC, check Settings → Secret Service Integration.
}
accounts-keychain-fix-other = { $platform ->
    [macos] Try again; if it keeps failing, restart your Mac.
    [windows] Try again; if it keeps failing, restart your computer.
   *[other] Try again; if it keeps failing, log out and back in to restart your keychain service.
}
