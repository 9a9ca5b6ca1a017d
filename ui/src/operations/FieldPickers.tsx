import { memo, useState } from "react";
import { commands, type OperationSummary, type PickerChoice } from "../bindings";
import type { JsonObject } from "../forms/schema";
import { t, useLocale, useLocaleSwitch } from "../i18n";

type Props = {
  accountId: string;
  operation: OperationSummary;
  values: JsonObject;
  onPick: (field: string, value: string) => void;
};

function filled(value: unknown): boolean {
  return typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null;
}

/**
 * One "choose from the account" list per field that has one, so a producer never types an id a
 * list can give. A list that needs other fields (Huawei: the apps of a domain) waits until they
 * are filled, and is read again when they change. Memoised: it renders again only when the
 * form's values (or the operation's words) change, not on every render of the form.
 */
export const FieldPickers = memo(function FieldPickers({ accountId, operation, values, onPick }: Props) {
  // Its words follow a language switch, which does not render it through its parent.
  useLocale();
  if (operation.pickers.length === 0) return null;
  return (
    <div className="field-pickers">
      {operation.pickers.map((p) => {
        const needs = p.needs.map((n) => values[n]);
        const ready = needs.every(filled);
        const title = operation.schema.properties?.[p.field]?.title ?? p.field;
        const missing = p.needs
          .filter((n) => !filled(values[n]))
          .map((n) => operation.schema.properties?.[n]?.title ?? n);
        return (
          <FieldPicker
            // A new key when what it depends on changes: the list is read again.
            key={`${p.field}|${JSON.stringify(needs)}`}
            accountId={accountId}
            operation={operation.id}
            field={p.field}
            title={title}
            values={values}
            waitingFor={ready ? null : missing.join(", ")}
            onPick={(value) => { onPick(p.field, value); }}
          />
        );
      })}
    </div>
  );
});

type PickerProps = {
  accountId: string;
  operation: string;
  field: string;
  title: string;
  values: JsonObject;
  waitingFor: string | null;
  onPick: (value: string) => void;
};

function FieldPicker({ accountId, operation, field, title, values, waitingFor, onPick }: PickerProps) {
  const [choices, setChoices] = useState<PickerChoice[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  function read() {
    setBusy(true);
    setFailed(null);
    commands
      .fieldChoices(accountId, operation, field, values)
      .then(setChoices, (e: unknown) => {
        setFailed(typeof e === "object" && e !== null && "message" in e ? String(e.message) : t("picker.failed"));
      })
      .finally(() => { setBusy(false); });
  }

  // Another language chosen: a list already read is read again, its entries in that language.
  useLocaleSwitch(() => {
    if (choices !== null || failed !== null) read();
  });

  return (
    <div className="picker" data-testid="picker" data-field={field}>
      {choices === null ? (
        <button
          type="button"
          className="small"
          disabled={busy || waitingFor !== null}
          title={waitingFor === null ? undefined : t("ops.keysFirst", { fields: waitingFor })}
          data-testid={`pick-${field}`}
          onClick={read}
        >
          {busy ? t("ops.loading") : t("picker.choose", { field: title })}
        </button>
      ) : (
        <label>
          {t("picker.choose", { field: title })}
          <select data-testid={`choices-${field}`} defaultValue="" onChange={(e) => { if (e.target.value !== "") onPick(e.target.value); }}>
            <option value="">{choices.length === 0 ? t("picker.none") : t("common.choose")}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>{c.detail === null ? c.label : `${c.label} — ${c.detail}`}</option>
            ))}
          </select>
        </label>
      )}
      {waitingFor !== null && choices === null && <span className="help">{t("ops.keysFirst", { fields: waitingFor })}</span>}
      {failed !== null && <span className="help" role="alert">{failed}</span>}
    </div>
  );
}
