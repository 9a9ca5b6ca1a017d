import { useState } from "react";
import { commands, type AccountForm, type AccountSummary, type ApiError } from "../bindings";
import { ErrorNotice } from "../ErrorNotice";
import { toApiError } from "../errors";
import { SchemaForm } from "../forms/SchemaForm";
import { fieldErrors, isRefusedForm, type FieldErrors } from "../forms/fieldErrors";
import { initialValues, toPayload, type FormValues } from "../forms/schema";
import { t } from "../i18n";

type Props = {
  form: AccountForm;
  /** Present when editing. */
  account?: AccountSummary;
  onSaved: (account: AccountSummary) => void;
  onCancel: () => void;
};

function editValues(account: AccountSummary): FormValues {
  const values: FormValues = { name: account.name };
  for (const [key, value] of Object.entries(account.settings)) {
    if (key !== "vendor") values[key] = value ?? "";
  }
  return values;
}

export function AccountEditor({ form, account, onSaved, onCancel }: Props) {
  const schema = form.schema;
  const [values, setValues] = useState<FormValues>(() =>
    initialValues(schema, account === undefined ? {} : editValues(account)),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const hints: Record<string, string> = {};
  for (const secret of account?.secrets ?? []) {
    if (secret.set) hints[secret.field] = secret.last4 === null ? t("accounts.keepHint") : t("accounts.keepHintLast4", { last4: secret.last4 });
  }

  // Keys go only where they were entered: moving the account may need them again (the
  // engine decides and names each key it needs; this only warns before Save).
  const endpointOf = (v: FormValues) => (typeof v.endpoint === "string" ? v.endpoint.trim() : "");
  const moved = account !== undefined && endpointOf(values) !== endpointOf(editValues(account));

  async function save() {
    // The engine checks the form against its schema; an empty secret on edit means "keep".
    setErrors({});
    setFailure(null);
    // Empty fields are sent as null; an empty secret on edit means "keep".
    const payload = toPayload(values);
    setSaving(true);
    try {
      const saved = account === undefined
        ? await commands.createAccount(form.vendor, payload)
        : await commands.updateAccount(account.id, payload);
      onSaved(saved);
    } catch (reason: unknown) {
      const error = toApiError(reason);
      setErrors(fieldErrors(error));
      // A refused form is told next to its fields; nothing was saved.
      if (!isRefusedForm(error)) setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel" data-testid="account-editor" aria-labelledby="account-editor-title">
      <h2 id="account-editor-title">
        {account === undefined ? t("accounts.new", { vendor: form.title }) : t("accounts.editTitle", { name: account.name })}
      </h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <SchemaForm idPrefix="account" schema={schema} values={values} errors={errors} onChange={setValues} writeOnlyHints={hints} />
        {failure !== null && <ErrorNotice error={failure} />}
        {moved && <p className="secret-note" data-testid="account-moved-note">{t("accounts.movedNote")}</p>}
        <p className="secret-note">{t("accounts.secretNote")}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving} data-testid="account-save">
            {saving ? t("accounts.saving") : t("accounts.save")}
          </button>
          <button type="button" onClick={onCancel} disabled={saving}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
