// Reading the forms the engine sends (accounts, operations): objects with titled properties,
// arrays, `oneOf` choices with labels, numbers with ranges, booleans. The engine checks what
// is filled in (one validator, in Rust); the form shows each problem next to its field.

import type { FormSchema, JsonValue } from "../bindings";

/** A form's JSON Schema as the engine sends it (generated from Rust: `FormSchema`). */
export type FieldSchema = FormSchema;
export type { FormSchema };
export type JsonObject = { [key in string]?: JsonValue };
export type FormValues = JsonObject;

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Property names in display order. */
export function fieldOrder(schema: FieldSchema): string[] {
  const props = Object.keys(schema.properties ?? {});
  const order = schema["x-order"] ?? [];
  return [...order.filter((f) => props.includes(f)), ...props.filter((f) => !order.includes(f))];
}

/** `Option<T>` arrives as `anyOf: [T, {type: null}]` or `type: [T, "null"]`: unwrap it. */
export function unwrapNullable(field: FieldSchema): { field: FieldSchema; nullable: boolean } {
  const variants = field.anyOf ?? (field.oneOf?.some((o) => o.type === "null") === true ? field.oneOf : undefined);
  if (variants !== undefined) {
    const nonNull = variants.filter((v) => v.type !== "null");
    if (nonNull.length === 1 && nonNull[0] !== undefined && nonNull.length < variants.length) {
      const rest: FieldSchema = { ...field };
      delete rest.anyOf;
      delete rest.oneOf;
      return { field: { ...nonNull[0], ...rest }, nullable: true };
    }
  }
  if (Array.isArray(field.type) && field.type.includes("null")) {
    return { field: { ...field, type: field.type.find((t) => t !== "null") ?? "string" }, nullable: true };
  }
  return { field, nullable: false };
}

export function baseType(field: FieldSchema): string {
  const unwrapped = unwrapNullable(field).field;
  if (Array.isArray(unwrapped.type)) return unwrapped.type[0] ?? "string";
  if (unwrapped.type !== undefined) return unwrapped.type;
  if (unwrapped.properties !== undefined) return "object";
  if (unwrapped.oneOf?.every((o) => typeof o.const === "string") === true) return "string";
  return "string";
}

/** Choices of a `oneOf` of constants (or an `enum`), with their labels. */
export function choices(field: FieldSchema): { value: JsonValue; label: string }[] | null {
  const { field: f } = unwrapNullable(field);
  if (f.oneOf !== undefined && f.oneOf.every((o) => o.const !== undefined)) {
    return f.oneOf.map((o) => ({ value: o.const ?? null, label: o.title ?? o.description ?? JSON.stringify(o.const) }));
  }
  if (f.enum !== undefined) return f.enum.map((v) => ({ value: v, label: typeof v === "string" ? v : JSON.stringify(v) }));
  return null;
}

function holds(rule: { field: string; in: JsonValue[] } | undefined, siblings: JsonObject): boolean {
  return rule === undefined || rule.in.some((v) => v === siblings[rule.field]);
}

/** Whether a property is shown, given the values of its siblings. */
export function isVisible(field: FieldSchema, siblings: JsonObject): boolean {
  return holds(field["x-only-when"], siblings);
}

/** Whether a property must be filled, given the values of its siblings. */
export function isRequired(parent: FieldSchema, name: string, siblings: JsonObject): boolean {
  const field = parent.properties?.[name];
  if (field === undefined) return false;
  if ((parent.required ?? []).includes(name)) return true;
  return field["x-required-when"] !== undefined && holds(field["x-required-when"], siblings);
}

/** Hidden conditional fields are emptied, so what is sent matches what is shown. */
export function dropHidden(schema: FieldSchema, values: JsonObject): JsonObject {
  const next = { ...values };
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    if (!isVisible(field, next)) next[name] = null;
  }
  return next;
}

/** Initial value of a field: its default, else an empty value of its type. */
export function emptyValue(field: FieldSchema, optional = false): JsonValue {
  const { field: f, nullable: isNullable } = unwrapNullable(field);
  const nullable = isNullable || optional;
  if (f.default !== undefined) return f.default;
  switch (baseType(f)) {
    case "object":
      return nullable ? null : initialValues(f);
    case "array":
      return [];
    case "boolean":
      return nullable ? null : false;
    case "integer":
    case "number":
      return null;
    default: {
      const options = choices(f);
      return options !== null && !nullable ? (options[0]?.value ?? "") : "";
    }
  }
}

/** Initial values of an object schema, then whatever is given on top. */
export function initialValues(schema: FieldSchema, given: JsonObject = {}): JsonObject {
  const values: JsonObject = {};
  const required = new Set(schema.required ?? []);
  for (const [id, field] of Object.entries(schema.properties ?? {})) {
    // Optional groups start unset: an empty group is not the same as no group to a vendor.
    values[id] = emptyValue(field, !required.has(id) && baseType(field) === "object");
  }
  return { ...values, ...given };
}

/** What is sent: empty text becomes null, so "left empty" means the same everywhere. */
export function toPayload(value: JsonValue | undefined): JsonValue {
  if (value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (Array.isArray(value)) return value.map(toPayload);
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPayload(v);
    return out;
  }
  return value;
}

/** The field at a dotted path as the engine names fields in its diff and problems
 * (`security.watermark.size`, `formats[0].duration`), or `null`. */
export function fieldAt(schema: FieldSchema, path: string): FieldSchema | null {
  let field: FieldSchema | undefined = schema;
  for (const part of path.replaceAll(/\[\d+\]/g, ".[]").split(".").filter((p) => p !== "")) {
    const unwrapped: FieldSchema = unwrapNullable(field).field;
    field = part === "[]" ? unwrapped.items : unwrapped.properties?.[part];
    if (field === undefined) return null;
  }
  return unwrapNullable(field).field;
}

/** The engine's pattern of a UTC time to the second (`2025-06-01T08:00:00Z`, Alibaba's
 * StartTime/EndTime): a date-time too, one the picker always fills with seconds. */
const UTC_SECONDS = String.raw`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$`;

/** Whether a field holds a date-time as UTC text (`format: date-time`, or the pattern above). */
export function isDateTime(field: FieldSchema): boolean {
  const { field: f } = unwrapNullable(field);
  return f.format === "date-time" || f.pattern === UTC_SECONDS;
}

/** Whether the field at `path` holds a date-time. */
export function isDateTimeAt(schema: FieldSchema, path: string): boolean {
  const field = fieldAt(schema, path);
  return field !== null && isDateTime(field);
}
