import type { JsonValue } from "../bindings";
import { t } from "../i18n";
import { baseType, choices, isObject, isRequired, isVisible, unwrapNullable, type FieldSchema, type FormSchema, type JsonObject } from "./schema";

/** Errors keyed by dotted path (`security.watermark.size`, `labels.2`), as the engine names them. */
export type FieldErrors = Record<string, string>;

type Options = { keepEmptyWriteOnly?: boolean };

function checkValue(path: string, schema: FieldSchema, value: JsonValue | undefined, required: boolean, errors: FieldErrors, options: Options) {
  const { field, nullable } = unwrapNullable(schema);
  const title = field.title ?? path.split(".").pop() ?? path;
  const empty = value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  if (empty) {
    const keep = options.keepEmptyWriteOnly === true && field.writeOnly === true;
    if (required && !nullable && !keep) errors[path] = t("form.required", { field: title });
    return;
  }
  const type = baseType(field);
  if (type === "object" && isObject(value)) {
    checkObject(path, field, value, errors, options);
    return;
  }
  if (type === "array" && Array.isArray(value)) {
    if (field.minItems !== undefined && value.length < field.minItems) errors[path] = t("form.minItems", { field: title, count: field.minItems });
    if (field.maxItems !== undefined && value.length > field.maxItems) errors[path] = t("form.maxItems", { field: title, count: field.maxItems });
    if (field.items !== undefined) {
      const items = field.items;
      value.forEach((item, i) => { checkValue(`${path}.${String(i)}`, items, item, true, errors, options); });
    }
    return;
  }
  if (type === "integer" || type === "number") {
    const n = typeof value === "number" ? value : Number(value);
    if (Number.isNaN(n) || (type === "integer" && !Number.isInteger(n))) errors[path] = t("form.wholeNumber", { field: title });
    else if (field.minimum !== undefined && n < field.minimum) errors[path] = t("form.minimum", { field: title, count: field.minimum });
    else if (field.maximum !== undefined && n > field.maximum) errors[path] = t("form.maximum", { field: title, count: field.maximum });
    return;
  }
  if (typeof value === "string") {
    const text = value.trim();
    // Code points, as the engine counts them (Rust `chars().count()`).
    const length = Array.from(text).length;
    const options_ = choices(field);
    if (field.minLength !== undefined && length < field.minLength) errors[path] = t("form.minLength", { field: title, count: field.minLength });
    else if (field.maxLength !== undefined && length > field.maxLength) errors[path] = t("form.maxLength", { field: title, count: field.maxLength });
    else if (field.pattern !== undefined && !new RegExp(field.pattern, "u").test(text)) errors[path] = t("form.pattern", { field: title });
    else if (options_ !== null && !options_.some((o) => o.value === text)) errors[path] = t("form.choice", { field: title });
    else if (field.format === "uri" && !/^[a-z][a-z0-9+.-]*:\/\/[^\s/]+/iu.test(text)) errors[path] = t("form.uri", { field: title });
  }
}

function checkObject(prefix: string, schema: FieldSchema, values: JsonObject, errors: FieldErrors, options: Options) {
  for (const [id, field] of Object.entries(schema.properties ?? {})) {
    if (!isVisible(field, values)) continue;
    checkValue(prefix === "" ? id : `${prefix}.${id}`, field, values[id], isRequired(schema, id, values), errors, options);
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
