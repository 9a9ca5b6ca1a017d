import type { ApiError } from "../bindings";

/** Errors keyed by dotted path (`security.watermark.size`, `labels.2`), as the engine names them. */
export type FieldErrors = Record<string, string>;

/** The engine's verdict on a form, each message keyed by the field it is about. */
export function fieldErrors(error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of error.problems ?? []) errors[problem.field] ??= problem.message;
  if (error.field !== undefined) errors[error.field] ??= error.message;
  return errors;
}

/** The engine refused the form itself: its fields say why, nothing was sent or saved. */
export function isRefusedForm(error: ApiError): boolean {
  return error.code === "input.invalid";
}
