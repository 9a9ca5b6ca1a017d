// Generated from src-tauri/crates/livedesk-core (commands.rs, api.rs). Do not edit by hand:
// run `LIVEDESK_UPDATE_BINDINGS=1 cargo test -p livedesk-core --test core bindings`.
import { invoke } from "@tauri-apps/api/core";

export type AccountForm = { vendor: Vendor, title: string, 
/**
 * JSON Schema (draft 2020-12) of the form; `x-order` gives the field order.
 */
schema: FormSchema, };

export type AccountSettings = { "vendor": "huawei" } & HuaweiSettings | { "vendor": "naver" } & NaverSettings | { "vendor": "blendvision" } & BlendvisionSettings | { "vendor": "alibaba" } & AlibabaSettings;

export type AccountSummary = { id: string, name: string, vendor: Vendor, vendor_title: string, region: string, 
/**
 * Where calls go.
 */
endpoint: string, 
/**
 * A practice account pointing at the built-in sandbox.
 */
sandbox: boolean, 
/**
 * The non-secret settings, to prefill the edit form.
 */
settings: AccountSettings, secrets: Array<SecretStatus>, };

export type AlibabaSettings = { 
/**
 * Region
 *
 * The Alibaba Cloud region of your production studios (casters).
 */
region_id: string, 
/**
 * Signature
 *
 * Leave on V3 unless your company's tools require the older RPC signature.
 */
signature: AlibabaSignature, 
/**
 * Custom endpoint
 *
 * Leave empty to use https://live.aliyuncs.com.
 */
endpoint: string | null, };

export type AlibabaSignature = "v3" | "rpc";

export type ApiError = { 
/**
 * One of Livedesk's own codes (`area.what`, e.g. `keychain.locked`), never a vendor's:
 * a vendor's own code travels as text in `vendor_code`, and `code` says what kind of
 * vendor error it was (`vendor.wrong_key`, ...).
 */
code: ErrorCode, 
/**
 * What happened, in plain words.
 */
message: string, 
/**
 * What to do next, when there is something the producer can do.
 */
hint: string | null, 
/**
 * The form field at fault, so the UI can show the message next to it.
 */
field?: string, 
/**
 * Every field at fault when a form had several problems (dotted paths, `a.b.0`).
 */
problems?: Array<FieldIssue>, 
/**
 * The vendor's own error code, kept as the vendor sent it.
 */
vendor_code?: string, 
/**
 * The vendor's request id, for its support.
 */
request_id?: string, 
/**
 * When the same call can be sent again (e.g. Huawei's 10 s after a recording STOP).
 */
retry_after_seconds?: number, };

export type AppInfo = { 
/**
 * The language the engine speaks: the window's choice, else the system's.
 */
language: Lang, name: string, version: string, 
/**
 * Problems found at start (a damaged settings file set aside, no keychain, …).
 */
notices: Array<ApiError>, 
/**
 * Set only when the performance benchmark started this window.
 */
benchmark: BenchmarkRun | null, };

export type BenchmarkRun = { 
/**
 * 0: only report when the first screen has painted. Otherwise open every form, then send
 * this many calls with a practice account, reporting paint and Send → answer times.
 */
workload_calls: number, };

export type BlendvisionSettings = { 
/**
 * Organization ID
 *
 * Where do I find it? BlendVision One console → Settings → Organization: the
 * organization ID shown there.
 */
org_id: string, 
/**
 * Custom endpoint
 *
 * Leave empty to use https://api.one.blendvision.com.
 */
endpoint: string | null, };

export type CallOutcome = "ok" | "vendor_error" | "failed" | "rejected" | "sending" | "unknown";

export type CallResult = { operation: string, status: number, request_id: string | null, 
/**
 * Plain-language lines, most important first.
 */
summary: Array<string>, 
/**
 * The vendor's answer as it came, for "show raw JSON".
 */
raw: JsonValue, 
/**
 * The settings the call cleared: the list Review gave before sending.
 */
cleared: Array<string>, };

export type CallReview = { operation: string, method: string, url: string, headers: Array<[string, string]>, body: string | null, 
/**
 * What signing will add, in one sentence.
 */
signing: string, curl: string, warning: string | null, 
/**
 * In the producer's words, from the state read just before: the target, what will be
 * true after sending, what the vendor will refuse (then Send is not offered) and what
 * the send clears. Empty for reads.
 */
facts: ReviewFacts, };

export type Condition = { field: string, in: Array<JsonValue>, };

export type ConnectionCheck = { message: string, hint: string | null, 
/**
 * The vendor's own error code, when it sent one.
 */
vendor_code: string | null, request_id: string | null, } & ({ "outcome": "works" } | { "outcome": "wrong_key" } | { "outcome": "clock_off", minutes: number | null, } | { "outcome": "no_permission" } | { "outcome": "unreachable" } | { "outcome": "other" });

export type CurrentSettings = { input: Record<string, unknown>, summary: Array<string>, 
/**
 * What the form cannot carry over, in plain words.
 */
notes: Array<string>, };

export type ErrorCode = "signing.unknown_scheme" | "signing.missing_field" | "signing.invalid_field" | "signing.invalid_timestamp" | "signing.invalid_url" | "signing.conflicts_with_credentials" | "signing.wrong_credentials" | "endpoint.invalid" | "endpoint.not_https" | "http.invalid_request" | "http.client_setup" | "http.timeout" | "http.unreachable" | "http.connection_lost" | "http.truncated" | "http.too_large" | "http.bad_response" | "check.settings" | "vendor.wrong_key" | "vendor.clock_off" | "vendor.no_permission" | "vendor.not_found" | "vendor.precondition_failed" | "vendor.invalid_input" | "vendor.rate_limited" | "vendor.server_error" | "vendor.other" | "operation.unknown" | "operation.not_offered" | "operation.too_soon" | "operation.refused" | "input.invalid" | "call.in_flight" | "call.changed_since_loaded" | "account.invalid" | "account.duplicate_name" | "account.not_found" | "keychain.unavailable" | "keychain.no_service" | "keychain.locked" | "keychain.denied" | "keychain.missing" | "keychain.damaged" | "keychain.error" | "keychain.bound_elsewhere" | "settings.write_failed" | "settings.damaged" | "settings.unreadable" | "settings.unavailable" | "history.unavailable" | "history.set_aside_failed" | "history.secret_in_entry" | "history.invalid_entry" | "history.not_found" | "history.not_undoable" | "history.damaged" | "history.storage" | "history.outcome_unknown" | "sandbox.unavailable" | "internal" | "ui.unexpected";

export type FieldChange = { field: string, 
/**
 * The form's titles along the way, e.g. "Security › Watermark › Size".
 */
label: string, old: unknown, new: unknown, 
/**
 * Before in the form's words (choice labels, On/Off, "not set", "2 recording formats").
 */
old_text: string, 
/**
 * After in the form's words.
 */
new_text: string, 
/**
 * A value present now would be cleared by sending (Alibaba replaces the whole config).
 */
cleared: boolean, };

export type FieldIssue = { field: string, message: string, };

export type FieldPicker = { field: string, 
/**
 * The fields that must be filled before this list can be read.
 */
needs: Array<string>, };

export type FirstScreen = { info: AppInfo, accounts: Array<AccountSummary>, };

export type FormSchema = { type?: SchemaType, title?: string, description?: string, default?: JsonValue, minLength?: number, maxLength?: number, pattern?: string, minimum?: number, maximum?: number, minItems?: number, maxItems?: number, 
/**
 * `date-time`, `uri`, `password` …
 */
format?: string, 
/**
 * A secret: never shown again once saved.
 */
writeOnly?: boolean, readOnly?: boolean, 
/**
 * Cannot change once created.
 */
"x-immutable"?: boolean, enum?: Array<JsonValue>, 
/**
 * Choices (`const` and `title` each), or alternatives.
 */
oneOf?: Array<FormSchema>, anyOf?: Array<FormSchema>, const?: JsonValue, properties?: { [key in string]: FormSchema }, required?: Array<string>, items?: FormSchema, 
/**
 * The properties in display order.
 */
"x-order"?: Array<string>, 
/**
 * Shown (and sent) only while a sibling field has one of these values.
 */
"x-only-when"?: Condition, 
/**
 * Required while a sibling field has one of these values.
 */
"x-required-when"?: Condition, 
/**
 * A group switched on by one checkbox: the boolean of that name among the group's own
 * fields or, when it has none, beside the group. The form shows that one checkbox (with
 * the group's title) and the group's fields only while it is on.
 */
"x-switch"?: string, };

export type HistoryDetail = { item: HistoryItem, request: unknown, input: unknown, response: unknown, state_before: unknown, };

export type HistoryItem = { id: number, 
/**
 * Unix time in milliseconds.
 */
at: number, account_id: string, account_name: string, operation: string, 
/**
 * The operation's title, as its form shows it (the id when this version does not know it).
 */
title: string, 
/**
 * ok | vendor_error | failed | rejected | sending | unknown ("unknown": it was being
 * sent when Livedesk closed, so it may or may not have been applied)
 */
outcome: CallOutcome, summary: Array<string>, 
/**
 * The code the call failed with (history keeps it as text; a code this version does
 * not know is left out).
 */
error_code: ErrorCode | null, request_id: string | null, undo_of: number | null, undone_by: number | null, can_undo: boolean, 
/**
 * Why "Undo" is not offered, when it is not.
 */
undo_blocked: UndoBlocked | null, 
/**
 * What went wrong and what to do, in plain words, when the call did not succeed: in the
 * language the engine speaks now, the vendor's own message quoted as it wrote it.
 */
error_message: string | null, error_hint: string | null, };

export type HuaweiSettings = { 
/**
 * Region
 *
 * The Huawei Cloud region of your Live domains. Pick "custom" to type an endpoint yourself.
 */
region: string, 
/**
 * Project ID
 *
 * Where do I find it? Huawei Cloud console → your name (top right) → My Credentials →
 * API Credentials: the project ID of the region above.
 */
project_id: string, 
/**
 * Custom endpoint
 *
 * Only when your region is not listed or you use a private endpoint, e.g.
 * https://live.cn-north-4.myhuaweicloud.com. Leave empty otherwise.
 */
endpoint: string | null, };

export type JsonValue = null | boolean | number | string | Array<JsonValue> | { [key in string]?: JsonValue };

export type Lang = "en" | "zh-Hans" | "zh-Hant" | "ko" | "ja";

export type NaverSettings = { 
/**
 * Region
 *
 * The Live Station region code sent with every call (KR for Korea).
 */
region_code: string, 
/**
 * Custom endpoint
 *
 * Leave empty to use https://livestation.apigw.ntruss.com.
 */
endpoint: string | null, };

export type OperationKind = "read" | "write";

export type OperationSummary = { id: string, vendor: Vendor, title: string, 
/**
 * "write" changes settings; "read" only looks them up.
 */
kind: OperationKind, 
/**
 * Every field that can be picked from a list, with the fields each needs filled first
 * (Huawei: domain, then app, then stream).
 */
pickers: Array<FieldPicker>, 
/**
 * For writes whose current settings can be loaded: the fields that identify them.
 */
current_keys: Array<string> | null, help: string, 
/**
 * Shown prominently before sending (e.g. "replaces the whole configuration").
 */
warning: string | null, method: string, path: string, 
/**
 * JSON Schema of the input (no `$ref`; `x-order`, `x-immutable`, `x-required-when`, …).
 */
schema: FormSchema, };

export type PickerChoice = { value: string, label: string, detail: string | null, };

export type Refusal = { reason: RefusalReason, 
/**
 * What is wrong now.
 */
message: string, 
/**
 * What to do about it.
 */
hint: string, };

export type RefusalReason = "channel_not_publishing" | "not_recording" | "stream_not_pushed" | "too_soon_after_stop";

export type ReplayPlan = { undo: boolean, from_id: number, account_id: string, operation: string, input: Record<string, unknown>, 
/**
 * For an undo: the entry it takes back (pass it to `send_call`).
 */
undo_of: number | null, };

export type RetentionSettings = { max_entries: number | null, max_age_days: number | null, };

export type ReviewFacts = { target: Array<TargetField>, effects: Array<string>, refusals: Array<Refusal>, 
/**
 * Labels of the settings this send clears on the vendor's side.
 */
cleared: Array<string>, };

export type SchemaType = string | Array<string>;

export type SecretStatus = { field: string, title: string, set: boolean, last4: string | null, };

export type TargetField = { field: string, label: string, value: string, };

export type UndoBlocked = "read" | "not_applied" | "sending" | "nothing_read" | "already_undone";

export type Vendor = "huawei" | "naver" | "blendvision" | "alibaba";

/** The global the window's initialization script sets to the `FirstScreen`. */
export const FIRST_SCREEN_GLOBAL = "__LIVEDESK_FIRST_SCREEN__";

/** Every command of the Livedesk engine; a failed call rejects with an `ApiError`. */
export const commands = {
  /** Name and version of this build, and problems found at start. */
  appInfo: (): Promise<AppInfo> => invoke<AppInfo>("app_info"),
  /** The producer's accounts, secrets never included. */
  listAccounts: (): Promise<Array<AccountSummary>> => invoke<Array<AccountSummary>>("list_accounts"),
  /** What the first screen shows: this build's info and the accounts. */
  firstScreen: (): Promise<FirstScreen> => invoke<FirstScreen>("first_screen"),
  /** The account form of every vendor, as JSON Schema. */
  accountForms: (): Promise<Array<AccountForm>> => invoke<Array<AccountForm>>("account_forms"),
  /** Creates an account from a filled account form; secrets go to the keychain. */
  createAccount: (vendor: Vendor, form: JsonValue): Promise<AccountSummary> => invoke<AccountSummary>("create_account", { vendor, form }),
  /** Renames or edits an account; secret fields left empty keep their value. */
  updateAccount: (id: string, form: JsonValue): Promise<AccountSummary> => invoke<AccountSummary>("update_account", { id, form }),
  /** Deletes an account, its keychain entry included. */
  deleteAccount: (id: string): Promise<null> => invoke<null>("delete_account", { id }),
  /** One cheap read with the account's keys: works, wrong key, clock off, no permission or unreachable. */
  checkConnection: (id: string, huawei_domain: string | null): Promise<ConnectionCheck> => invoke<ConnectionCheck>("check_connection", { id, huawei_domain }),
  /** Every vendor operation with its form (JSON Schema). */
  listOperations: (): Promise<Array<OperationSummary>> => invoke<Array<OperationSummary>>("list_operations"),
  /** Checks a filled form and shows the request that would be sent, secrets masked. */
  reviewCall: (account_id: string, operation: string, input: JsonValue): Promise<CallReview> => invoke<CallReview>("review_call", { account_id, operation, input }),
  /** Checks, signs and sends a filled form once; the answer in plain words. */
  sendCall: (account_id: string, operation: string, input: JsonValue, undo_of: number | null, loaded: JsonValue | null): Promise<CallResult> => invoke<CallResult>("send_call", { account_id, operation, input, undo_of, loaded }),
  /** Reads the current settings for a change (identified by its key fields) as the form's input. */
  loadCurrent: (account_id: string, operation: string, key_input: JsonValue): Promise<CurrentSettings> => invoke<CurrentSettings>("load_current", { account_id, operation, key_input }),
  /** Field-by-field difference between the current settings and a filled form. */
  diffCall: (operation: string, before: JsonValue, after: JsonValue): Promise<Array<FieldChange>> => invoke<Array<FieldChange>>("diff_call", { operation, before, after }),
  /** The channels, lives or studios to pick from for an operation's id field. The entries to pick one field from, read with what the form holds now (Huawei: the apps of the domain filled in). */
  fieldChoices: (account_id: string, operation: string, field: string, input: JsonValue): Promise<Array<PickerChoice>> => invoke<Array<PickerChoice>>("field_choices", { account_id, operation, field, input }),
  /** Past calls, newest first, optionally for one account, one operation or matching a text. */
  listHistory: (account_id: string | null, operation: string | null, text: string | null): Promise<Array<HistoryItem>> => invoke<Array<HistoryItem>>("list_history", { account_id, operation, text }),
  /** One past call in full (secrets removed). */
  historyEntry: (id: number): Promise<HistoryDetail> => invoke<HistoryDetail>("history_entry", { id }),
  /** How much history is kept. */
  historyRetention: (): Promise<RetentionSettings> => invoke<RetentionSettings>("history_retention"),
  /** Changes how much history is kept, and removes what falls outside it now. */
  setHistoryRetention: (retention: RetentionSettings): Promise<number> => invoke<number>("set_history_retention", { retention }),
  /** The form to open for "Send again" or "Undo" of a past call. */
  planReplay: (id: number, undo: boolean): Promise<ReplayPlan> => invoke<ReplayPlan>("plan_replay", { id, undo }),
  /** Keeps a form's current input across restarts. */
  saveDraft: (account_id: string, operation: string, input: JsonValue): Promise<null> => invoke<null>("save_draft", { account_id, operation, input }),
  /** The saved input of a form, if any. */
  loadDraft: (account_id: string, operation: string): Promise<JsonValue | null> => invoke<JsonValue | null>("load_draft", { account_id, operation }),
  /** Adds a practice account per vendor that has none, pointing at the built-in sandbox. */
  addSandboxAccounts: (): Promise<Array<AccountSummary>> => invoke<Array<AccountSummary>>("add_sandbox_accounts"),
  /** The window's language: the engine's texts (forms, reviews, errors) follow it, now and at the next start. */
  setLanguage: (language: Lang): Promise<null> => invoke<null>("set_language", { language }),
  /** Records a timing mark for the performance benchmark; does nothing outside a benchmark run. */
  perfMark: (name: string, at_unix_ms: number, duration_ms: number | null): Promise<null> => invoke<null>("perf_mark", { name, at_unix_ms, duration_ms }),
};

/** True when a rejected command carries Livedesk's `{code, message, hint}`. */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}
