// Must stay the first import: it takes (or asks for) the first screen before React is evaluated.
import { firstScreen, firstScreenWithin, injected } from "./boot";
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { App } from "./App";
import type { FirstScreen } from "./firstScreen";
import "./styles.css";
import { note } from "./bench/marks";

note("script_start");

const element = document.getElementById("root");
if (element === null) throw new Error("index.html has no #root element");
const root: Root = createRoot(element);

// One synchronous render that already shows the accounts, instead of a "loading" frame and a
// second render; a slow answer still gets the window's frame at once (firstScreenWithin).
function renderApp(initial: FirstScreen | undefined): void {
  note("render_start");
  flushSync(() => {
    root.render(
      <StrictMode>
        <App firstScreen={firstScreen} initial={initial} />
      </StrictMode>,
    );
  });
}

if (injected !== undefined) renderApp(injected);
else void firstScreenWithin(250).then(renderApp);
