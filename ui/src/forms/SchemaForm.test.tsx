import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "../testing/library";
import { useState } from "react";
import { SchemaForm } from "./SchemaForm";
import { initialValues, type FormSchema, type JsonObject } from "./schema";

afterEach(cleanup);

const schema: FormSchema = {
  type: "object",
  "x-order": ["name", "live_id", "watermark", "labels"],
  properties: {
    name: { type: "string", title: "Name" },
    live_id: { type: "string", title: "Live", readOnly: true },
    watermark: {
      anyOf: [{ type: "object", title: "Watermark", properties: { position: { type: "string", title: "Position", oneOf: [{ const: "TOP_LEFT", title: "Top left" }, { const: "CUSTOM", title: "Custom" }] } } }, { type: "null" }],
    },
    labels: { type: "array", title: "Labels", maxItems: 2, items: { type: "string", title: "Label" } },
  },
};

function Harness({ onValues }: { onValues: (v: JsonObject) => void }) {
  const [values, setValues] = useState<JsonObject>(() => initialValues(schema, { live_id: "L1" }));
  return <SchemaForm idPrefix="t" schema={schema} values={values} errors={{ "labels.0": "Label is required." }} onChange={(v) => { setValues(v); onValues(v); }} />;
}

describe("SchemaForm", () => {
  it("renders nested groups, lists and locked fields from the schema alone", () => {
    let last: JsonObject = {};
    render(<Harness onValues={(v) => { last = v; }} />);
    expect(screen.getByLabelText<HTMLInputElement>(/Live/).disabled).toBe(true);
    expect(screen.queryByLabelText("Position")).toBeNull();
    fireEvent.click(screen.getByLabelText("Set Watermark"));
    fireEvent.change(screen.getByLabelText("Position"), { target: { value: "1" } });
    expect(last.watermark).toEqual({ position: "CUSTOM" });

    fireEvent.click(screen.getByText("Add Label"));
    fireEvent.click(screen.getByText("Add Label"));
    expect(screen.getByText<HTMLButtonElement>("Add Label").disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Label 2"), { target: { value: "news" } });
    expect(last.labels).toEqual(["", "news"]);
    expect(screen.getByTestId("error-labels.0").textContent).toBe("Label is required.");
  });
});
