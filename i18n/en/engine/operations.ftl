# The shared words of livedesk-operations: input problems, review sentences, values in words,
# lists, errors. The operations' own texts are in schema-<vendor>.ftl and <vendor>.ftl.

## validate.rs

operations-form-empty = The form is empty: fill in the required fields.
operations-the-form = The form
operations-must-be-group = { $title } must be a group of fields.
operations-must-be-list = { $title } must be a list.
operations-must-be-text = { $title } must be text.
operations-must-be-whole-number = { $title } must be a whole number.
operations-must-be-number = { $title } must be a number.
operations-must-be-on-off = { $title } must be on or off (true or false).
operations-required = { $title } is required.
operations-not-a-field = “{ $key }” is not a field of this form.
operations-condition = { $title } is { $values }
operations-or = { $left } or { $right }
operations-required-when = { $title } is required when { $condition }.
operations-only-used-when = { $title } is only used when { $condition }; leave it empty.
operations-label-on = on
operations-label-off = off
operations-min-entries = { $count ->
    [one] { $title } needs at least { $count } entry.
   *[other] { $title } needs at least { $count } entries.
}
operations-max-entries = { $count ->
    [one] { $title } can have at most { $count } entry (it has { $given }).
   *[other] { $title } can have at most { $count } entries (it has { $given }).
}
operations-entry-title = { $title } (entry { $n })
operations-entry-empty = { $title } is empty: fill it in or remove it.
operations-must-not-be-empty = { $title } must not be empty.
operations-min-chars = { $title } must be at least { $min } characters long.
operations-max-chars = { $title } must be at most { $max } characters long (it has { $given }).
operations-pattern-problem = { $title } { $hint }.
operations-pattern-other = is not in the expected form
operations-must-be-date-time = { $title } must be a date and time such as 2025-06-01T08:00:00Z.
operations-must-be-uri = { $title } must be a full address such as https://example.com/path.
operations-number-from-to = { $title } must be from { $min } to { $max } (not { $given }).
operations-number-at-least = { $title } must be at least { $min } (not { $given }).
operations-number-at-most = { $title } must be at most { $max } (not { $given }).
operations-must-be-one-of = { $title } must be one of { $choices }.
operations-quoted = “{ $label }”
# A list, one more item at a time.
operations-list-next = { $list }, { $next }
operations-and = { $list } and { $last }

## schema.rs (x-pattern-hint: what a field's pattern asks for)

operations-pattern-no-spaces = must not contain spaces
operations-pattern-country-code = must be a two-letter country code in capitals, such as TW or JP
operations-pattern-rtmp-url = must be an RTMP address starting with rtmp://
operations-pattern-rtmp-or-rtmps-url = must be an address starting with rtmp:// or rtmps://
operations-pattern-http-url = must be an address starting with http:// or https://
operations-pattern-seconds = must be a number of seconds followed by s, such as 3600s or 0.5s
operations-pattern-custom-id = may only contain letters, digits, dots, underscores and hyphens
operations-pattern-utc-seconds = must be a UTC time to the second, such as 2025-06-01T08:00:00Z

## diff.rs

operations-not-set = not set
operations-on = On
operations-off = Off
operations-entries = entries
operations-list-count = { $count } { $title }
operations-settings-count = { $count ->
    [one] { $count } setting
   *[other] { $count } settings
}

## review.rs

operations-state-unread = The current state could not be read ({ $problem }), so Review cannot say what is on air now.
operations-nothing-changes = Nothing changes: the form holds the settings loaded.
operations-will-be-cleared = { $label } will be cleared (now: { $old }).
operations-will-be = { $label } will be { $new } (now: { $old }).

## current.rs

operations-current-value-invalid = { $label }: { $problem } The current value cannot be sent back as it is; correct it before sending.
operations-fill-in-to-load = Fill in { $label } to load the current settings.
operations-offered-no-list = no list to pick from
operations-offered-no-pages = no pages to list
operations-offered-no-field-list = no list to pick this field from
operations-offered-no-current = no current state to load

## list.rs

operations-list-item-detail = “{ $name }” ({ $id }): { $detail }
operations-list-item = “{ $name }” ({ $id })

## request.rs

operations-signing-headers = the headers { $list }
operations-signing-query = the query parameters { $list }
operations-signing-note-none = When sending, Livedesk signs the request.
operations-signing-note = When sending, Livedesk adds { $parts }.
operations-input-unusable = The input could not be turned into a request.
operations-field-required = This field is required.
operations-account-no-project = missing: this operation needs the project id

## operation.rs

operations-value-unreadable = This value could not be read; check its type.
operations-accepted = { $provider } accepted the request.

## summary.rs

operations-clock-note-behind = { $count ->
    [one] Note: your computer's clock is { $count } minute behind { $provider }'s; turn on automatic time before it makes requests fail.
   *[other] Note: your computer's clock is { $count } minutes behind { $provider }'s; turn on automatic time before it makes requests fail.
}
operations-clock-note-ahead = { $count ->
    [one] Note: your computer's clock is { $count } minute ahead of { $provider }'s; turn on automatic time before it makes requests fail.
   *[other] Note: your computer's clock is { $count } minutes ahead of { $provider }'s; turn on automatic time before it makes requests fail.
}
# Two sentences one after the other (English puts a space between them).
operations-then = { $first } { $second }
operations-request-id-for-vendor = Request id for the vendor's support: { $id }.
operations-on-upper = ON
operations-off-upper = OFF

## account.rs, lib.rs

operations-account-other-vendor = this operation is for { $provider }, but the account is a { $other } account
operations-account-wrong-scheme = { $scheme } is not a { $provider } signing scheme
operations-account-wrong-credentials = the account holds { $held } credentials, not { $provider } ones
operations-account-no-project-region = missing: Huawei Cloud needs the project id of the region
operations-account-changed = the call was prepared for another account or other account settings; prepare it again

## error.rs

operations-unknown = operation: there is no operation “{ $id }”
operations-not-offered = operation: “{ $id }” has { $what }
operations-field-problem = { $field }: { $problem }
operations-field-problem-and-more = { $count ->
    [one] { $field }: { $problem } (and { $count } more problem)
   *[other] { $field }: { $problem } (and { $count } more problems)
}
operations-input-not-accepted = The input was not accepted.
operations-hint-report = This is a problem in Livedesk; please report it.
operations-hint-correct-fields = Correct the { $count } marked fields; nothing was sent.
operations-hint-correct-field = Correct the field; nothing was sent.
operations-hint-check-account = Check the account settings; nothing was sent.
operations-hint-wait = { $count ->
    [one] Wait { $count } more second and send it again; nothing was sent.
   *[other] Wait { $count } more seconds and send it again; nothing was sent.
}
operations-hint-refused = { $hint } Nothing was sent.
