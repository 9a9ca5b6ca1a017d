import type { ApiError } from "./bindings";

export function ErrorNotice({ error }: { error: ApiError }) {
  return (
    <div className="error" role="alert" data-code={error.code}>
      <p className="error-message">{error.message}</p>
      {error.hint !== null && <p className="error-hint">{error.hint}</p>}
    </div>
  );
}
