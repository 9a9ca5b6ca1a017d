import type { CallResult } from "../bindings";
import { t } from "../i18n";
import { Collapsed } from "./Collapsed";

export function ResultPanel({ result }: { result: CallResult }) {
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
}
