import { describe, expect, it } from "vitest";
import type { FormSchema } from "./schema";
import { validate } from "./validate";

const schema: FormSchema = {
  properties: {
    name: { type: "string", title: "Account name", minLength: 1, maxLength: 5 },
    region: { type: "string", title: "Region", oneOf: [{ const: "KR", title: "Korea" }] },
    endpoint: { type: ["string", "null"], title: "Custom endpoint", format: "uri" },
    secret: { type: "string", title: "Secret key", writeOnly: true },
    delay: { type: "integer", title: "Delay", minimum: 0, maximum: 300 },
  },
  required: ["name", "region", "secret"],
};

describe("client-side validation from the schema", () => {
  it("names each field at fault in plain words", () => {
    expect(validate(schema, { name: " ", region: "JP", endpoint: "not a web address", secret: "", delay: 301 })).toEqual({
      name: "Account name is required.",
      region: "Choose one of the listed values for Region.",
      endpoint: "Custom endpoint must be a web address such as https://….",
      secret: "Secret key is required.",
      delay: "Delay must be at most 300.",
    });
  });

  it("accepts a valid form and lets an edit keep a stored secret", () => {
    const values = { name: "Seoul", region: "KR", endpoint: "", secret: "", delay: 0 };
    expect(validate(schema, values, { keepEmptyWriteOnly: true })).toEqual({});
    expect(validate(schema, { ...values, name: "Too long" }, { keepEmptyWriteOnly: true })).toEqual({
      name: "Account name must be at most 5 characters.",
    });
  });
});

describe("nested forms", () => {
  const nested: FormSchema = {
    type: "object",
    properties: {
      security: {
        type: "object",
        title: "Security",
        required: ["privacy"],
        properties: {
          privacy: { type: "string", title: "Privacy", oneOf: [{ const: "PUBLIC", title: "Public" }, { const: "TOKEN", title: "Token" }] },
          watermark: {
            anyOf: [
              { type: "object", title: "Watermark", properties: { size: { type: "integer", title: "Size", minimum: 1, maximum: 50 } } },
              { type: "null" },
            ],
          },
        },
      },
      labels: { type: "array", title: "Labels", maxItems: 2, items: { type: "string", title: "Label", maxLength: 3 } },
    },
    required: ["security"],
  };

  it("names nested fields and list entries by their dotted path", () => {
    const values = { security: { privacy: null, watermark: { size: 51 } }, labels: ["ok", "long", "x"] };
    expect(validate(nested, values)).toEqual({
      "security.privacy": "Privacy is required.",
      "security.watermark.size": "Size must be at most 50.",
      labels: "Labels can have at most 2 entries.",
      "labels.1": "Label must be at most 3 characters.",
    });
  });

  it("lets an optional group stay unset", () => {
    expect(validate(nested, { security: { privacy: "TOKEN", watermark: null }, labels: [] })).toEqual({});
  });
});
