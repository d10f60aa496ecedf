import { createTranslator } from "use-intl/core";
import { type Lang, TIME_ZONE } from "./locales";
import { type MessageKey, messages } from "./messages";

export type PhraseValues = Record<string, string | number | Date>;

/**
 * A phrase of the catalogue not yet put into a language: what use cases return (refusals, field errors),
 * so the code that knows the reader's language — a form action, a route handler — says it in theirs.
 */
export interface Phrase {
  key: MessageKey;
  values?: PhraseValues;
}

/** A text for a reader: a phrase of the catalogue, or a string already in the reader's language. */
export type Text = string | Phrase;

export function phrase(key: MessageKey, values?: PhraseValues): Phrase {
  return values ? { key, values } : { key };
}

export function isPhrase(value: unknown): value is Phrase {
  return typeof value === "object" && value !== null && typeof (value as Phrase).key === "string";
}

const translators = {
  vi: createTranslator({ locale: "vi", messages: messages.vi, timeZone: TIME_ZONE }),
  en: createTranslator({ locale: "en", messages: messages.en, timeZone: TIME_ZONE }),
};

/**
 * The catalogue in one language, for code outside React's server rendering (use cases' callers, route
 * handlers, scripts, tests). Pages use next-intl's `getTranslations`, which reads the same catalogue.
 */
export function translator(lang: Lang) {
  return translators[lang];
}

/** A phrase in a language. */
export function say(lang: Lang, p: Phrase): string {
  // The key is typed; the values are checked by the ICU message at run time.
  return (translators[lang] as (key: string, values?: PhraseValues) => string)(p.key, p.values);
}

/** A text in a language. */
export function sayText(lang: Lang, text: Text): string {
  return typeof text === "string" ? text : say(lang, text);
}

/**
 * A schema's message as a phrase: schemas name catalogue keys; zod's own English wording (a check without
 * a message) becomes the catalogue's generic "not valid".
 */
export function schemaPhrase(message: string): Phrase {
  return phrase(isMessageKey(message) ? message : "common.form.invalidValue");
}

/** Whether a string is a key of the catalogue (zod messages in forms' schemas are keys). */
export function isMessageKey(value: string): value is MessageKey {
  return translators.vi.has(value as MessageKey);
}
