import { describe, expect, it } from "vitest";
import table from "../../../tests/fixtures/validation-cases.json";
import type { ApiError, FieldIssue } from "../bindings";
import { fieldErrors } from "./fieldErrors";

// The shared table of form checks: the engine (livedesk-core's `validation_cases` test) finds
// exactly these problems; here, each one is shown next to the field it names, word for word.
type Case = { form: string; input: unknown; problems: FieldIssue[] };
const cases: Case[] = table.cases;

describe("the engine's verdict on a form, field by field", () => {
  it.each(cases.map((c) => [c.form, c] as const))("%s", (_form, { problems }) => {
    const refused: ApiError = { code: "input.invalid", message: problems[0]?.message ?? "", hint: null, problems };
    const shown = fieldErrors(refused);
    const expected: Record<string, string> = {};
    for (const p of problems) expected[p.field] ??= p.message;
    expect(shown).toEqual(expected);
  });

  it("names the field of a single error without a list", () => {
    expect(fieldErrors({ code: "account.duplicate_name", message: "There is already an account named “A”.", hint: null, field: "name" }))
      .toEqual({ name: "There is already an account named “A”." });
  });
});
