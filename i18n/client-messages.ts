import type { Lang } from "./locales";
import { type Messages, messages } from "./messages";

/**
 * The parts of the catalogue the managers' client components read (`useTranslations("…")` in a
 * "use client" file, and components rendered inside them). Only these travel with a page;
 * i18n/client-messages.test.ts fails when a client component reads a part not listed here.
 */
export const CLIENT_NAMESPACES = [
  "common.form",
  "access.passwordForm",
  "access.signIn",
  "apiKeys.form",
  "bursts.form",
  "catalog",
  "devices.form",
  "dossiers.letterForm",
  "feedback.forms",
  "imports",
  "index.charts",
  "instruments.form",
  "manage.errorPage",
  "manage.notifications",
  "officers.form",
  "posters.form",
  "staff.form",
  "staff.member",
] as const;

type Tree = { [key: string]: string | Tree };

/**
 * The listed parts of the catalogue in one language, nested as in the catalogue; picked once per language
 * (every managers' page sends them).
 */
export function clientMessages(lang: Lang): Partial<Messages> {
  picked[lang] ??= pick(lang);
  return picked[lang];
}

const picked: Partial<Record<Lang, Partial<Messages>>> = {};

function pick(lang: Lang): Partial<Messages> {
  const out: Tree = {};
  for (const namespace of CLIENT_NAMESPACES) {
    const path = namespace.split(".");
    let from: string | Tree | undefined = messages[lang] as unknown as Tree;
    for (const key of path) from = typeof from === "object" ? from[key] : undefined;
    if (from === undefined) throw new Error(`No part "${namespace}" in the catalogue`);
    let to = out;
    for (const key of path.slice(0, -1)) {
      const next: string | Tree = to[key] ?? {};
      if (typeof next === "string") throw new Error(`"${namespace}" crosses a message`);
      to[key] = next;
      to = next;
    }
    to[path[path.length - 1] ?? ""] = from;
  }
  return out as Partial<Messages>;
}
