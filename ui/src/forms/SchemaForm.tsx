import { memo } from "react";
import type { JsonValue } from "../bindings";
import {
  baseType,
  choices,
  dropHidden,
  emptyValue,
  fieldOrder,
  initialValues,
  isDateTime,
  isObject,
  isRequired,
  isVisible,
  unwrapNullable,
  type FieldSchema,
  type FormSchema,
  type JsonObject,
} from "./schema";
import type { FieldErrors } from "./fieldErrors";
import { DateTimeField } from "./DateTimeField";
import { t, useLocale } from "../i18n";

type FieldProps = {
  path: string;
  schema: FieldSchema;
  value: JsonValue | undefined;
  required: boolean;
  errors: FieldErrors;
  onChange: (value: JsonValue) => void;
  writeOnlyHints: Record<string, string>;
  idPrefix: string;
  /** For a group switched on by a boolean beside it (`x-switch`): that boolean, and setting it. */
  switchControl?: SwitchControl | undefined;
};

type SwitchControl = { on: boolean; set: (on: boolean) => void };

const domId = (prefix: string, path: string) => `${prefix}-${path.replaceAll(".", "-")}`;

function Scalar({ path, schema, value, onChange, writeOnlyHints, idPrefix }: FieldProps) {
  const { field, nullable } = unwrapNullable(schema);
  const id = domId(idPrefix, path);
  const locked = field.readOnly === true || field["x-immutable"] === true;
  const options = choices(field);
  if (options !== null) {
    const index = options.findIndex((o) => o.value === value);
    return (
      <select id={id} disabled={locked} value={index < 0 ? "" : String(index)} onChange={(e) => {
        const picked = e.target.value === "" ? undefined : options[Number(e.target.value)];
        onChange(picked === undefined ? null : picked.value);
      }}>
        {(nullable || index < 0) && <option value="">{nullable ? t("common.notSet") : t("common.choose")}</option>}
        {options.map((o, i) => <option key={JSON.stringify(o.value)} value={String(i)}>{o.label}</option>)}
      </select>
    );
  }
  const type = baseType(field);
  if (type === "boolean") {
    return <input id={id} type="checkbox" disabled={locked} checked={value === true} onChange={(e) => { onChange(e.target.checked); }} />;
  }
  if (type === "integer" || type === "number") {
    return (
      <input id={id} type="number" disabled={locked} value={typeof value === "number" ? String(value) : ""}
        {...(field.minimum !== undefined ? { min: field.minimum } : {})}
        {...(field.maximum !== undefined ? { max: field.maximum } : {})}
        onChange={(e) => { onChange(e.target.value === "" ? null : Number(e.target.value)); }} />
    );
  }
  if (isDateTime(field)) {
    return <DateTimeField id={id} value={value} disabled={locked} onChange={onChange} />;
  }
  const hint = writeOnlyHints[path];
  return (
    <input id={id} type={field.writeOnly === true ? "password" : "text"} autoComplete="off" spellCheck={false} disabled={locked}
      value={typeof value === "string" ? value : ""}
      {...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {})}
      placeholder={hint ?? (nullable ? t("common.optional") : "")}
      onChange={(e) => { onChange(e.target.value); }} />
  );
}

function ArrayField(props: FieldProps) {
  const { path, schema, value, onChange, errors } = props;
  const { field } = unwrapNullable(schema);
  const items = Array.isArray(value) ? value : [];
  const itemSchema = field.items ?? { type: "string" };
  const full = field.maxItems !== undefined && items.length >= field.maxItems;
  return (
    <div className="array-field">
      {items.map((item, i) => (
        <div className="array-item" key={i}>
          <Field {...props} path={`${path}.${String(i)}`} schema={{ ...itemSchema, title: `${itemSchema.title ?? field.title ?? "Item"} ${String(i + 1)}` }}
            value={item} required={false} errors={errors}
            onChange={(v) => { onChange(items.map((old, j) => (j === i ? v : old))); }} />
          <button type="button" className="remove" onClick={() => { onChange(items.filter((_, j) => j !== i)); }}>{t("common.remove")}</button>
        </div>
      ))}
      <button type="button" disabled={full} onClick={() => { onChange([...items, emptyValue(itemSchema)]); }}>
        {t("common.addEntry", { item: field.items?.title ?? "entry" })}
      </button>
      {full && <span className="help"> {t("common.atMost", { count: field.maxItems ?? 0 })}</span>}
    </div>
  );
}

type ObjectProps = Omit<FieldProps, "required" | "switchControl"> & { skip?: string | undefined };

function ObjectFields({ path, schema, value, errors, onChange, writeOnlyHints, idPrefix, skip }: ObjectProps) {
  const values: JsonObject = isObject(value) ? value : {};
  const besides = switchesBeside(schema);
  return (
    <>
      {fieldOrder(schema).map((name) => {
        const child = schema.properties?.[name];
        // A boolean that switches a group beside it is that group's checkbox, not a field.
        if (child === undefined || name === skip || besides.has(name) || !isVisible(child, values)) return null;
        const childPath = path === "" ? name : `${path}.${name}`;
        const flag = switchOf(child, schema);
        const switchControl = flag === null ? undefined : {
          on: values[flag] === true,
          set: (on: boolean) => {
            // Off: the group is not sent; on: it starts from what it held, or empty.
            const group = on ? (values[name] ?? initialValues(unwrapNullable(child).field)) : null;
            onChange(dropHidden(schema, { ...values, [flag]: on, [name]: group }));
          },
        };
        return (
          <Field key={name} path={childPath} schema={child} value={values[name]} required={isRequired(schema, name, values)} errors={errors}
            writeOnlyHints={writeOnlyHints} idPrefix={idPrefix} switchControl={switchControl}
            onChange={(v) => { onChange(dropHidden(schema, { ...values, [name]: v })); }} />
        );
      })}
    </>
  );
}

/** The boolean inside a group that switches it on (`x-switch` naming one of its own fields). */
function switchInside(field: FieldSchema): string | null {
  const name = field["x-switch"];
  return name !== undefined && field.properties?.[name] !== undefined ? name : null;
}

/** The boolean beside a group (in `parent`) that switches it on. */
function switchOf(child: FieldSchema, parent: FieldSchema): string | null {
  const { field } = unwrapNullable(child);
  const name = field["x-switch"];
  return name !== undefined && switchInside(field) === null && parent.properties?.[name] !== undefined ? name : null;
}

function switchesBeside(parent: FieldSchema): Set<string> {
  const names = Object.values(parent.properties ?? {}).map((child) => switchOf(child, parent));
  return new Set(names.filter((n): n is string => n !== null));
}

/** One checkbox for a setting that switches a group on; the group's fields show only while on. */
function SwitchedGroup(props: FieldProps) {
  const { path, schema, value, errors, onChange, idPrefix, writeOnlyHints, switchControl } = props;
  const { field } = unwrapNullable(schema);
  const inner = switchInside(field);
  const values: JsonObject = isObject(value) ? value : {};
  const control: SwitchControl = switchControl ?? {
    on: inner !== null && values[inner] === true,
    set: (on) => {
      if (inner === null) return;
      // Off keeps what the group held (sent as it was, only switched off), so nothing else changes.
      if (on) onChange({ ...initialValues(field), ...values, [inner]: true });
      else onChange(isObject(value) ? { ...values, [inner]: false } : null);
    },
  };
  const error = errors[path];
  const title = field.title ?? path.split(".").pop() ?? path;
  return (
    <fieldset className={error === undefined ? "group" : "group field-invalid"} data-field={path} data-testid={`switched-${path}`}>
      <legend>
        <label>
          <input type="checkbox" id={domId(idPrefix, path)} checked={control.on} data-testid={`switch-${path}`}
            onChange={(e) => { control.set(e.target.checked); }} />
          {" "}{title}
        </label>
      </legend>
      {field.description !== undefined && <p className="help">{field.description}</p>}
      {error !== undefined && <p className="field-error" role="alert" data-testid={`error-${path}`}>{error}</p>}
      {control.on && <ObjectFields path={path} schema={field} value={value} errors={errors} onChange={onChange} writeOnlyHints={writeOnlyHints} idPrefix={idPrefix} skip={inner ?? undefined} />}
    </fieldset>
  );
}

function Field(props: FieldProps) {
  const { path, schema, value, required, errors, onChange, idPrefix, writeOnlyHints } = props;
  const { field, nullable } = unwrapNullable(schema);
  const type = baseType(field);
  const error = errors[path];
  const title = field.title ?? path.split(".").pop() ?? path;
  const locked = field.readOnly === true || field["x-immutable"] === true;
  const marker = required && !nullable && writeOnlyHints[path] === undefined ? <span className="required"> *</span> : null;
  const errorLine = error !== undefined && (
    <p className="field-error" role="alert" data-testid={`error-${path}`}>{error}</p>
  );
  if (type === "object" && choices(field) === null && (props.switchControl !== undefined || switchInside(field) !== null)) {
    return <SwitchedGroup {...props} />;
  }
  if (type === "object" && choices(field) === null) {
    const enabled = isObject(value);
    // A group the producer may leave out gets a checkbox; unchecked means "not sent".
    const optional = nullable || !required;
    return (
      <fieldset className={error === undefined ? "group" : "group field-invalid"} data-field={path}>
        <legend>
          {optional && (
            <input type="checkbox" aria-label={t("form.setGroup", { field: title })} checked={enabled} data-testid={`toggle-${path}`}
              onChange={(e) => { onChange(e.target.checked ? initialValues(field) : null); }} />
          )}
          {title}{marker}
        </legend>
        {field.description !== undefined && <p className="help">{field.description}</p>}
        {errorLine}
        {(enabled || !optional) && <ObjectFields path={path} schema={field} value={value} errors={errors} onChange={onChange} writeOnlyHints={writeOnlyHints} idPrefix={idPrefix} />}
      </fieldset>
    );
  }
  return (
    <div className={error === undefined ? "field" : "field field-invalid"} data-field={path}>
      <label htmlFor={domId(idPrefix, path)}>{title}{marker}{locked && <span className="locked"> {t("common.cannotChange")}</span>}</label>
      {type === "array" ? <ArrayField {...props} /> : <Scalar {...props} />}
      {field.maxLength !== undefined && typeof value === "string" && value.length >= field.maxLength && (
        <p className="help limit" role="status" data-testid={`limit-${path}`}>{t("form.atMostChars", { count: field.maxLength })}</p>
      )}
      {field.description !== undefined && <p className="help">{field.description}</p>}
      {errorLine}
    </div>
  );
}

type Props = {
  schema: FormSchema;
  values: JsonObject;
  errors: FieldErrors;
  onChange: (values: JsonObject) => void;
  /** Shown inside write-only fields that already hold a value (e.g. "set …11d4"). */
  writeOnlyHints?: Record<string, string>;
  idPrefix: string;
};

/** A form rendered from the engine's JSON Schema: no field is known to the UI code. */
/** Memoised: a long form is not rendered again while Review or Send is under way. */
export const SchemaForm = memo(function SchemaForm({ schema, values, errors, onChange, writeOnlyHints = {}, idPrefix }: Props) {
  // Memoised: re-rendered on a language change through this, not by its parent.
  useLocale();
  return (
    <div className="schema-form">
      <ObjectFields path="" schema={schema} value={values} errors={errors} writeOnlyHints={writeOnlyHints} idPrefix={idPrefix}
        onChange={(v) => { onChange(isObject(v) ? v : {}); }} />
    </div>
  );
});
