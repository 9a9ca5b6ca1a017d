import type { FieldChange } from "../bindings";
import { t } from "../i18n";

function show(value: unknown): string {
  if (value === null || value === undefined) return t("ops.empty");
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Field by field, old → new; values a send would clear are called out. */
export function DiffPanel({ changes }: { changes: FieldChange[] }) {
  return (
    <section className="diff" data-testid="diff">
      <h3>{t("ops.diffHeading")}</h3>
      {changes.length === 0 ? (
        <p className="help">{t("ops.noChange")}</p>
      ) : (
        <table>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field} className={c.cleared ? "cleared" : ""} data-field={c.field} data-cleared={c.cleared}>
                <th>{c.label}</th>
                <td className="old">{show(c.old)}</td>
                <td>→</td>
                <td className="new">{c.cleared ? <strong>{t("ops.cleared")}</strong> : show(c.new)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
