// Generated from src-tauri/crates/livedesk-core (commands.rs, api.rs). Do not edit by hand:
// run `LIVEDESK_UPDATE_BINDINGS=1 cargo test -p livedesk-core --test bindings`.
import { invoke } from "@tauri-apps/api/core";

export type ApiError = { 
/**
 * Stable, machine-readable: `area.what` (e.g. `keychain.locked`) or a vendor's own code.
 */
code: string, 
/**
 * What happened, in plain words.
 */
message: string, 
/**
 * What to do next, when there is something the producer can do.
 */
hint: string | null, };

export type AppInfo = { name: string, version: string, };

export type Vendor = "huawei" | "naver" | "blendvision" | "alibaba";

export type AccountSummary = { id: string, name: string, vendor: Vendor, region: string | null, 
/**
 * A practice account pointing at the built-in sandbox.
 */
sandbox: boolean, };

/** Every command of the Livedesk engine; a failed call rejects with an `ApiError`. */
export const commands = {
  /** Name and version of this build. */
  appInfo: (): Promise<AppInfo> => invoke<AppInfo>("app_info"),
  /** The producer's accounts, secrets never included. */
  listAccounts: (): Promise<Array<AccountSummary>> => invoke<Array<AccountSummary>>("list_accounts"),
};

/** True when a rejected command carries Livedesk's `{code, message, hint}`. */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}
