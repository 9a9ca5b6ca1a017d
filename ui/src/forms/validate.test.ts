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
    expect(validate(schema, { name: " ", region: "JP", endpoint: "ftp://x", secret: "", delay: 301 })).toEqual({
      name: "Account name is required.",
      region: "Choose one of the listed values for Region.",
      endpoint: "Custom endpoint must be a web address starting with https://.",
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
