import { getLocale } from "next-intl/server";
import type { z } from "zod";
import type { Lang } from "@/i18n/locales";
import { say, sayText, schemaPhrase, type Text } from "@/i18n/phrase";

/** The one contract of every form action as the form sees it: field errors, a message, the values echoed back. */
export interface ActionState {
  fieldErrors?: Record<string, string>;
  message?: string;
  values?: Record<string, string>;
  /** Nothing was done (refused): the message is an error even without field errors. */
  refused?: boolean;
}

/**
 * What an action's handler returns: `R` with its message and field errors possibly still phrases, which
 * `validatedAction` says in the reader's language before the form gets them.
 */
export type ActionResult<R extends ActionState = ActionState> = Omit<R, "message" | "fieldErrors"> & {
  message?: Text;
  fieldErrors?: Record<string, Text>;
};

/** Whether a form's last result is an error: refused, or with field errors. */
export function isFailure(state: ActionState): boolean {
  return Boolean(state.refused) || Object.keys(state.fieldErrors ?? {}).length > 0;
}

/** An action's result in the reader's language. */
function sayResult<R extends ActionState>(lang: Lang, result: ActionResult<R>): R {
  const { message, fieldErrors, ...rest } = result;
  const said = { ...rest } as R;
  if (message !== undefined) said.message = sayText(lang, message);
  if (fieldErrors) {
    said.fieldErrors = Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, sayText(lang, v)]));
  }
  return said;
}

export interface ActionOptions {
  secretFields?: readonly string[];
  arrayFields?: readonly string[];
  /** The reader's language when the form names it (citizens' pages); the staff member's choice otherwise. */
  langOf?: (formData: FormData) => Lang | undefined;
}

/**
 * Wraps a server action `(prevState, formData)`: parses the form with zod and, on failure, returns
 * per-field messages and the submitted values so nothing typed is lost. Secret fields are not echoed.
 * `R` lets an action return more than the contract (e.g. an import preview). Messages come out in the
 * reader's language.
 */
export function validatedAction<S extends z.ZodType, R extends ActionState = ActionState>(
  schema: S,
  handler: (data: z.infer<S>, formData: FormData) => Promise<NoInfer<ActionResult<R>> | undefined>,
  options: ActionOptions = {},
) {
  return async (_prev: R, formData: FormData): Promise<R> => {
    const lang: Lang = options.langOf?.(formData) ?? ((await getLocale()) as Lang);
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
      for (const issue of parsed.error.issues) {
        fieldErrors[String(issue.path[0] ?? "form")] ??= say(lang, schemaPhrase(issue.message));
      }
      return { fieldErrors, values, message: say(lang, { key: "common.form.fixErrors" }) } as R;
    }
    const result = await handler(parsed.data, formData);
    return { values, ...(result ? sayResult<R>(lang, result) : {}) } as R;
  };
}
