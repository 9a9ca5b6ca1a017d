import type { AccountSummary } from "../bindings";

type Props = { account: AccountSummary; busy: boolean; onConfirm: () => void; onCancel: () => void };

export function ConfirmDelete({ account, busy, onConfirm, onCancel }: Props) {
  return (
    <div className="dialog" role="alertdialog" aria-labelledby="confirm-title" data-testid="confirm-delete">
      <h2 id="confirm-title">Delete “{account.name}”?</h2>
      <p>
        {account.sandbox
          ? "This practice account will be removed. You can add practice accounts again at any time."
          : "Its settings are removed and its keys are deleted from your keychain. This cannot be undone."}
      </p>
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm} data-testid="confirm-delete-yes">
          Delete “{account.name}”
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Keep it
        </button>
      </div>
    </div>
  );
}
