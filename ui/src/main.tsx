// Must stay the first import: it takes (or asks for) the first screen before React is evaluated.
import { firstScreen, injected } from "./boot";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { App } from "./App";
import "./styles.css";
import { note } from "./bench/marks";
import { blockContextMenu } from "./desktop/contextMenu";
import { setLocale, startLocale } from "./i18n";

note("script_start");
blockContextMenu(document);

const element = document.getElementById("root");
if (element === null) throw new Error("index.html has no #root element");

// One synchronous render that already shows the accounts handed over by the app, instead of a
// "loading" frame, a command's answer and a second render.
note("render_start");
const root = createRoot(element);
// The chosen language's catalog is read before the first render, so the window never shows
// English first (English itself is already in the bundle). The engine's language comes with the
// first screen; the engine is told only when the menu's remembered choice differs from it.
const engineLanguage = injected !== undefined
  ? Promise.resolve(injected.info.language)
  : (firstScreen?.then((s) => s.info.language, () => undefined) ?? Promise.resolve(undefined));
void engineLanguage.then((engine) => setLocale(startLocale(engine), { engine })).then(() => {
  flushSync(() => {
    root.render(
      <StrictMode>
        <App firstScreen={firstScreen} initial={injected} />
      </StrictMode>,
    );
  });
});
