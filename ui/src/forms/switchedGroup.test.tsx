import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "../testing/library";
import { useState } from "react";
import { SchemaForm } from "./SchemaForm";
import { fieldTitle } from "./attention";
import { initialValues, type FormSchema, type JsonObject } from "./schema";

afterEach(cleanup);

// The two shapes of "a flag that switches a group on": inside the group (BlendVision's
// watermark) and beside it (Alibaba's automatic switch-over).
const schema: FormSchema = {
  type: "object",
  "x-order": ["name", "watermark", "AutoOn", "AutoConfig"],
  properties: {
    name: { type: "string", title: "Name", maxLength: 5 },
    watermark: {
      "x-switch": "enabled",
      anyOf: [{
        type: "object", title: "Watermark", "x-order": ["enabled", "size"],
        properties: { enabled: { type: "boolean", title: "Watermark on" }, size: { type: "number", title: "Size" } },
      }, { type: "null" }],
    },
    AutoOn: { anyOf: [{ type: "boolean" }, { type: "null" }], title: "Switch to standby automatically" },
    AutoConfig: {
      "x-switch": "AutoOn",
      anyOf: [{ type: "object", title: "Automatic switch-over", properties: { wait: { type: "integer", title: "Wait" } } }, { type: "null" }],
    },
  },
};

function Harness({ start, onValues }: { start: JsonObject; onValues: (v: JsonObject) => void }) {
  const [values, setValues] = useState<JsonObject>(() => initialValues(schema, start));
  return <SchemaForm idPrefix="t" schema={schema} values={values} errors={{}} onChange={(v) => { setValues(v); onValues(v); }} />;
}

const checkboxes = (testId: string) => within(screen.getByTestId(testId)).queryAllByRole("checkbox");

describe("a group switched on by a flag", () => {
  it("is one checkbox when the flag is inside the group; its fields show only while on", () => {
    let last: JsonObject = {};
    render(<Harness start={{}} onValues={(v) => { last = v; }} />);
    expect(checkboxes("switched-watermark")).toHaveLength(1);
    expect(screen.queryByLabelText("Size")).toBeNull();
    fireEvent.click(screen.getByLabelText("Watermark"));
    expect(checkboxes("switched-watermark")).toHaveLength(1);
    fireEvent.change(screen.getByLabelText("Size"), { target: { value: "12" } });
    expect(last.watermark).toEqual({ enabled: true, size: 12 });
    fireEvent.click(screen.getByLabelText("Watermark"));
    expect(screen.queryByLabelText("Size")).toBeNull();
    // Switched off, it is sent as off with what it held, so nothing else reads as changed.
    expect(last.watermark).toEqual({ enabled: false, size: 12 });
  });

  it("is one checkbox when the flag is beside the group; the flag is not a field of its own", () => {
    let last: JsonObject = {};
    render(<Harness start={{ AutoOn: false }} onValues={(v) => { last = v; }} />);
    expect(screen.queryByText("Switch to standby automatically")).toBeNull();
    expect(checkboxes("switched-AutoConfig")).toHaveLength(1);
    fireEvent.click(screen.getByLabelText("Automatic switch-over"));
    fireEvent.change(screen.getByLabelText("Wait"), { target: { value: "5" } });
    expect(last.AutoOn).toBe(true);
    expect(last.AutoConfig).toEqual({ wait: 5 });
    fireEvent.click(screen.getByLabelText("Automatic switch-over"));
    expect(last.AutoOn).toBe(false);
    expect(last.AutoConfig).toBeNull();
    expect(screen.queryByLabelText("Wait")).toBeNull();
  });

  it("starts on when the loaded settings have it on", () => {
    render(<Harness start={{ watermark: { enabled: true, size: 3 }, AutoOn: true, AutoConfig: { wait: 2 } }} onValues={() => undefined} />);
    expect(screen.getByLabelText<HTMLInputElement>("Watermark").checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>("Automatic switch-over").checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>("Wait").value).toBe("2");
  });
});

describe("length limits", () => {
  it("stop typing at the limit and say so once it is reached", () => {
    render(<Harness start={{}} onValues={() => undefined} />);
    const name = screen.getByLabelText<HTMLInputElement>("Name");
    expect(name.maxLength).toBe(5);
    expect(screen.queryByTestId("limit-name")).toBeNull();
    fireEvent.change(name, { target: { value: "abcde" } });
    expect(screen.getByTestId("limit-name").textContent).toBe("5 characters at most.");
  });
});

describe("field titles for the summary", () => {
  it("are found by path, through optional groups and lists", () => {
    expect(fieldTitle(schema, "watermark.size")).toBe("Size");
    expect(fieldTitle(schema, "name")).toBe("Name");
    expect(fieldTitle(schema, "unknown.path")).toBe("unknown.path");
  });
});
