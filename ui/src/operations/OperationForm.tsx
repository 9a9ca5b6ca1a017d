import { useCallback, useEffect, useRef, useState } from "react";
import { commands, type AccountSummary, type ApiError, type CallResult, type CallReview, type FieldChange, type JsonValue, type OperationSummary } from "../bindings";
import { toApiError } from "../errors";
import { SchemaForm } from "../forms/SchemaForm";
import { fieldErrors, isRefusedForm, type FieldErrors } from "../forms/fieldErrors";
import { initialValues, isObject, toPayload, type JsonObject } from "../forms/schema";
import { t } from "../i18n";
import { CallError } from "./CallError";
import { FieldPickers } from "./FieldPickers";
import { ResultPanel } from "./ResultPanel";
import { ReviewPanel } from "./ReviewPanel";

/** How long a call may take before its button says it is waiting. */
const BUSY_AFTER_MS = 120;

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
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingDraft = useRef<(() => void) | null>(null);
  const running = useRef(false);

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

  async function loadCurrent(from: JsonObject, replaceValues: boolean) {
    // A send may be in flight before its buttons show it (BUSY_AFTER_MS).
    if (running.current) return;
    const missing = keys.filter((k) => from[k] === null || from[k] === undefined || from[k] === "");
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((k) => [k, t("ops.keysFirst", { fields: k })])));
      return;
    }
    const keyInput: JsonObject = {};
    for (const k of keys) keyInput[k] = from[k] ?? null;
    setBusy("review");
    try {
      const state = await commands.loadCurrent(account.id, operation.id, keyInput);
      const input = isObject(state.input as JsonValue) ? (state.input as JsonObject) : {};
      setBefore(input);
      setCurrent([...state.summary, ...state.notes]);
      if (replaceValues) setValues(initialValues(schema, input));
      setFailure(null);
    } catch (reason: unknown) {
      setFailure(toApiError(reason));
    } finally {
      setBusy(null);
    }
  }

  const change = useCallback((next: JsonObject) => {
    setValues(next);
    setReview(null);
    setResult(null);
    setChanges(null);
    setStale(false);
    clearTimeout(saveTimer.current);
    // Drafts survive closing the app; saved shortly after typing stops, or at once by `run`.
    const save = () => {
      pendingDraft.current = null;
      void commands.saveDraft(account.id, operation.id, next).catch(() => undefined);
    };
    pendingDraft.current = save;
    saveTimer.current = setTimeout(save, 400);
  }, [account.id, operation.id]);

  /** True when the settings loaded for this change are no longer what the vendor has. */
  async function changedSinceLoaded(): Promise<boolean> {
    if (before === null || keys.length === 0) return false;
    const keyInput: JsonObject = {};
    for (const k of keys) keyInput[k] = before[k] ?? null;
    const now = await commands.loadCurrent(account.id, operation.id, keyInput);
    return JSON.stringify(now.input) !== JSON.stringify(before);
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
    running.current = true;
    const payload = toPayload(values);
    // With nothing to re-check first, the call goes out before the page re-renders.
    const sending = kind === "send" && (overwrite || before === null || keys.length === 0)
      ? commands.sendCall(account.id, operation.id, payload, prefill?.undoOf ?? null)
      : null;
    // Rendering "Sending…" first kept the page busy while a fast answer was already back (the
    // benchmark measured ~2 ms of a ~5 ms Send), and a fast answer replaces it before anyone can
    // read it. So the waiting state shows once a call is slower than this; a second click is
    // refused by the ref meanwhile.
    const showBusy = setTimeout(() => { setBusy(kind); }, BUSY_AFTER_MS);
    try {
      if (kind === "review") {
        setReview(await commands.reviewCall(account.id, operation.id, payload));
        setChanges(before === null ? null : await commands.diffCall(operation.id, before, payload));
      } else if (sending !== null) {
        const answer = await sending;
        // User Timing only (no cost worth naming): lets the benchmark split Send's time. One
        // mark at a time, so a long session does not collect them.
        performance.clearMarks("livedesk:answer-received");
        performance.mark("livedesk:answer-received");
        setStale(false);
        setResult(answer);
      } else if (await changedSinceLoaded()) {
        setStale(true);
      } else {
        setStale(false);
        setResult(await commands.sendCall(account.id, operation.id, payload, prefill?.undoOf ?? null));
      }
    } catch (reason: unknown) {
      const error = toApiError(reason);
      setErrors(fieldErrors(error));
      // A refused form is told next to its fields; nothing was sent.
      if (!isRefusedForm(error)) setFailure(error);
      setAttempt((n) => n + 1);
    } finally {
      clearTimeout(showBusy);
      running.current = false;
      setBusy(null);
    }
  }

  if (values === null) return null;
  return (
    <section className="panel operation" data-testid="operation-form" data-operation={operation.id}>
      <h2>{operation.title}</h2>
      <p className="help">{operation.help}</p>
      {operation.warning !== null && <p className="warning" role="note" data-testid="operation-warning">{operation.warning}</p>}
      {prefill?.undoOf != null && <p className="warning" data-testid="undo-note">{t("ops.undoing", { id: prefill.undoOf })}</p>}
      <div className="actions">
        <FieldPickers accountId={account.id} operation={operation} values={values} onPick={(field, value) => { change({ ...values, [field]: value }); }} />
        {keys.length > 0 && (
          <button type="button" className="small" disabled={busy !== null} data-testid="load-current" onClick={() => void loadCurrent(values, true)}>
            {t("ops.loadCurrent")}
          </button>
        )}
      </div>
      {current !== null && (
        <div className="current" data-testid="current-settings">
          <strong>{t("ops.currentLoaded")}</strong>
          <ul>{current.map((line) => <li key={line}>{line}</li>)}</ul>
        </div>
      )}
      <form noValidate onSubmit={(e) => { e.preventDefault(); void run("review"); }}>
        <SchemaForm idPrefix="op" schema={schema} values={values} errors={errors} onChange={change} />
        {failure !== null && <CallError key={attempt} error={failure} />}
        <div className="actions">
          {operation.kind === "read" ? (
            <button type="button" className="primary" disabled={busy !== null} data-testid="op-fetch" onClick={() => void run("send")}>
              {t("ops.fetch")}
            </button>
          ) : (
            <>
              <button type="submit" disabled={busy !== null} data-testid="op-review">{t("ops.review")}</button>
              <button type="button" className="primary" disabled={busy !== null || review === null || review.facts.refusals.length > 0} data-testid="op-send" onClick={() => void run("send")}>
                {busy === "send" ? t("ops.sending") : t("ops.send")}
              </button>
            </>
          )}
        </div>
      </form>
      {stale && (
        <div className="warning" role="alert" data-testid="stale-warning">
          <p>{t("ops.stale")}</p>
          <button type="button" className="danger" disabled={busy !== null} data-testid="send-anyway" onClick={() => void run("send", true)}>
            {t("ops.sendAnyway")}
          </button>
        </div>
      )}
      {review !== null && result === null && <ReviewPanel review={review} changes={changes} />}
      {result !== null && <ResultPanel result={result} />}
    </section>
  );
}
