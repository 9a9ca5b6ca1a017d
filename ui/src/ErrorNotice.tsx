import { useEffect, useRef } from "react";
import type { ApiError } from "./bindings";

export function ErrorNotice({ error }: { error: ApiError }) {
  const box = useRef<HTMLDivElement>(null);
  // Shown where the eye is: a notice below the fold (a long form, a small window) scrolls in.
  useEffect(() => {
    const element = box.current;
    if (element !== null && typeof element.scrollIntoView === "function") element.scrollIntoView({ block: "nearest" });
  }, [error]);
  return (
    <div ref={box} className="error" role="alert" data-code={error.code}>
      <p className="error-message">{error.message}</p>
      {error.hint !== null && <p className="error-hint">{error.hint}</p>}
    </div>
  );
}
