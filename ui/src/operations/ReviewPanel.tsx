import { useState } from "react";
import type { CallReview } from "../bindings";
import { t } from "../i18n";

export function ReviewPanel({ review }: { review: CallReview }) {
  const [copied, setCopied] = useState(false);
  return (
    <section className="review" data-testid="review">
      <h3>{t("ops.reviewHeading")}</h3>
      <pre className="request" data-testid="review-request">
        {`${review.method} ${review.url}\n`}
        {review.headers.map(([name, value]) => `${name}: ${value}\n`).join("")}
        {review.body === null ? "" : `\n${review.body}`}
      </pre>
      <p className="help">
        <strong>{t("ops.signing")}:</strong> {review.signing}
      </p>
      <details>
        <summary>{t("ops.curlHeading")}</summary>
        <pre className="curl" data-testid="review-curl">{review.curl}</pre>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard.writeText(review.curl).then(() => { setCopied(true); }, () => { setCopied(false); });
          }}
        >
          {copied ? t("ops.copied") : t("ops.copyCurl")}
        </button>
      </details>
    </section>
  );
}
