import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { commands, type AccountSummary, type ApiError, type CallResult, type CallReview, type FieldChange, type JsonValue, type OperationSummary } from "../bindings";
import { toApiError } from "../errors";
import { ErrorSummary } from "../forms/ErrorSummary";
import { SchemaForm } from "../forms/SchemaForm";
import { bringIntoView, fieldTitle, focusField, invalidInOrder } from "../forms/attention";
import { fieldErrors, isRefusedForm, type FieldErrors } from "../forms/fieldErrors";
import { initialValues, isObject, toPayload, type JsonObject } from "../forms/schema";
import { t, useLocaleSwitch } from "../i18n";
import { CallError } from "./CallError";
import { FieldPickers } from "./FieldPickers";
import { ResultPanel } from "./ResultPanel";
import { ReviewPanel } from "./ReviewPanel";
import { stillInvalid } from "./revalidate";
import { useReservedHeight } from "./reservedHeight";

/** How long a call may take before its button says it is waiting. */
const BUSY_AFTER_MS = 120;
/** Fields showing an error are checked again by the engine this long after typing stops. */
const RECHECK_AFTER_MS = 300;

/** The key fields of a form, as sent (what "Current settings loaded" describes). */
function keyText(keys: string[], from: JsonObject): string {
  return JSON.stringify(keys.map((k) => toPayload(from[k])));
}

/** A form opened from history: "Send again" or "Undo" (with the entry it takes back). */
export type Prefill = { input: JsonObject; undoOf: number | null };
type Props = { account: AccountSummary; operation: OperationSummary; prefill?: Prefill | undefined };

/** One operation's form: fill (draft kept), review what will be sent, send once, see the answer. */
export function OperationForm({ account, operation, prefill }: Props) {
  const schema = operation.schema;
  const [values, setValues] = useState<JsonObject | null>(() => (prefill === undefined ? null : initialValues(schema, prefill.input)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [review, setReview] = useState<CallReview | null>(null);
  const [result, setResult] = useState<CallResult | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<"review" | "send" | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [before, setBefore] = useState<JsonObject | null>(null);
  const [current, setCurrent] = useState<string[] | null>(null);
  const [changes, setChanges] = useState<FieldChange[] | null>(null);
  const keys = operation.current_keys ?? [];
  const [stale, setStale] = useState(false);
  const [refreshed, setRefreshed] = useState(false);
  // An undo is an undo once: after it is sent the form is an ordinary change again.
  const [undoOf, setUndoOf] = useState<number | null>(prefill?.undoOf ?? null);
  // Sent, and nothing changed since: Send stays off until something does.
  const [sent, setSent] = useState(false);
  // The key fields the "Current settings loaded" box is about.
  const [loadedKeys, setLoadedKeys] = useState<string | null>(null);
  // Set after Review or Send found problems: move to the first one once it is on screen.
  const [jump, setJump] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const recheckTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingDraft = useRef<(() => void) | null>(null);
  const running = useRef(false);
  // What the last Review or Send was, for a language switch to redo (a review) or not (a send).
  const lastRun = useRef<"review" | "send" | null>(null);
  // A send's answer was taken off screen by a language switch (it cannot be asked for again).
  const [answerMoved, setAnswerMoved] = useState(false);

  useEffect(() => {
    let live = true;
    if (prefill !== undefined) {
      // An undo is reviewed against what is there now.
      if (keys.length > 0) void loadCurrent(prefill.input, false);
      return () => { live = false; };
    }
    commands
      .loadDraft(account.id, operation.id)
      .then((draft) => { if (live) setValues(initialValues(schema, isObject(draft ?? undefined) ? (draft as JsonObject) : {})); })
      .catch(() => { if (live) setValues(initialValues(schema)); });
    return () => { live = false; };
    // The schema object is stable per operation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [account.id, operation.id]);

  /** Reads the vendor's settings for the form's key fields. `afterSend`: the read that follows a
   *  send, told as "read again" in the same render as its lines. */
  async function loadCurrent(from: JsonObject, replaceValues: boolean, afterSend = false): Promise<JsonObject | null> {
    // A send may be in flight before its buttons show it (BUSY_AFTER_MS).
    if (running.current) return null;
    const missing = keys.filter((k) => from[k] === null || from[k] === undefined || from[k] === "");
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((k) => [k, t("ops.keysFirst", { fields: fieldTitle(schema, k) })])));
      setJump((n) => n + 1);
      return null;
    }
    const keyInput: JsonObject = {};
    for (const k of keys) keyInput[k] = from[k] ?? null;
    // Busy at once (unlike a send): a Review clicked while the form's values are being replaced
    // would describe values no longer on screen.
    setBusy("review");
    try {
      const state = await commands.loadCurrent(account.id, operation.id, keyInput);
      const input = isObject(state.input as JsonValue) ? (state.input as JsonObject) : {};
      setBefore(input);
      setCurrent([...state.summary, ...state.notes]);
      setLoadedKeys(keyText(keys, keyInput));
      const fresh = initialValues(schema, input);
      if (replaceValues) setValues(fresh);
      if (afterSend) setRefreshed(true);
      setFailure(null);
      return fresh;
    } catch (reason: unknown) {
      setFailure(toApiError(reason));
      return null;
    } finally {
      setBusy(null);
    }
  }

  /** After a change went through: read what is there now and start the form from it. */
  async function refreshAfterSend(from: JsonObject) {
    const fresh = await loadCurrent(from, true, true);
    if (fresh === null) return;
    // The draft follows, so reopening the form does not bring back what was just replaced.
    void commands.saveDraft(account.id, operation.id, fresh).catch(() => undefined);
  }

  const change = useCallback((next: JsonObject) => {
    setValues(next);
    setReview(null);
    setResult(null);
    setChanges(null);
    setStale(false);
    setSent(false);
    setRefreshed(false);
    setAnswerMoved(false);
    clearTimeout(saveTimer.current);
    // Drafts survive closing the app; saved shortly after typing stops, or at once by `run`.
    const save = () => {
      pendingDraft.current = null;
      void commands.saveDraft(account.id, operation.id, next).catch(() => undefined);
    };
    pendingDraft.current = save;
    saveTimer.current = setTimeout(save, 400);
  }, [account.id, operation.id]);

  // An error goes as soon as its field is right: fields showing one are checked again by the
  // engine shortly after typing stops (no new errors are added before the next Review).
  useEffect(() => {
    if (values === null || Object.keys(errors).length === 0 || running.current) return;
    clearTimeout(recheckTimer.current);
    recheckTimer.current = setTimeout(() => {
      void stillInvalid(account.id, operation.id, toPayload(values), errors).then((left) => {
        if (left !== null) setErrors((old) => (Object.keys(left).length === Object.keys(old).length ? old : left));
      });
    }, RECHECK_AFTER_MS);
    return () => { clearTimeout(recheckTimer.current); };
    // Only a change of the values starts a new check.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values]);

  // After Review or Send with problems: the first field that needs attention, in view, focused.
  useEffect(() => {
    if (jump === 0) return;
    const first = invalidInOrder(formRef.current, errors)[0];
    if (first !== undefined) focusField(formRef.current, first);
    // Runs once per refused Review or Send.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump]);

  const hasOutcome = failure !== null || stale || review !== null || result !== null || answerMoved;
  useReservedHeight(outcomeRef, hasOutcome);
  // A new answer, review or error is brought into view (and announced: the area is aria-live),
  // at the next frame, before it is painted: scrolling at once would lay the page out before
  // the browser does, and the answer would reach the page later.
  useLayoutEffect(() => {
    if (!hasOutcome) return;
    const frame = requestAnimationFrame(() => { bringIntoView(outcomeRef.current, "nearest"); });
    return () => { cancelAnimationFrame(frame); };
  }, [hasOutcome, review, result, failure, stale]);

  /** After a send held back by a change made elsewhere: what sending will do is reviewed again
   *  from what is there now, so it is true for "Send anyway". The field-by-field changes were
   *  against the settings loaded before, so they go. */
  async function reviewAgain(payload: JsonValue) {
    setChanges(null);
    try {
      setReview(await commands.reviewCall(account.id, operation.id, payload));
    } catch {
      setReview(null);
    }
  }

  async function run(kind: "review" | "send", overwrite = false) {
    // A ref, not state: a second click before the next render must not send twice.
    if (values === null || running.current) return;
    // What was typed is saved before it is reviewed or sent, not 400 ms after the last key:
    // a change sent right after typing survives Livedesk closing mid-send.
    if (pendingDraft.current !== null) {
      clearTimeout(saveTimer.current);
      pendingDraft.current();
    }
    // The engine checks the form (Review and Send both refuse a bad one, naming each field).
    // The same empty object again keeps the (memoised) form from rendering anew.
    setErrors((old) => (Object.keys(old).length === 0 ? old : {}));
    setFailure(null);
    setAnswerMoved(false);
    running.current = true;
    lastRun.current = kind;
    const payload = toPayload(values);
    // The call goes out before the page re-renders. A form loaded from the vendor's settings
    // is sent with them: the engine refuses it if they changed since (unless overwriting).
    const loaded = overwrite || keys.length === 0 ? null : before;
    const sending = kind === "send"
      ? commands.sendCall(account.id, operation.id, payload, undoOf, loaded)
      : null;
    // Rendering "Sending…" first kept the page busy while a fast answer was already back (the
    // benchmark measured ~2 ms of a ~5 ms Send), and a fast answer replaces it before anyone can
    // read it. So the waiting state shows once a call is slower than this; a second click is
    // refused by the ref meanwhile.
    const showBusy = setTimeout(() => { setBusy(kind); }, BUSY_AFTER_MS);
    let done = false;
    try {
      if (sending === null) {
        const reviewed = await commands.reviewCall(account.id, operation.id, payload);
        const diffed = before === null ? null : await commands.diffCall(operation.id, before, payload);
        // Shown together, once both are in: a Send button shown while the diff was still
        // awaited looked ready but ignored the click.
        setReview(reviewed);
        // A new review replaces the last answer on screen (Send stays off if nothing changed).
        setResult(null);
        setChanges(diffed);
      } else {
        const answer = await sending;
        // User Timing only (no cost worth naming): lets the benchmark split Send's time. One
        // mark at a time, so a long session does not collect them.
        performance.clearMarks("livedesk:answer-received");
        performance.mark("livedesk:answer-received");
        setStale(false);
        setResult(answer);
        done = true;
      }
    } catch (reason: unknown) {
      const error = toApiError(reason);
      // Told with its own choices (load again, or send anyway), not as a failure.
      const changedElsewhere = error.code === "call.changed_since_loaded";
      setStale(changedElsewhere);
      const found = fieldErrors(error);
      setErrors(found);
      if (Object.keys(found).length > 0) setJump((n) => n + 1);
      // A refused form is told next to its fields; nothing was sent.
      if (!isRefusedForm(error) && !changedElsewhere) setFailure(error);
      if (changedElsewhere) void reviewAgain(payload);
      setAttempt((n) => n + 1);
    } finally {
      clearTimeout(showBusy);
      running.current = false;
      setBusy(null);
    }
    if (done && operation.kind === "write") {
      setSent(true);
      setUndoOf(null);
      // The answer is rendered first; the settings are read again in the next task, so the
      // read's request and its "busy" state do not hold the answer back.
      if (keys.length > 0) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await refreshAfterSend(values);
      }
    }
  }

  // Another language chosen: what the engine wrote here is asked for again in it. The form's
  // input stays. A review is made again (nothing is sent); a send's answer cannot be, so it
  // leaves the screen with a note saying where it is kept.
  useLocaleSwitch(() => {
    if (current !== null && before !== null && keys.length > 0) void relabelCurrent(before);
    if (lastRun.current === "send" && operation.kind === "read") {
      // A look-up changes nothing: asked again, its answer comes in the new language.
      if (result !== null || failure !== null) void run("send");
    } else if (lastRun.current === "send" && (result !== null || failure !== null)) {
      setResult(null);
      setFailure(null);
      setReview(null);
      setChanges(null);
      setAnswerMoved(true);
    } else if (review !== null || failure !== null || Object.keys(errors).length > 0) {
      void run("review");
    }
  });

  /** The "Current settings loaded" lines again, in the window's language (the form keeps its
   *  values and what a Send compares against). */
  async function relabelCurrent(loaded: JsonObject) {
    const keyInput: JsonObject = {};
    for (const k of keys) keyInput[k] = loaded[k] ?? null;
    try {
      const state = await commands.loadCurrent(account.id, operation.id, keyInput);
      setCurrent([...state.summary, ...state.notes]);
    } catch {
      // The lines stay as they were; the next Load or Review reads them again.
    }
  }

  // The pickers are memoised: `pick` stays the same function, and reads the latest values and
  // `loadCurrent` (which speaks the window's current language) through refs.
  const latest = useRef({ values, loadCurrent });
  latest.current = { values, loadCurrent };
  const pick = useCallback((field: string, value: string) => {
    const { values: now, loadCurrent: load } = latest.current;
    if (now === null) return;
    const next = { ...now, [field]: value };
    change(next);
    // Another channel, live or studio: what is shown as current must be that one's.
    if (keys.includes(field) && keys.every((k) => next[k] !== null && next[k] !== undefined && next[k] !== "")) void load(next, true);
    // `keys` is the operation's, fixed for this form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [change]);

  if (values === null) return null;
  // Also checked on click: a page can be sent a click on a disabled button (Preact, unlike
  // React, does not drop it), and a second Send of the same change must never go out.
  const canSend = busy === null && review !== null && !sent && review.facts.refusals.length === 0;
  return (
    <section className="panel operation" data-testid="operation-form" data-operation={operation.id}>
      <h2>{operation.title}</h2>
      <p className="help">{operation.help}</p>
      {operation.warning !== null && <p className="warning" role="note" data-testid="operation-warning">{operation.warning}</p>}
      {undoOf !== null && <p className="warning" data-testid="undo-note">{t("ops.undoing", { id: String(undoOf) })}</p>}
      <div className="actions">
        <FieldPickers accountId={account.id} operation={operation} values={values} onPick={pick} />
        {keys.length > 0 && (
          <button type="button" className="small" disabled={busy !== null} data-testid="load-current" onClick={() => void loadCurrent(values, true)}>
            {t("ops.loadCurrent")}
          </button>
        )}
      </div>
      {current !== null && (
        <div className="current" data-testid="current-settings" aria-live="polite">
          <strong>{t("ops.currentLoaded")}</strong>
          <ul>{current.map((line) => <li key={line}>{line}</li>)}</ul>
          {refreshed && <p className="help" data-testid="current-refreshed">{t("ops.refreshed")}</p>}
          {loadedKeys !== null && loadedKeys !== keyText(keys, values) && (
            <p className="warning" data-testid="current-outdated">{t("ops.outdatedLoaded", { fields: keys.map((k) => fieldTitle(schema, k)).join(", ") })}</p>
          )}
        </div>
      )}
      <form ref={formRef} noValidate onSubmit={(e) => { e.preventDefault(); void run("review"); }}>
        <SchemaForm idPrefix="op" schema={schema} values={values} errors={errors} onChange={change} />
        <div className="actions">
          {operation.kind === "read" ? (
            <button type="button" className="primary" disabled={busy !== null} data-testid="op-fetch" onClick={() => void run("send")}>
              {t("ops.fetch")}
            </button>
          ) : (
            <>
              <button type="submit" disabled={busy !== null} data-testid="op-review">{t("ops.review")}</button>
              <button type="button" className="primary" disabled={!canSend} data-testid="op-send" onClick={() => { if (canSend) void run("send"); }}>
                {busy === "send" ? t("ops.sending") : t("ops.send")}
              </button>
            </>
          )}
          {sent && operation.kind === "write" && <span className="help" data-testid="sent-note">{t("ops.sentNote")}</span>}
          <ErrorSummary errors={errors} order={invalidInOrder(formRef.current, errors)} titleOf={(path) => fieldTitle(schema, path)}
            onPick={(path) => { focusField(formRef.current, path); }} />
        </div>
      </form>
      {/* flow-root: its boxes' margins stay inside, so the space it keeps is all of it. */}
      <div className="outcome" ref={outcomeRef} aria-live="polite" data-testid="outcome-area" style={{ display: "flow-root" }}>
        {failure !== null && <CallError key={attempt} error={failure} />}
        {stale && (
          <div className="warning" role="alert" data-testid="stale-warning">
            <p>{t("ops.stale")}</p>
            <button type="button" className="danger" disabled={busy !== null} data-testid="send-anyway" onClick={() => void run("send", true)}>
              {t("ops.sendAnyway")}
            </button>
          </div>
        )}
        {review !== null && result === null && <ReviewPanel review={review} changes={changes} schema={schema} />}
        {result !== null && <ResultPanel result={result} />}
        {answerMoved && <p className="help" data-testid="answer-moved">{t("ops.answerInHistory")}</p>}
      </div>
    </section>
  );
}
