import type { JsonValue } from "../bindings";
import { t } from "../i18n";
import { localInputToUtc, localZoneName, utcOffset, utcToLocalInput } from "./dateTime";

type Props = {
  id: string;
  value: JsonValue | undefined;
  disabled: boolean;
  /** Receives the UTC text (`2025-06-30T10:00:00Z`), or `""` when emptied. */
  onChange: (utc: string) => void;
};

/** The platform's date and time picker, in this computer's time zone (named beside it); the
 * form holds, and the engine checks, the UTC text the vendor receives. */
export function DateTimeField({ id, value, disabled, onChange }: Props) {
  const utc = typeof value === "string" ? value : "";
  const local = utcToLocalInput(utc);
  const at = local === "" ? new Date() : new Date(utc);
  const zoneId = `${id}-zone`;
  return (
    <span className="date-time">
      <input id={id} type="datetime-local" disabled={disabled} value={local} aria-describedby={zoneId}
        // A value loaded with seconds keeps them visible; a time picked here is sent at :00.
        step={local.length > 16 ? 1 : 60}
        onChange={(e) => { onChange(localInputToUtc(e.target.value)); }} />
      {" "}
      <span className="help zone" id={zoneId} data-testid={`${id}-zone`}>
        {t("form.dateTimeZone", { zone: localZoneName(), offset: utcOffset(at) })}
      </span>
      {local !== "" && !disabled && (
        <>
          {" "}
          <button type="button" className="clear" onClick={() => { onChange(""); }}>{t("form.dateTimeClear")}</button>
        </>
      )}
    </span>
  );
}
