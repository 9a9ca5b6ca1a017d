import type { AccountSummary, Vendor } from "./bindings";

const vendorLabel: Record<Vendor, string> = {
  huawei: "Huawei Cloud Live",
  naver: "NAVER Cloud Live Station",
  blendvision: "BlendVision One",
  alibaba: "Alibaba ApsaraVideo Live",
};

export function AccountsList({ accounts }: { accounts: AccountSummary[] }) {
  return (
    <section className="accounts" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Accounts</h2>
      {accounts.length === 0 ? (
        <p className="empty" data-testid="accounts-empty">
          No accounts yet. Add the login of a streaming vendor to start changing channel settings.
        </p>
      ) : (
        <ul data-testid="accounts-list">
          {accounts.map((account) => (
            <li key={account.id} data-testid="account-row">
              <span className={`badge badge-${account.vendor}`}>{vendorLabel[account.vendor]}</span>
              <span className="account-name">{account.name}</span>
              {account.region !== null && <span className="account-region">{account.region}</span>}
              {account.sandbox && <span className="practice">Practice</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
