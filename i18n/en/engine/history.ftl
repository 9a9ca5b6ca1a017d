# The words of livedesk-history: why the call history could not be used, and what to do.

## error.rs

history-unavailable = The call history at { $path } could not be opened: { $reason }
history-set-aside-failed = The call history at { $path } is damaged ({ $reason }) and could not be set aside: { $problem }
history-fresh-failed = the damaged file was set aside as { $backup }, but a new history could not be started: { $problem }
history-secret-in-entry = This call was not saved to the history: its { $field } contains one of the account's secrets
history-invalid-entry = This call was not saved to the history: { $field }: { $problem }
history-not-found = History entry #{ $id } does not exist
history-not-undoable = History entry #{ $id } cannot be undone: { $reason }
history-damaged = The call history is damaged: { $problem }
history-storage = The call history could not be read or written: { $problem }
history-hint-unavailable = Check that the folder { $folder } exists, can be written by you and that the disk is not full, and that no other copy of Livedesk is using it; then restart Livedesk. Calls still work, but they are not kept in the history until then.
history-hint-set-aside-failed = Move or rename { $path } yourself (keep it if you want its entries), check that its folder can be written, then restart Livedesk.
history-hint-secret-in-entry = The call itself was made; only its history entry was left out, so that no secret is ever written to disk. Please report this: a secret should have been masked.
history-hint-invalid-entry = The call itself was made; only its history entry was left out. Please report this.
history-hint-not-found = It may have been removed by the history's retention settings (how many entries, or how many days, are kept).
history-hint-not-undoable = Only a change that succeeded and whose earlier state was read before it was sent can be undone. You can still fill the form again by hand.
history-hint-damaged = Restart Livedesk: the damaged history will be set aside (renamed, not deleted) and a fresh one started.
history-hint-storage = Check that the disk is not full and that Livedesk's data folder can be written, then try again.

## store/open.rs

history-not-a-database = it is not a SQLite database
history-corrupt = SQLite reports it is corrupt ({ $problem })
history-wrong-layout = it does not have the layout Livedesk's history needs ({ $problem })
history-newer-version = it was written by a newer version of Livedesk (its schema is ahead of this one)
history-schema-not-updated = its schema could not be brought up to date ({ $problem })
history-integrity-problems = the integrity check found problems ({ $problems })
history-is-a-folder = it is a folder, not a file
history-read-only = the file is read-only

## store/queries.rs

history-must-not-be-empty = must not be empty
history-undo-of-missing = history entry #{ $id } does not exist
history-already-complete = history entry #{ $id } is already complete
history-undo-not-succeeded = the call did not succeed ({ $outcome }), so nothing was changed
history-undo-already = it was already undone by entry #{ $id } (use “Send again” on that entry to repeat it)
history-undo-no-state = the state before this change was not read, so there is nothing to go back to
