import { commands, type JsonValue } from "../bindings";
import { toApiError } from "../errors";
import { fieldErrors, isRefusedForm, type FieldErrors } from "../forms/fieldErrors";

/** The engine's check again, for the fields that show an error now: those still wrong (with the
 *  engine's current words), none when the form passes. `null` when the check itself failed, so
 *  nothing shown is taken away on a guess. */
export async function stillInvalid(accountId: string, operation: string, payload: JsonValue, shown: FieldErrors): Promise<FieldErrors | null> {
  try {
    await commands.reviewCall(accountId, operation, payload);
    return {};
  } catch (reason: unknown) {
    const error = toApiError(reason);
    if (!isRefusedForm(error)) return null;
    const now = fieldErrors(error);
    const left: FieldErrors = {};
    for (const path of Object.keys(shown)) {
      const message = now[path];
      if (message !== undefined) left[path] = message;
    }
    return left;
  }
}
