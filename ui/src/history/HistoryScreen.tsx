import { useEffect, useState } from "react";
import { commands, type ApiError, type HistoryItem, type ReplayPlan } from "../bindings";
import { ErrorNotice } from "../ErrorNotice";
import { toApiError } from "../errors";
import { t } from "../i18n";

type Props = { onBack: () => void; onReplay: (plan: ReplayPlan) => void };

/** Every call, newest first, with "Send again" and "Undo" (both open a reviewed form). */
export function HistoryScreen({ onBack, onReplay }: Props) {
  const [items, setItems] = useState<HistoryItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    commands.listHistory(null, null, null).then(setItems, (reason: unknown) => { setError(toApiError(reason)); });
  }, []);

  function replay(id: number, undo: boolean) {
    commands.planReplay(id, undo).then(onReplay, (reason: unknown) => { setError(toApiError(reason)); });
  }

  return (
    <section className="panel history" data-testid="history-screen">
      <div className="section-head">
        <button type="button" onClick={onBack}>{t("ops.back")}</button>
        <h2>{t("history.heading")}</h2>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {items?.length === 0 && <p className="empty">{t("history.empty")}</p>}
      <ul>
        {items?.map((item) => (
          <li key={item.id} data-testid="history-item" data-id={item.id} data-outcome={item.outcome}>
            <span className="history-main">
              <span className="account-name">#{item.id} · {item.account_name} · {item.operation}</span>
              <span className="account-meta">
                {new Date(item.at).toLocaleString()} · {item.outcome}
                {item.undo_of !== null && ` · ${t("history.undoOf", { id: item.undo_of })}`}
                {item.undone_by !== null && ` · ${t("history.undone", { id: item.undone_by })}`}
              </span>
              <span>{item.summary[0] ?? item.error_code ?? ""}</span>
            </span>
            <span className="row-actions">
              <button type="button" onClick={() => { replay(item.id, false); }}>{t("history.sendAgain")}</button>
              <button type="button" data-testid="history-undo" disabled={!item.can_undo || item.undone_by !== null} onClick={() => { replay(item.id, true); }}>
                {t("history.undo")}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
