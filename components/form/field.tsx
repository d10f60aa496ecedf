import { useTranslations } from "next-intl";

/** The props a control inside a Field receives: its id, name and the links to its hint and error. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/**
 * A labelled control with its hint and error, both linked through aria-describedby; the error summary's
 * links point at the control's id (its name). The control itself is the render prop's: an input, a
 * select, a textarea.
 */
export function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: ControlProps) => React.ReactNode;
}) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {children({
        id: name,
        name,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}

/** The unit choice of the managers' forms (the units the actor may act on). */
export function UnitField({
  units,
  label,
  error,
  defaultValue,
}: {
  units: ReadonlyArray<{ id: number; name: string }>;
  label?: string;
  error?: string;
  defaultValue?: string;
}) {
  const t = useTranslations("common.form");
  return (
    <Field name="unitId" label={label ?? t("unit")} error={error}>
      {(p) => (
        <select {...p} defaultValue={defaultValue}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
