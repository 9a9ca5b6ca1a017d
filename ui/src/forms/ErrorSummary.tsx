import type { FieldErrors } from "./fieldErrors";
import { t } from "../i18n";

type Props = { errors: FieldErrors; order: string[]; titleOf: (path: string) => string; onPick: (path: string) => void };

/** "2 fields need attention", beside the buttons: each one a button that goes to its field. */
export function ErrorSummary({ errors, order, titleOf, onPick }: Props) {
  const paths = order.filter((path) => path in errors);
  if (paths.length === 0) return null;
  return (
    <div className="error-summary" role="alert" data-testid="error-summary">
      <strong>{t("form.needAttention", { count: paths.length })}</strong>
      <ul>
        {paths.map((path) => (
          <li key={path}>
            <button type="button" className="link" data-testid={`goto-${path}`} onClick={() => { onPick(path); }}>
              {titleOf(path)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
