import { memo } from "react";
import type { CallResult } from "../bindings";
import { t, useLocale } from "../i18n";
import { Collapsed } from "./Collapsed";

/** Memoised: the form renders again while an answer is on screen (the settings read after a
 *  send), and the answer has not changed. */
export const ResultPanel = memo(function ResultPanel({ result }: { result: CallResult }) {
  // Its own words follow a language switch even when the answer stays.
  useLocale();
  return (
    <section className="result" role="status" data-testid="call-result">
      <h3>{t("ops.resultHeading")}</h3>
      <ul data-testid="call-summary">
        {result.summary.map((line) => <li key={line}>{line}</li>)}
      </ul>
      <Collapsed className="technical" summary={t("review.technical")}>
        {() => (
          <>
            {result.request_id !== null && <p className="help">{t("ops.requestId", { id: result.request_id })}</p>}
            <pre className="raw">{JSON.stringify(result.raw, null, 2)}</pre>
          </>
        )}
      </Collapsed>
    </section>
  );
});
