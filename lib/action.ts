import type { z } from "zod";

/** The one contract of every form action: field errors, a message, and the values echoed back. */
export interface ActionState {
  fieldErrors?: Record<string, string>;
  message?: string;
  values?: Record<string, string>;
  /** Nothing was done (refused): the message is an error even without field errors. */
  refused?: boolean;
}

/** Whether a form's last result is an error: refused, or with field errors. */
export function isFailure(state: ActionState): boolean {
  return Boolean(state.refused) || Object.keys(state.fieldErrors ?? {}).length > 0;
}

/**
 * Wraps a server action `(prevState, formData)`: parses the form with zod and, on failure, returns
 * per-field messages and the submitted values so nothing typed is lost. Secret fields are not echoed.
 * `R` lets an action return more than the contract (e.g. an import preview).
 */
export function validatedAction<S extends z.ZodType, R extends ActionState = ActionState>(
  schema: S,
  handler: (data: z.infer<S>, formData: FormData) => Promise<NoInfer<R> | undefined>,
  options: { secretFields?: readonly string[]; arrayFields?: readonly string[] } = {},
) {
  return async (_prev: R, formData: FormData): Promise<R> => {
    const values: Record<string, string> = {};
    for (const [key, value] of formData.entries()) {
      if (typeof value === "string" && !key.startsWith("$") && !options.secretFields?.includes(key)) {
        values[key] = options.arrayFields?.includes(key) && values[key] ? `${values[key]},${value}` : value;
      }
    }
    const input: Record<string, unknown> = Object.fromEntries(formData);
    for (const key of options.arrayFields ?? []) input[key] = formData.getAll(key);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
      return {
        fieldErrors,
        values,
        message: "Vui lòng sửa các lỗi bên dưới. / Please correct the errors below.",
      } as R;
    }
    return { values, ...(await handler(parsed.data, formData)) } as R;
  };
}
