import { cleanup, fireEvent, render, screen } from "../testing/library";
import { useState } from "react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SchemaForm } from "./SchemaForm";
import type { FormSchema, JsonObject } from "./schema";

const schema: FormSchema = {
  type: "object",
  properties: {
    scheduled_at: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }], title: "Scheduled start" },
    // Alibaba's way: a pattern of a UTC time to the second.
    StartTime: { type: "string", title: "Created from", pattern: String.raw`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$` },
  },
};

function Harness({ start, onValues }: { start: JsonObject; onValues: (v: JsonObject) => void }) {
  const [values, setValues] = useState<JsonObject>(start);
  return <SchemaForm idPrefix="t" schema={schema} values={values} errors={{}} onChange={(v) => { setValues(v); onValues(v); }} />;
}

const zoneBefore = process.env.TZ;
beforeAll(() => { process.env.TZ = "Asia/Taipei"; });
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});
afterEach(cleanup);

describe("a date-time field", () => {
  it("shows a loaded UTC value in local time with the zone named, and holds UTC for what is picked", () => {
    let last: JsonObject = {};
    render(<Harness start={{ scheduled_at: "2025-06-30T18:00:00Z" }} onValues={(v) => { last = v; }} />);
    const input = screen.getByLabelText<HTMLInputElement>("Scheduled start");
    expect(input.type).toBe("datetime-local");
    expect(input.value).toBe("2025-07-01T02:00");
    expect(screen.getByTestId("t-scheduled_at-zone").textContent).toBe("Your time zone: Asia/Taipei, UTC+8");
    fireEvent.change(input, { target: { value: "2025-07-02T09:30" } });
    expect(last.scheduled_at).toBe("2025-07-02T01:30:00Z");
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(last.scheduled_at).toBe("");
    expect(input.value).toBe("");
  });

  it("stays empty when empty", () => {
    render(<Harness start={{ scheduled_at: null }} onValues={() => undefined} />);
    expect(screen.getByLabelText<HTMLInputElement>("Scheduled start").value).toBe("");
    expect(screen.queryByRole("button", { name: "Clear" })).toBeNull();
  });

  it("is also the picker for a text the engine wants as a UTC time to the second", () => {
    let last: JsonObject = {};
    render(<Harness start={{ StartTime: "" }} onValues={(v) => { last = v; }} />);
    const input = screen.getByLabelText<HTMLInputElement>("Created from");
    expect(input.type).toBe("datetime-local");
    fireEvent.change(input, { target: { value: "2025-06-01T16:00" } });
    expect(last.StartTime).toBe("2025-06-01T08:00:00Z");
  });
});
