import { useState } from "react";
import { commands, type AccountSummary, type ApiError, type ConnectionCheck } from "../bindings";
import { ErrorNotice } from "../ErrorNotice";
import { toApiError } from "../errors";
import { t, useLocaleSwitch } from "../i18n";

/** "Check connection": one cheap read with the account's keys, told in plain words. */
export function CheckConnection({ account }: { account: AccountSummary }) {
  const [open, setOpen] = useState(false);
  const [domain, setDomain] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConnectionCheck | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const needsDomain = account.vendor === "huawei";

  async function check() {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await commands.checkConnection(account.id, needsDomain && domain.trim() !== "" ? domain.trim() : null));
    } catch (reason: unknown) {
      setError(toApiError(reason));
    } finally {
      setBusy(false);
    }
  }

  // Another language chosen: a check on screen is made again (one cheap read) to say it in that
  // language.
  useLocaleSwitch(() => {
    if (result !== null || error !== null) void check();
  });

  return (
    <div className="check" data-testid="check-connection">
      {!open ? (
        <button type="button" onClick={() => { if (needsDomain) setOpen(true); else { setOpen(true); void check(); } }}>
          {t("check.button")}
        </button>
      ) : (
        needsDomain && (
          <span className="check-domain">
            <label htmlFor={`domain-${account.id}`}>{t("check.domain")}</label>
            <input id={`domain-${account.id}`} type="text" value={domain} placeholder={t("check.domainExample")} onChange={(e) => { setDomain(e.target.value); }} />
            <button type="button" disabled={busy} onClick={() => void check()}>{t("check.run")}</button>
          </span>
        )
      )}
      {busy && <span className="checking">{t("check.running")}</span>}
      {result !== null && (
        <div className={`check-result check-${result.outcome}`} role="status" data-outcome={result.outcome}>
          <p>{result.message}</p>
          {result.hint !== null && <p className="error-hint">{result.hint}</p>}
          {result.vendor_code !== null && <p className="code">{t("check.vendorCode", { code: result.vendor_code })}</p>}
          {!needsDomain && (
            <button type="button" disabled={busy} onClick={() => void check()}>{t("check.again")}</button>
          )}
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {error !== null && !needsDomain && (
        <button type="button" disabled={busy} onClick={() => void check()}>{t("check.again")}</button>
      )}
    </div>
  );
}
