import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { commands, type AccountForm, type AccountSummary, type ApiError, type AppInfo, type OperationSummary } from "./bindings";
import { AccountsScreen } from "./accounts/AccountsScreen";
import { ErrorNotice } from "./ErrorNotice";
import type { Prefill } from "./operations/OperationForm";
import type { JsonObject } from "./forms/schema";
import { toApiError } from "./errors";
import { t, useLocale, useLocaleSwitch } from "./i18n";
import { LanguageMenu } from "./i18n/LanguageMenu";
import { afterPaint, mark, note, sendNotes } from "./bench/marks";
import { loadFirstScreen, type FirstScreen } from "./firstScreen";
import { useFocusHeadingOnChange } from "./desktop/focusHeading";

// Not on the first screen: loaded once that has painted (see below), so start-up parses less.
const loadOperations = () => import("./operations/OperationsScreen");
const loadHistory = () => import("./history/HistoryScreen");
const OperationsScreen = lazy(() => loadOperations().then((m) => ({ default: m.OperationsScreen })));
const HistoryScreen = lazy(() => loadHistory().then((m) => ({ default: m.HistoryScreen })));

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type Props = {
  /** The first screen's data, asked for before React started (main.tsx). */
  firstScreen?: Promise<FirstScreen> | undefined;
  /** The first screen the app handed the window when it opened (refreshed after the first paint). */
  initial?: FirstScreen | undefined;
};

export function App({ firstScreen, initial }: Props) {
  // Re-renders the whole window in the language chosen in the menu, keeping what is on screen.
  useLocale();
  const [info, setInfo] = useState<AppInfo | null>(initial?.info ?? null);
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(initial?.accounts ?? null);
  const [forms, setForms] = useState<AccountForm[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [operations, setOperations] = useState<OperationSummary[] | null>(null);
  const [working, setWorking] = useState<AccountSummary | null>(null);
  const [start, setStart] = useState<{ operation: string; prefill: Prefill } | undefined>(undefined);
  const [showHistory, setShowHistory] = useState(false);

  const committed = useRef(false);
  const screenBox = useRef<HTMLDivElement>(null);
  const screen = showHistory ? "history" : working !== null ? `operations:${working.id}` : "accounts";
  useFocusHeadingOnChange(screen, screenBox);

  useLayoutEffect(() => {
    if (accounts === null || committed.current) return;
    committed.current = true;
    note("first_screen_committed");
    // A benchmark run (scripts/bench.sh) times the first screen, then may drive the window
    // itself. The frame is asked for here, at commit, so the mark is the frame that shows it.
    const run = info?.benchmark;
    if (run == null) return;
    void afterPaint().then(async (painted) => {
      await mark("first_screen", painted);
      await sendNotes();
      if (run.workload_calls > 0) {
        const { runWorkload } = await import("./bench/workload");
        await runWorkload(run.workload_calls);
      }
    });
  }, [info, accounts]);

  const reloadAccounts = useCallback(async () => {
    setAccounts(await commands.listAccounts());
  }, []);

  useEffect(() => {
    // The first screen needs only the accounts; the forms' schemas follow once it is painted.
    const show = (fresh: FirstScreen) => {
      // An unchanged answer keeps the rendered objects: nothing renders again.
      setInfo((old) => (sameJson(old, fresh.info) ? old : fresh.info));
      setAccounts((old) => (sameJson(old, fresh.accounts) ? old : fresh.accounts));
    };
    const load = async () => {
      if (initial === undefined) {
        note("data_requested");
        show(await (firstScreen ?? loadFirstScreen()));
        note("data_loaded");
        await afterPaint();
      } else {
        // Handed over when the window opened; asked again after the first paint, as the page
        // may have been reloaded since.
        await afterPaint();
        show(await loadFirstScreen());
      }
      const [accountForms, ops] = await Promise.all([commands.accountForms(), commands.listOperations(), loadOperations(), loadHistory()]);
      setForms(accountForms);
      setOperations(ops);
    };
    load().catch((reason: unknown) => {
      setError(toApiError(reason));
    });
  }, [firstScreen, initial]);

  // What the engine wrote (operation forms, account forms, account details, notices) is asked
  // for again once it speaks the newly chosen language; screens keep their input (their state
  // is keyed by ids, not by these texts).
  const switches = useRef(0);
  useLocaleSwitch(() => {
    const ticket = ++switches.current;
    const live = () => ticket === switches.current;
    Promise.all([commands.appInfo(), commands.listAccounts(), commands.accountForms(), commands.listOperations()]).then(
      ([freshInfo, freshAccounts, accountForms, ops]) => {
        if (!live()) return;
        setInfo(freshInfo);
        setAccounts(freshAccounts);
        setForms(accountForms);
        setOperations(ops);
      },
      (reason: unknown) => { if (live()) setError(toApiError(reason)); },
    );
  });

  return (
    <main>
      <header>
        <h1>{t("app.name")}</h1>
        <p className="tagline">{t("app.tagline")}</p>
        <div className="header-actions">
          <LanguageMenu />
          <button type="button" className="history-button" data-testid="open-history" onClick={() => { setWorking(null); setShowHistory(true); }}>
            {t("history.button")}
          </button>
        </div>
      </header>
      {/* Always present, so what appears in it is announced (a live region added with its
          content is not read by every screen reader). */}
      <div aria-live="polite" data-testid="app-notices">
        {error !== null && <ErrorNotice error={error} />}
        {info?.notices.map((notice) => <ErrorNotice key={notice.code + notice.message} error={notice} />)}
      </div>
      <div ref={screenBox} data-screen={screen}>
      <Suspense fallback={null}>
      {showHistory ? (
        <HistoryScreen
          accounts={accounts ?? []}
          onBack={() => { setShowHistory(false); }}
          onReplay={(plan) => {
            const account = accounts?.find((a) => a.id === plan.account_id);
            if (account === undefined) return;
            setStart({ operation: plan.operation, prefill: { input: plan.input as JsonObject, undoOf: plan.undo_of } });
            setShowHistory(false);
            setWorking(account);
          }}
        />
      ) : working !== null ? (
        operations !== null && (
          <>
            {/* The screen's name for a screen reader, and where focus lands when it opens. */}
            <h2 className="visually-hidden">{t("app.operationsHeading", { name: working.name })}</h2>
            <OperationsScreen account={working} operations={operations} start={start} onBack={() => { setWorking(null); setStart(undefined); }} />
          </>
        )
      ) : (
        accounts !== null && <AccountsScreen accounts={accounts} forms={forms} onChanged={reloadAccounts} onWork={setWorking} />
      )}
      </Suspense>
      </div>
      {info !== null && (
        <footer>
          {info.name} {info.version}
        </footer>
      )}
    </main>
  );
}
