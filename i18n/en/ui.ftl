# Livedesk UI, English (the reference catalog). Ids are the UI keys with "." written "-".

## Accounts, forms, operations
app-tagline = Change your live channels safely, on every streaming service you use.
accounts-heading = Accounts
accounts-add = Add account
accounts-addPractice = Add practice accounts
accounts-empty = No accounts yet. Add the login of a streaming vendor to start changing channel settings.
accounts-pickVendor = Which service is this login for?
accounts-practice = Practice — built-in sandbox
accounts-edit = Edit
accounts-delete = Delete
accounts-secretSet = set
accounts-new = New { $vendor } account
accounts-editTitle = Edit “{ $name }”
accounts-secretNote = Keys are stored only in your computer's keychain and are never shown again.
accounts-save = Save account
accounts-saving = Saving…
accounts-keepHint = Set — type to replace
accounts-keepHintLast4 = Set (…{ $last4 }) — type to replace
accounts-confirmDelete = Delete “{ $name }”?
accounts-confirmDeletePractice = This practice account will be removed. You can add practice accounts again at any time.
accounts-confirmDeleteReal = Its settings are removed and its keys are deleted from your keychain. This cannot be undone.
accounts-deleteYes = Delete “{ $name }”
accounts-deleteNo = Keep it
check-button = Check connection
check-domain = Ingest domain to look up (optional)
check-run = Check
check-again = Check again
check-running = Checking…
check-vendorCode = Vendor code: { $code }
common-cancel = Cancel
common-optional = Optional
common-notSet = — not set —
common-choose = — choose —
common-remove = Remove
common-addEntry = Add { $item }
common-atMost = (at most { $count })
common-cannotChange = (cannot be changed)
accounts-changeSettings = Change settings
ops-back = ← Accounts
ops-for = Account: { $name }
ops-pick = What do you want to change?
ops-lookUp = Look up current settings:
ops-fetch = Look up
ops-review = Review
ops-send = Send
ops-sending = Sending…
ops-reviewHeading = What sending will do
ops-signing = Signing
ops-copyCurl = Copy as curl
ops-copied = Copied
ops-curlHeading = As a curl command (secrets as placeholders)
ops-resultHeading = Done
ops-requestId = Vendor request id: { $id }
ops-vendorCode = Vendor code: { $code }
ops-retryIn = You can send it again in { $seconds } s.
ops-noOps = There are no operations for this vendor yet.
ops-loadCurrent = Load current settings
ops-loading = Loading…
ops-keysFirst = Fill in { $fields } first.
ops-currentLoaded = Current settings loaded
ops-diffHeading = What will change
ops-noChange = Nothing changes compared with the settings loaded.
ops-cleared = will be cleared
ops-undoing = Undo of history entry #{ $id }: this puts back the settings read before that change.
ops-stale = These settings were changed by someone else since you loaded them. Load the current settings again, or send anyway to overwrite them.
ops-sendAnyway = Send anyway

## Review and result (issue #16: effects, refusals, technical details)
review-technical = Technical details
review-nothingSent = Nothing will be sent while this holds.
review-refusal-channelNotPublishing = The channel is not receiving a stream
review-refusal-notRecording = This stream is not recording
review-refusal-streamNotPushed = This stream is not being pushed
review-refusal-tooSoon = Too soon after stopping
picker-choose = Choose { $field } from the account
picker-none = — none found —
picker-failed = The list could not be read.
history-button = History
history-heading = History
history-empty = No calls yet.
history-search = Search
history-searchPlaceholder = Text in the summary, operation, account or request id
history-allAccounts = All accounts
history-retention = Keep
history-maxEntries = at most this many calls
history-maxAge = for this many days
history-saveRetention = Save
history-removed =
    { $count ->
        [one] { $count } older call removed.
       *[other] { $count } older calls removed.
    }
history-sendAgain = Send again
history-undo = Undo
history-undone = undone by #{ $id }
history-undoOf = undo of #{ $id }
history-outcomeSending = being sent
history-outcomeUnknown = outcome unknown (Livedesk closed before the answer)

## Keys bound to where they were entered (security)
accounts-movedNote = You changed the address. Livedesk sends keys only where they were entered: unless the new address is the vendor's own, enter the keys again too.
error-unexpectedHint = Try again; if it keeps happening, restart Livedesk.

## Flow: the form's errors, fresh state after a send, History in plain words (#16, #17).
form-needAttention =
    { $count ->
        [one] { $count } field needs attention:
       *[other] { $count } fields need attention:
    }
form-atMostChars =
    { $count ->
        [one] { $count } character at most.
       *[other] { $count } characters at most.
    }
ops-sentNote = Sent. Change something to send again.
ops-errorDetails = Technical details
ops-refreshed = The form now shows the settings as they are after this change.
ops-outdatedLoaded = The current settings shown are for another { $fields }: load them again.
history-outcomeOk = done
history-outcomeVendorError = refused by the vendor
history-outcomeFailed = failed
history-outcomeRejected = not sent
history-errorHint = What to do: { $hint }
history-undoBlockedRead = Nothing to undo: a look-up changes nothing.
history-undoBlockedNotApplied = Nothing to undo: this call changed nothing.
history-undoBlockedSending = Undo is possible once the answer has arrived.
history-undoBlockedNothingRead = Cannot undo: the settings before this change could not be read.
history-undoBlockedUndone = Already undone (#{ $id }).
history-sendAgainHelp = Opens the form filled in as it was sent; you review it before anything is sent.

## --- desktop manners (issue 17) ---
app-operationsHeading = Change settings of { $name }

## Language menu (issue 18)
language-label = Language

## Language switch: what the engine wrote is asked for again (issue 18, part 2)
ops-answerInHistory = The answer to this send was shown in the language used before; History keeps it.
# The checkbox that gives an optional group of fields a value (read by screen readers).
form-setGroup = Set { $field }

## Examples and names shown as they are (on i18n/allow-identical.txt)
app-name = Livedesk
check-domainExample = push.example.com

## --- date-time picker (issue 17): shown in the computer's time zone, sent in UTC ---
form-dateTimeZone = Your time zone: { $zone }, UTC{ $offset }
form-dateTimeClear = Clear
