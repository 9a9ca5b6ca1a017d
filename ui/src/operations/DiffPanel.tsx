import type { FieldChange } from "../bindings";
import { t } from "../i18n";

/** Field by field, old → new in the form's words; values a send would clear are called out. */
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
                <td className="old">{c.old_text}</td>
                <td>→</td>
                <td className="new">{c.cleared ? <strong>{t("ops.cleared")}</strong> : c.new_text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
