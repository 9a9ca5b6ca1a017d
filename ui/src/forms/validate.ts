import type { JsonValue } from "../bindings";
import { baseType, choices, isObject, unwrapNullable, type FieldSchema, type FormSchema, type JsonObject } from "./schema";

/** Errors keyed by dotted path (`security.watermark.size`, `labels.2`), as the engine names them. */
export type FieldErrors = Record<string, string>;

type Options = { keepEmptyWriteOnly?: boolean };

function checkValue(path: string, schema: FieldSchema, value: JsonValue | undefined, required: boolean, errors: FieldErrors, options: Options) {
  const { field, nullable } = unwrapNullable(schema);
  const title = field.title ?? path.split(".").pop() ?? path;
  const empty = value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  if (empty) {
    const keep = options.keepEmptyWriteOnly === true && field.writeOnly === true;
    if (required && !nullable && !keep) errors[path] = `${title} is required.`;
    return;
  }
  const type = baseType(field);
  if (type === "object" && isObject(value)) {
    checkObject(path, field, value, errors, options);
    return;
  }
  if (type === "array" && Array.isArray(value)) {
    if (field.minItems !== undefined && value.length < field.minItems) errors[path] = `${title} needs at least ${String(field.minItems)} entries.`;
    if (field.maxItems !== undefined && value.length > field.maxItems) errors[path] = `${title} can have at most ${String(field.maxItems)} entries.`;
    if (field.items !== undefined) {
      const items = field.items;
      value.forEach((item, i) => { checkValue(`${path}.${String(i)}`, items, item, true, errors, options); });
    }
    return;
  }
  if (type === "integer" || type === "number") {
    const n = typeof value === "number" ? value : Number(value);
    if (Number.isNaN(n) || (type === "integer" && !Number.isInteger(n))) errors[path] = `${title} must be a whole number.`;
    else if (field.minimum !== undefined && n < field.minimum) errors[path] = `${title} must be at least ${String(field.minimum)}.`;
    else if (field.maximum !== undefined && n > field.maximum) errors[path] = `${title} must be at most ${String(field.maximum)}.`;
    return;
  }
  if (typeof value === "string") {
    const text = value.trim();
    // Code points, as the engine counts them (Rust `chars().count()`).
    const length = Array.from(text).length;
    const options_ = choices(field);
    if (field.minLength !== undefined && length < field.minLength) errors[path] = `${title} must be at least ${String(field.minLength)} characters.`;
    else if (field.maxLength !== undefined && length > field.maxLength) errors[path] = `${title} must be at most ${String(field.maxLength)} characters.`;
    else if (field.pattern !== undefined && !new RegExp(field.pattern, "u").test(text)) errors[path] = `${title} is not in the expected form.`;
    else if (options_ !== null && !options_.some((o) => o.value === text)) errors[path] = `Choose one of the listed values for ${title}.`;
    else if (field.format === "uri" && !/^[a-z][a-z0-9+.-]*:\/\/[^\s/]+/iu.test(text)) errors[path] = `${title} must be a web address such as https://….`;
  }
}

function checkObject(prefix: string, schema: FieldSchema, values: JsonObject, errors: FieldErrors, options: Options) {
  const required = new Set(schema.required ?? []);
  for (const [id, field] of Object.entries(schema.properties ?? {})) {
    checkValue(prefix === "" ? id : `${prefix}.${id}`, field, values[id], required.has(id), errors, options);
  }
}

/**
 * Checks what the schema states (required, lengths, patterns, ranges, choices, list sizes)
 * before a form is sent. The engine checks again — this saves a round trip and keeps each
 * message next to its field.
 */
export function validate(schema: FormSchema, values: JsonObject, options: Options = {}): FieldErrors {
  const errors: FieldErrors = {};
  checkObject("", schema, values, errors, options);
  return errors;
}
