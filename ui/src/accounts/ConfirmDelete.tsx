import type { AccountSummary } from "../bindings";
import { t } from "../i18n";

type Props = { account: AccountSummary; busy: boolean; onConfirm: () => void; onCancel: () => void };

export function ConfirmDelete({ account, busy, onConfirm, onCancel }: Props) {
  return (
    <div className="dialog" role="alertdialog" aria-labelledby="confirm-title" data-testid="confirm-delete">
      <h2 id="confirm-title">{t("accounts.confirmDelete", { name: account.name })}</h2>
      <p>
        {account.sandbox
          ? t("accounts.confirmDeletePractice")
          : t("accounts.confirmDeleteReal")}
      </p>
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm} data-testid="confirm-delete-yes">
          {t("accounts.deleteYes", { name: account.name })}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t("accounts.deleteNo")}
        </button>
      </div>
    </div>
  );
}
