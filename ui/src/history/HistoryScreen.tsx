import { useEffect, useState } from "react";
import { commands, type AccountSummary, type ApiError, type CallOutcome, type HistoryItem, type ReplayPlan, type RetentionSettings } from "../bindings";
import { ErrorNotice } from "../ErrorNotice";
import { toApiError } from "../errors";
import { t, useLocale, type MessageKey } from "../i18n";
import { undoReason, when } from "./words";

type Props = { accounts: AccountSummary[]; onBack: () => void; onReplay: (plan: ReplayPlan) => void };

function limit(text: string): number | null {
  const n = Number(text);
  return text.trim() === "" || !Number.isFinite(n) ? null : Math.trunc(n);
}

const OUTCOME: Record<CallOutcome, MessageKey> = {
  ok: "history.outcomeOk",
  vendor_error: "history.outcomeVendorError",
  failed: "history.outcomeFailed",
  rejected: "history.outcomeRejected",
  sending: "history.outcomeSending",
  unknown: "history.outcomeUnknown",
};

/** Every call, newest first, with "Send again" and "Undo" (both open a reviewed form). */
export function HistoryScreen({ accounts, onBack, onReplay }: Props) {
  const [items, setItems] = useState<HistoryItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [text, setText] = useState("");
  const [account, setAccount] = useState("");
  const [retention, setRetention] = useState<{ entries: string; days: string } | null>(null);
  const [removed, setRemoved] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  // Titles and explanations are the engine's: read again when another language is chosen.
  const locale = useLocale();

  useEffect(() => {
    commands.historyRetention().then(
      (r: RetentionSettings) => { setRetention({ entries: r.max_entries === null ? "" : String(r.max_entries), days: r.max_age_days === null ? "" : String(r.max_age_days) }); },
      () => undefined,
    );
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      commands
        .listHistory(account === "" ? null : account, null, text.trim() === "" ? null : text)
        .then(setItems, (reason: unknown) => { setError(toApiError(reason)); });
    }, 200);
    return () => { clearTimeout(timer); };
  }, [account, text, version, locale]);

  function saveRetention() {
    if (retention === null) return;
    commands
      .setHistoryRetention({ max_entries: limit(retention.entries), max_age_days: limit(retention.days) })
      .then((count) => { setRemoved(count); setError(null); setVersion((v) => v + 1); }, (reason: unknown) => { setError(toApiError(reason)); });
  }

  function replay(id: number, undo: boolean) {
    commands.planReplay(id, undo).then(onReplay, (reason: unknown) => { setError(toApiError(reason)); });
  }

  return (
    <section className="panel history" data-testid="history-screen">
      <div className="section-head">
        <button type="button" onClick={onBack}>{t("ops.back")}</button>
        <h2>{t("history.heading")}</h2>
      </div>
      <div className="history-filters">
        <label>
          {t("history.search")}{" "}
          <input type="text" data-testid="history-search" value={text} placeholder={t("history.searchPlaceholder")} onChange={(e) => { setText(e.target.value); }} />
        </label>
        <select aria-label={t("history.allAccounts")} value={account} onChange={(e) => { setAccount(e.target.value); }}>
          <option value="">{t("history.allAccounts")}</option>
          {accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </div>
      {retention !== null && (
        <div className="history-filters" data-testid="retention">
          {t("history.retention")}
          <input type="number" min={1} aria-label={t("history.maxEntries")} value={retention.entries} onChange={(e) => { setRetention({ ...retention, entries: e.target.value }); }} />
          {t("history.maxEntries")},
          <input type="number" min={1} aria-label={t("history.maxAge")} value={retention.days} onChange={(e) => { setRetention({ ...retention, days: e.target.value }); }} />
          {t("history.maxAge")}
          <button type="button" className="small" onClick={saveRetention}>{t("history.saveRetention")}</button>
          {removed !== null && <span className="help">{t("history.removed", { count: removed })}</span>}
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {items?.length === 0 && <p className="empty">{t("history.empty")}</p>}
      <ul>
        {items?.map((item) => (
          <li key={item.id} data-testid="history-item" data-id={item.id} data-outcome={item.outcome}>
            <span className="history-main">
              <span className="account-name">
                <span data-testid="history-title">{item.title}</span> · <span data-testid="history-account">{item.account_name}</span>
              </span>
              <span className="account-meta">
                <time dateTime={new Date(item.at).toISOString()} data-testid="history-date">{when(item.at)}</time> · {t(OUTCOME[item.outcome])}
                {" · #"}{item.id}
                {item.undo_of !== null && ` · ${t("history.undoOf", { id: String(item.undo_of) })}`}
                {item.undone_by !== null && ` · ${t("history.undone", { id: String(item.undone_by) })}`}
              </span>
              {item.error_message !== null ? (
                <span className="history-error" data-testid="history-error">
                  {item.error_message}
                  {item.error_hint !== null && <span className="help"> {t("history.errorHint", { hint: item.error_hint })}</span>}
                </span>
              ) : (
                <span data-testid="history-summary">{item.summary[0] ?? ""}</span>
              )}
            </span>
            {/* The buttons keep their height; a reason for a greyed-out Undo goes on a line below them. */}
            <span className="row-actions" style={{ flexWrap: "wrap", alignItems: "flex-start", alignContent: "flex-start", justifyContent: "flex-end", maxWidth: "18rem" }}>
              <button type="button" data-testid="history-send-again" title={t("history.sendAgainHelp")} onClick={() => { replay(item.id, false); }}>{t("history.sendAgain")}</button>
              <button type="button" data-testid="history-undo" disabled={!item.can_undo}
                aria-describedby={item.can_undo ? undefined : `undo-why-${String(item.id)}`} onClick={() => { replay(item.id, true); }}>
                {t("history.undo")}
              </button>
              {!item.can_undo && (
                <span className="help undo-why" id={`undo-why-${String(item.id)}`} data-testid="history-undo-reason" style={{ flexBasis: "100%", textAlign: "right" }}>
                  {undoReason(item)}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
