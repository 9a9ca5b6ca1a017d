// The subset of JSON Schema the engine emits for forms (accounts now, operations later).

export type FieldSchema = {
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  writeOnly?: boolean;
  enum?: unknown[];
  oneOf?: { const: unknown; title?: string; description?: string }[];
};

export type FormSchema = {
  properties?: Record<string, FieldSchema>;
  required?: string[];
  "x-order"?: string[];
};

export type FormValues = Record<string, string | boolean | number | null>;

export function asFormSchema(value: Record<string, unknown>): FormSchema {
  return value;
}

/** Field ids in display order. */
export function fieldOrder(schema: FormSchema): string[] {
  const props = Object.keys(schema.properties ?? {});
  const order = schema["x-order"] ?? [];
  return [...order.filter((f) => props.includes(f)), ...props.filter((f) => !order.includes(f))];
}

export function allowsNull(field: FieldSchema): boolean {
  return Array.isArray(field.type) && field.type.includes("null");
}

export function baseType(field: FieldSchema): string {
  if (Array.isArray(field.type)) return field.type.find((t) => t !== "null") ?? "string";
  return field.type ?? "string";
}

/** Initial values: the schema's defaults, then whatever is given. */
export function initialValues(schema: FormSchema, given: FormValues = {}): FormValues {
  const values: FormValues = {};
  for (const [id, field] of Object.entries(schema.properties ?? {})) {
    const fallback = field.default;
    if (typeof fallback === "string" || typeof fallback === "number" || typeof fallback === "boolean") {
      values[id] = fallback;
    } else if (baseType(field) === "boolean") {
      values[id] = false;
    } else {
      values[id] = "";
    }
  }
  return { ...values, ...given };
}
