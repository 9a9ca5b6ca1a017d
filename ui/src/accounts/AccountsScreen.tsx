import { useEffect, useRef, useState } from "react";
import { commands, type AccountForm, type AccountSummary, type ApiError, type Vendor } from "../bindings";
import { ErrorNotice } from "../ErrorNotice";
import { toApiError } from "../errors";
import { AccountEditor } from "./AccountEditor";
import { AccountsList } from "./AccountsList";
import { ConfirmDelete } from "./ConfirmDelete";
import { t } from "../i18n";
import { focusHeading } from "../desktop/focusHeading";

type Props = {
  accounts: AccountSummary[];
  forms: AccountForm[];
  onChanged: () => Promise<void>;
  onWork: (account: AccountSummary) => void;
};

type Mode =
  | { kind: "list" }
  | { kind: "pick-vendor" }
  | { kind: "create"; vendor: Vendor }
  | { kind: "edit"; account: AccountSummary }
  | { kind: "delete"; account: AccountSummary };

export function AccountsScreen({ accounts, forms, onChanged, onWork }: Props) {
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const formOf = (vendor: Vendor) => forms.find((f) => f.vendor === vendor);
  const section = useRef<HTMLElement>(null);
  const shownMode = useRef(mode.kind);

  // Opening the picker, the editor or the delete question, or going back to the list, moves
  // focus to what is now in front.
  useEffect(() => {
    if (shownMode.current === mode.kind) return;
    shownMode.current = mode.kind;
    const where = { list: "#accounts-heading", "pick-vendor": ".vendor-picker button", create: "#account-editor-title", edit: "#account-editor-title", delete: "#confirm-title" }[mode.kind];
    const target = section.current?.querySelector<HTMLElement>(where);
    if (target == null) return;
    if (target.tagName === "BUTTON") target.focus();
    else focusHeading(target);
  }, [mode.kind]);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      await onChanged();
      setMode({ kind: "list" });
    } catch (reason: unknown) {
      setError(toApiError(reason));
    } finally {
      setBusy(false);
    }
  }

  const editorForm = mode.kind === "create" ? formOf(mode.vendor) : mode.kind === "edit" ? formOf(mode.account.vendor) : undefined;

  return (
    <section ref={section} className="accounts panel" aria-labelledby="accounts-heading">
      <div className="section-head">
        <h2 id="accounts-heading">{t("accounts.heading")}</h2>
        {mode.kind === "list" && (
          <span className="actions">
            <button type="button" className="primary" onClick={() => { setMode({ kind: "pick-vendor" }); }} data-testid="add-account">
              {t("accounts.add")}
            </button>
            <button type="button" disabled={busy} onClick={() => void run(() => commands.addSandboxAccounts())} data-testid="add-practice">
              {t("accounts.addPractice")}
            </button>
          </span>
        )}
      </div>
      <div aria-live="polite">{error !== null && <ErrorNotice error={error} />}</div>
      {mode.kind === "pick-vendor" && (
        <div className="vendor-picker" role="group" aria-label={t("accounts.pickVendor")} data-testid="vendor-picker">
          <p>{t("accounts.pickVendor")}</p>
          {forms.map((form) => (
            <button type="button" key={form.vendor} data-vendor={form.vendor} onClick={() => { setMode({ kind: "create", vendor: form.vendor }); }}>
              {form.title}
            </button>
          ))}
          <button type="button" onClick={() => { setMode({ kind: "list" }); }}>{t("common.cancel")}</button>
        </div>
      )}
      {editorForm !== undefined && (mode.kind === "create" || mode.kind === "edit") && (
        <AccountEditor
          key={mode.kind === "edit" ? mode.account.id : mode.vendor}
          form={editorForm}
          {...(mode.kind === "edit" ? { account: mode.account } : {})}
          onSaved={() => {
            void onChanged().then(() => { setMode({ kind: "list" }); });
          }}
          onCancel={() => { setMode({ kind: "list" }); }}
        />
      )}
      {mode.kind === "delete" && (
        <ConfirmDelete
          account={mode.account}
          busy={busy}
          onConfirm={() => void run(() => commands.deleteAccount(mode.account.id))}
          onCancel={() => { setMode({ kind: "list" }); }}
        />
      )}
      <AccountsList
        accounts={accounts}
        onWork={onWork}
        onEdit={(account) => { setMode({ kind: "edit", account }); }}
        onDelete={(account) => { setMode({ kind: "delete", account }); }}
      />
    </section>
  );
}
