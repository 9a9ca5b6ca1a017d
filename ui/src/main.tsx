import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, loadFirstScreen } from "./App";
import "./styles.css";
import { note } from "./bench/marks";

note("script_start");

// Asked for before React starts, so the answer is on its way while the page initialises.
const firstScreen = loadFirstScreen();
const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App firstScreen={firstScreen} />
  </StrictMode>,
);
