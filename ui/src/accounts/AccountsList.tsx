import type { AccountSummary } from "../bindings";
import { CheckConnection } from "./CheckConnection";
import { t } from "../i18n";

type Props = {
  accounts: AccountSummary[];
  onWork: (account: AccountSummary) => void;
  onEdit: (account: AccountSummary) => void;
  onDelete: (account: AccountSummary) => void;
};

function maskedSecrets(account: AccountSummary): string {
  return account.secrets
    .filter((s) => s.set)
    .map((s) => `${s.title}: ${s.last4 === null ? t("accounts.secretSet") : `…${s.last4}`}`)
    .join(" · ");
}

export function AccountsList({ accounts, onWork, onEdit, onDelete }: Props) {
  if (accounts.length === 0) {
    return (
      <p className="empty" data-testid="accounts-empty">
        {t("accounts.empty")}
      </p>
    );
  }
  return (
    <ul data-testid="accounts-list">
      {accounts.map((account) => (
        <li key={account.id} data-testid="account-row" data-account-name={account.name} data-account-id={account.id} data-endpoint={account.endpoint}>
          <span className="account-main">
            <span className="account-name">{account.name}</span>
            <span className="account-meta">
              <span className={`badge badge-${account.vendor}`}>{account.vendor_title}</span>
              {account.region}
              {account.sandbox && <span className="practice">{t("accounts.practice")}</span>}
            </span>
            <span className="account-secrets" data-testid="account-secrets">{maskedSecrets(account)}</span>
            <CheckConnection account={account} />
          </span>
          <span className="row-actions">
            <button type="button" className="primary" data-testid="change-settings" onClick={() => { onWork(account); }}>{t("accounts.changeSettings")}</button>
            <button type="button" onClick={() => { onEdit(account); }}>{t("accounts.edit")}</button>
            <button type="button" className="danger" onClick={() => { onDelete(account); }}>{t("accounts.delete")}</button>
          </span>
        </li>
      ))}
    </ul>
  );
}
