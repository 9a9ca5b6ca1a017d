import { useEffect, useRef, useState } from "react";
import { commands, type AccountSummary, type ApiError, type CallResult, type CallReview, type OperationSummary } from "../bindings";
import { toApiError } from "../errors";
import { SchemaForm } from "../forms/SchemaForm";
import { asFormSchema, initialValues, isObject, toPayload, type JsonObject } from "../forms/schema";
import { validate, type FieldErrors } from "../forms/validate";
import { t } from "../i18n";
import { CallError } from "./CallError";
import { ResultPanel } from "./ResultPanel";
import { ReviewPanel } from "./ReviewPanel";

type Props = { account: AccountSummary; operation: OperationSummary };

function fieldErrors(error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of error.problems ?? []) errors[problem.field] ??= problem.message;
  if (error.field !== undefined) errors[error.field] ??= error.message;
  return errors;
}

/** One operation's form: fill (draft kept), review what will be sent, send once, see the answer. */
export function OperationForm({ account, operation }: Props) {
  const schema = asFormSchema(operation.schema);
  const [values, setValues] = useState<JsonObject | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [review, setReview] = useState<CallReview | null>(null);
  const [result, setResult] = useState<CallResult | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<"review" | "send" | null>(null);
  const [attempt, setAttempt] = useState(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    commands
      .loadDraft(account.id, operation.id)
      .then((draft) => { if (live) setValues(initialValues(schema, isObject(draft ?? undefined) ? (draft as JsonObject) : {})); })
      .catch(() => { if (live) setValues(initialValues(schema)); });
    return () => { live = false; };
    // The schema object is stable per operation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [account.id, operation.id]);

  function change(next: JsonObject) {
    setValues(next);
    setReview(null);
    setResult(null);
    clearTimeout(saveTimer.current);
    // Drafts survive closing the app; saved shortly after typing stops.
    saveTimer.current = setTimeout(() => { void commands.saveDraft(account.id, operation.id, next).catch(() => undefined); }, 400);
  }

  async function run(kind: "review" | "send") {
    if (values === null || busy !== null) return;
    const found = validate(schema, values);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(kind);
    setAttempt((n) => n + 1);
    const payload = toPayload(values);
    try {
      if (kind === "review") {
        setReview(await commands.reviewCall(account.id, operation.id, payload));
      } else {
        setResult(await commands.sendCall(account.id, operation.id, payload));
      }
    } catch (reason: unknown) {
      const error = toApiError(reason);
      setErrors(fieldErrors(error));
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  if (values === null) return null;
  return (
    <section className="panel operation" data-testid="operation-form" data-operation={operation.id}>
      <h2>{operation.title}</h2>
      <p className="help">{operation.help}</p>
      {operation.warning !== null && <p className="warning" role="note" data-testid="operation-warning">{operation.warning}</p>}
      <form noValidate onSubmit={(e) => { e.preventDefault(); void run("review"); }}>
        <SchemaForm idPrefix="op" schema={schema} values={values} errors={errors} onChange={change} />
        {failure !== null && <CallError key={attempt} error={failure} />}
        <div className="actions">
          <button type="submit" disabled={busy !== null} data-testid="op-review">{t("ops.review")}</button>
          <button type="button" className="primary" disabled={busy !== null || review === null} data-testid="op-send" onClick={() => void run("send")}>
            {busy === "send" ? t("ops.sending") : t("ops.send")}
          </button>
        </div>
      </form>
      {review !== null && result === null && <ReviewPanel review={review} />}
      {result !== null && <ResultPanel result={result} />}
    </section>
  );
}
