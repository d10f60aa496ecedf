/** A labelled input with its error announced and linked through aria-describedby. */
export function FormField({
  name,
  label,
  error,
  type = "text",
  ...rest
}: {
  name: string;
  label: string;
  error?: string;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <div id={errorId} aria-live="polite">
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      <input
        id={name}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...rest}
      />
    </div>
  );
}
