import { useState } from "react";
import { commands, type PickerChoice } from "../bindings";
import { t } from "../i18n";

/** Pick a channel, live or studio from the account instead of typing its id. */
export function Picker({ accountId, operation, onPick }: { accountId: string; operation: string; onPick: (value: string) => void }) {
  const [choices, setChoices] = useState<PickerChoice[] | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="picker" data-testid="picker">
      {choices === null ? (
        <button type="button" className="small" disabled={busy} onClick={() => {
          setBusy(true);
          commands.pickerChoices(accountId, operation).then(setChoices, () => { setChoices([]); }).finally(() => { setBusy(false); });
        }}>
          {busy ? t("ops.loading") : t("ops.pickFrom")}
        </button>
      ) : (
        <select aria-label={t("ops.pickFrom")} defaultValue="" onChange={(e) => { if (e.target.value !== "") onPick(e.target.value); }}>
          <option value="">{t("common.choose")}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>{c.detail === null ? c.label : `${c.label} — ${c.detail}`}</option>
          ))}
        </select>
      )}
    </div>
  );
}
