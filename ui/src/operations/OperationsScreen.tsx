import { useState } from "react";
import type { AccountSummary, OperationSummary } from "../bindings";
import { t } from "../i18n";
import { OperationForm, type Prefill } from "./OperationForm";

type Props = {
  account: AccountSummary;
  operations: OperationSummary[];
  onBack: () => void;
  /** Open this operation prefilled (from history). */
  start?: { operation: string; prefill: Prefill } | undefined;
};

export function OperationsScreen({ account, operations, onBack, start }: Props) {
  const mine = operations.filter((op) => op.vendor === account.vendor);
  const writes = mine.filter((op) => op.kind === "write");
  const reads = mine.filter((op) => op.kind === "read");
  const [picked, setPicked] = useState<string | null>(start?.operation ?? (writes.length === 1 ? (writes[0]?.id ?? null) : null));
  const operation = mine.find((op) => op.id === picked);
  return (
    <div className="operations" data-testid="operations-screen">
      <div className="section-head">
        <button type="button" onClick={onBack} data-testid="back-to-accounts">{t("ops.back")}</button>
        <span className="account-for">
          {t("ops.for", { name: account.name })}
          {account.sandbox && <span className="practice">{t("accounts.practice")}</span>}
        </span>
      </div>
      {mine.length === 0 ? (
        <p className="empty">{t("ops.noOps")}</p>
      ) : (
        <nav className="op-picker" aria-label={t("ops.pick")}>
          <p>{t("ops.pick")}</p>
          {writes.map((op) => (
            <button type="button" key={op.id} data-op={op.id} className={op.id === picked ? "primary" : ""} onClick={() => { setPicked(op.id); }}>
              {op.title}
            </button>
          ))}
          {reads.length > 0 && <p className="reads-label">{t("ops.lookUp")}</p>}
          {reads.map((op) => (
            <button type="button" key={op.id} data-op={op.id} className={op.id === picked ? "primary small" : "small"} onClick={() => { setPicked(op.id); }}>
              {op.title}
            </button>
          ))}
        </nav>
      )}
      {operation !== undefined && <OperationForm key={`${account.id}/${operation.id}`} account={account} operation={operation}
        prefill={start?.operation === operation.id ? start.prefill : undefined} />}
    </div>
  );
}
