import { useEffect, useState } from "react";
import { commands, type AccountSummary, type ApiError, type AppInfo } from "./bindings";
import { AccountsList } from "./AccountsList";
import { ErrorNotice } from "./ErrorNotice";
import { toApiError } from "./errors";

type Loaded = { info: AppInfo; accounts: AccountSummary[] };

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    Promise.all([commands.appInfo(), commands.listAccounts()])
      .then(([info, accounts]) => {
        setLoaded({ info, accounts });
      })
      .catch((reason: unknown) => {
        setError(toApiError(reason));
      });
  }, []);

  return (
    <main>
      <header>
        <h1>Livedesk</h1>
        <p className="tagline">Change your live channels safely, on every streaming service you use.</p>
      </header>
      {error !== null && <ErrorNotice error={error} />}
      {loaded !== null && <AccountsList accounts={loaded.accounts} />}
      {loaded !== null && (
        <footer>
          {loaded.info.name} {loaded.info.version}
        </footer>
      )}
    </main>
  );
}
