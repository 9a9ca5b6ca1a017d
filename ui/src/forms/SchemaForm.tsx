import { allowsNull, baseType, fieldOrder, type FieldSchema, type FormSchema, type FormValues } from "./schema";
import type { FieldErrors } from "./validate";

type Props = {
  schema: FormSchema;
  values: FormValues;
  errors: FieldErrors;
  onChange: (values: FormValues) => void;
  /** Shown inside write-only fields that already hold a value (e.g. "set ····11d4"). */
  writeOnlyHints?: Record<string, string>;
  idPrefix: string;
};

function Input({ id, field, value, onChange, hint }: {
  id: string;
  field: FieldSchema;
  value: FormValues[string];
  onChange: (v: string | boolean) => void;
  hint: string | undefined;
}) {
  if (field.oneOf !== undefined) {
    return (
      <select id={id} value={String(value ?? "")} onChange={(e) => { onChange(e.target.value); }}>
        {field.oneOf.map((option) => (
          <option key={String(option.const)} value={String(option.const)}>
            {option.title ?? String(option.const)}
          </option>
        ))}
      </select>
    );
  }
  if (baseType(field) === "boolean") {
    return <input id={id} type="checkbox" checked={value === true} onChange={(e) => { onChange(e.target.checked); }} />;
  }
  return (
    <input
      id={id}
      type={field.writeOnly === true ? "password" : "text"}
      autoComplete="off"
      spellCheck={false}
      value={typeof value === "string" || typeof value === "number" ? String(value) : ""}
      placeholder={hint ?? (allowsNull(field) ? "Optional" : "")}
      onChange={(e) => { onChange(e.target.value); }}
    />
  );
}

/** A form rendered from the engine's JSON Schema: no field is known to the UI code. */
export function SchemaForm({ schema, values, errors, onChange, writeOnlyHints = {}, idPrefix }: Props) {
  const required = new Set(schema.required ?? []);
  return (
    <div className="schema-form">
      {fieldOrder(schema).map((name) => {
        const field = schema.properties?.[name];
        if (field === undefined) return null;
        const id = `${idPrefix}-${name}`;
        const error = errors[name];
        return (
          <div className={error === undefined ? "field" : "field field-invalid"} key={name} data-field={name}>
            <label htmlFor={id}>
              {field.title ?? name}
              {required.has(name) && writeOnlyHints[name] === undefined && <span className="required"> *</span>}
            </label>
            <Input
              id={id}
              field={field}
              value={values[name] ?? null}
              hint={writeOnlyHints[name]}
              onChange={(v) => { onChange({ ...values, [name]: v }); }}
            />
            {field.description !== undefined && <p className="help">{field.description}</p>}
            {error !== undefined && (
              <p className="field-error" role="alert" data-testid={`error-${name}`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
