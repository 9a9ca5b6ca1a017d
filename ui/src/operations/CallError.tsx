import { useEffect, useState } from "react";
import type { ApiError } from "../bindings";
import { t } from "../i18n";

/** (Mount it with a fresh `key` per failure: the countdown starts from the error's value.)
 *  A failed review or send: what happened, the vendor's own code, what to do, and when
 *  the same call may be sent again. */
export function CallError({ error }: { error: ApiError }) {
  const [left, setLeft] = useState(error.retry_after_seconds ?? 0);
  useEffect(() => {
    if (error.retry_after_seconds === undefined) return;
    const timer = setInterval(() => { setLeft((s) => Math.max(0, s - 1)); }, 1000);
    return () => { clearInterval(timer); };
  }, [error]);
  return (
    <div className="error" role="alert" data-code={error.code} data-testid="call-error">
      <p className="error-message">{error.message}</p>
      {error.hint !== null && <p className="error-hint">{error.hint}</p>}
      {left > 0 && <p className="countdown" data-testid="retry-countdown">{t("ops.retryIn", { seconds: left })}</p>}
      {/* The vendor's code and request id are for support: there on request, not in the way. */}
      {(error.vendor_code !== undefined || error.request_id !== undefined) && (
        <details className="technical" data-testid="error-details">
          <summary>{t("ops.errorDetails")}</summary>
          {error.vendor_code !== undefined && <p className="code">{t("ops.vendorCode", { code: error.vendor_code })}</p>}
          {error.request_id !== undefined && <p className="help">{t("ops.requestId", { id: error.request_id })}</p>}
        </details>
      )}
    </div>
  );
}
