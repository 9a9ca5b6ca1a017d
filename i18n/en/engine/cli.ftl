# What livedesk-cli prints (livedesk-cli/src). Ids: cli-…
# The program's name ("livedesk-cli: ") is put before an error by the code, not here.

## accounts.rs
cli-no-data-dir = cannot tell where Livedesk keeps its data; pass --data-dir
cli-not-private = could not make { $folder } private: { $problem }
cli-unknown-vendor = --vendor: “{ $vendor }” is not one of huawei, naver, blendvision, alibaba
cli-set-expected-pair = --set { $pair }: expected FIELD=VALUE
cli-set-secret = --set { $field }: secrets are read from stdin, never from the command line
cli-secrets-not-json = stdin: expected a JSON object of secret fields, e.g. {"{"}"access_key": "…"{"}"}
cli-prompt = { $field }:
cli-prompt-keep = { $field } (Enter to keep):
cli-prompt-optional = { $field } (optional, Enter to skip):
cli-account-saved = Saved { $name } ({ $endpoint })
cli-settings-set-aside = the settings file was damaged; it was set aside as { $backup } and Livedesk starts fresh (keys stay in the keychain).
cli-no-accounts = No accounts yet.
cli-secret-set = set
cli-practice = practice
cli-account-added = Added { $name } ({ $id })
cli-practice-exist = Every vendor already has a practice account.
cli-no-such-account = no account named or with id “{ $account }”
cli-remove-needs-yes = removing needs --yes when not run from a terminal
cli-remove-confirm = Delete “{ $name }” and its keys from the keychain? [y/N]
cli-kept = Kept.
cli-account-removed = Removed { $name }
cli-settings-file = settings file: { $problem }

## history.rs
cli-history-set-aside = the history was damaged ({ $reason }); set aside as { $backup }.
cli-no-such-account-option = --account: no account named or with id “{ $account }”
cli-no-calls = No calls recorded yet.
cli-outcome-ok = ok
cli-outcome-vendor-error = vendor error
cli-outcome-failed = failed
cli-outcome-rejected = rejected
cli-outcome-sending = sending
cli-outcome-unknown = outcome unknown

## call.rs
cli-vendor-code = Vendor code: { $code }
cli-request-id = Request id: { $id }
cli-input-not-json = --input: not valid JSON ({ $problem })
cli-call-history-set-aside = the call history was damaged ({ $reason }); it was set aside as { $backup } and a new one started.
cli-call-history-unavailable = the call history is not available ({ $problem }); this call will not be recorded.
cli-sandbox-failed = the practice sandbox could not start: { $problem }
cli-review-warning = Warning: { $warning }
cli-review-refused = This would be refused; nothing would be sent:
cli-review-effects = What sending does:
cli-review-changes = Changes compared with the current settings:
cli-review-no-changes = none
cli-review-technical = Technical details:
cli-review-curl = As curl:

## sandbox.rs
cli-sandbox-listening = Livedesk vendor sandbox listening on { $url }
    Use it as the endpoint of every vendor below (Ctrl-C stops it).
cli-sandbox-control = Control (loopback only): { $addresses }
cli-no-runtime = cannot start the async runtime: { $problem }
