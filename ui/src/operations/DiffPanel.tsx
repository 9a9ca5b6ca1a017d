import type { FieldChange } from "../bindings";
import { t } from "../i18n";

/**
 * Field by field, old → new in the form's words; values a send would clear are called out.
 * A description list, not a table: WebKitGTK kept ~4 KB of every review's table after it left
 * the page, which a producer's long session would keep adding up (README › Benchmarks).
 */
export function DiffPanel({ changes }: { changes: FieldChange[] }) {
  return (
    <section className="diff" data-testid="diff">
      <h3>{t("ops.diffHeading")}</h3>
      {changes.length === 0 ? (
        <p className="help">{t("ops.noChange")}</p>
      ) : (
        <dl>
          {changes.map((c) => (
            <div key={c.field} className={c.cleared ? "change cleared" : "change"} data-field={c.field} data-cleared={c.cleared}>
              <dt>{c.label}</dt>
              <dd>
                <del className="old">{c.old_text}</del> → <ins className="new">{c.cleared ? <strong>{t("ops.cleared")}</strong> : c.new_text}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
