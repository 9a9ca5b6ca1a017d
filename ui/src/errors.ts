import { isApiError, type ApiError } from "./bindings";
import { t } from "./i18n";

/** Turns whatever a failed call rejected with into Livedesk's `{code, message, hint}`. */
export function toApiError(reason: unknown): ApiError {
  if (isApiError(reason)) return reason;
  return {
    code: "ui.unexpected",
    message: reason instanceof Error ? reason.message : String(reason),
    hint: t("error.unexpectedHint"),
  };
}
