import { baseType, type FormSchema, type FormValues } from "./schema";

export type FieldErrors = Record<string, string>;

/**
 * Checks what the schema states (required, lengths, patterns, ranges, choices) before a form
 * is sent. The engine checks again — this only saves a round trip and keeps errors next to
 * their field.
 */
export function validate(
  schema: FormSchema,
  values: FormValues,
  options: { keepEmptyWriteOnly?: boolean } = {},
): FieldErrors {
  const errors: FieldErrors = {};
  const required = new Set(schema.required ?? []);
  for (const [id, field] of Object.entries(schema.properties ?? {})) {
    const raw = values[id];
    const title = field.title ?? id;
    const text = typeof raw === "string" ? raw.trim() : raw;
    const empty = text === "" || text === null || text === undefined;
    if (empty) {
      const keep = options.keepEmptyWriteOnly === true && field.writeOnly === true;
      if (required.has(id) && !keep) errors[id] = `${title} is required.`;
      continue;
    }
    if (typeof text === "string") {
      // Code points, as the engine counts them (Rust `chars().count()`).
      const length = Array.from(text).length;
      if (field.minLength !== undefined && length < field.minLength) {
        errors[id] = `${title} must be at least ${String(field.minLength)} characters.`;
      } else if (field.maxLength !== undefined && length > field.maxLength) {
        errors[id] = `${title} must be at most ${String(field.maxLength)} characters.`;
      } else if (field.pattern !== undefined && !new RegExp(field.pattern, "u").test(text)) {
        errors[id] = `${title} is not in the expected form.`;
      } else if (field.oneOf !== undefined && !field.oneOf.some((o) => o.const === text)) {
        errors[id] = `Choose one of the listed values for ${title}.`;
      } else if (field.format === "uri" && !/^https?:\/\/[^\s/]+/u.test(text)) {
        errors[id] = `${title} must be a web address starting with https://.`;
      }
    }
    if (baseType(field) === "integer" || baseType(field) === "number") {
      const n = Number(text);
      if (Number.isNaN(n)) errors[id] = `${title} must be a number.`;
      else if (field.minimum !== undefined && n < field.minimum) errors[id] = `${title} must be at least ${String(field.minimum)}.`;
      else if (field.maximum !== undefined && n > field.maximum) errors[id] = `${title} must be at most ${String(field.maximum)}.`;
    }
  }
  return errors;
}
