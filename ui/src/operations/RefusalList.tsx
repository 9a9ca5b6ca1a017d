import type { Refusal, RefusalReason } from "../bindings";
import { t } from "../i18n";
import type { MessageKey } from "../i18n";

const HEADINGS: Record<RefusalReason, MessageKey> = {
  channel_not_publishing: "review.refusal.channelNotPublishing",
  not_recording: "review.refusal.notRecording",
  stream_not_pushed: "review.refusal.streamNotPushed",
  too_soon_after_stop: "review.refusal.tooSoon",
};

/** Sends the loaded state says the vendor will refuse: the reason and what to do. Nothing is sent. */
export function RefusalList({ refusals }: { refusals: Refusal[] }) {
  if (refusals.length === 0) return null;
  return (
    <div className="refusals" role="alert" data-testid="review-refusals">
      {refusals.map((r) => (
        <div key={r.reason} className="refusal" data-reason={r.reason}>
          <strong>{t(HEADINGS[r.reason])}</strong>
          <p>{r.message}</p>
          <p className="help">{r.hint}</p>
        </div>
      ))}
      <p className="help">{t("review.nothingSent")}</p>
    </div>
  );
}
