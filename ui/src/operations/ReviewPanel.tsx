import { useState } from "react";
import type { CallReview, FieldChange, FormSchema } from "../bindings";
import { localTimes } from "../forms/localTimes";
import { t, useLocale } from "../i18n";
import { Collapsed } from "./Collapsed";
import { DiffPanel } from "./DiffPanel";
import { RefusalList } from "./RefusalList";

/**
 * What sending will do, in the producer's words: the target, the effect on air, what the vendor
 * would refuse (then there is nothing to send) and the changes; what a send clears is one of the
 * effects, listed as the result lists it. The request
 * itself sits under "Technical details", closed until asked for.
 */
export function ReviewPanel({ review, changes: sent, schema }: { review: CallReview; changes: FieldChange[] | null; schema: FormSchema }) {
  const { facts } = review;
  // Date-times in the computer's time and the window's language, not the UTC text sent.
  const times = localTimes(schema, sent ?? [], useLocale());
  const changes = sent === null ? null : times.changes;
  return (
    <section className="review" data-testid="review">
      <h3>{t("ops.reviewHeading")}</h3>
      {facts.target.length > 0 && (
        <dl className="target" data-testid="review-target">
          {facts.target.map((f) => (
            <div key={f.field}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {review.warning !== null && <p className="warning">{review.warning}</p>}
      <RefusalList refusals={facts.refusals} />
      {facts.effects.length > 0 && (
        <ul className="effects" data-testid="review-effects">
          {facts.effects.map((line) => <li key={line}>{times.line(line)}</li>)}
        </ul>
      )}
      {changes !== null && (changes.length > 0 || facts.effects.length === 0) && <DiffPanel changes={changes} />}
      <TechnicalDetails review={review} />
    </section>
  );
}

/** The HTTP request, the signing sentence and "copy as curl": for those who ask. */
function TechnicalDetails({ review }: { review: CallReview }) {
  const [copied, setCopied] = useState(false);
  return (
    <Collapsed className="technical" testId="review-technical" summary={t("review.technical")}>
      {() => (
        <>
          <pre className="request" data-testid="review-request">
            {`${review.method} ${review.url}\n`}
            {review.headers.map(([name, value]) => `${name}: ${value}\n`).join("")}
            {review.body === null ? "" : `\n${review.body}`}
          </pre>
          <p className="help">
            <strong>{t("ops.signing")}:</strong> {review.signing}
          </p>
          <p className="help">{t("ops.curlHeading")}</p>
          <pre className="curl" data-testid="review-curl">{review.curl}</pre>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard.writeText(review.curl).then(() => { setCopied(true); }, () => { setCopied(false); });
            }}
          >
            {copied ? t("ops.copied") : t("ops.copyCurl")}
          </button>
        </>
      )}
    </Collapsed>
  );
}
