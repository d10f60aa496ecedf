"use client";

import { useParams } from "next/navigation";
import { DEFAULT_LANG, isLang } from "@/i18n/locales";
import en from "@/messages/en/errors.json";
import vi from "@/messages/vi/errors.json";

const failure = { vi: vi.failure, en: en.failure };

/**
 * Last resort for an unexpected failure: a clear message, never a stack trace, in the address's language
 * (no provider on citizens' pages: the few words come straight from the catalogue's errors files).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const param = useParams<{ lang?: string }>()?.lang;
  const t = failure[isLang(param) ? param : DEFAULT_LANG];
  return (
    <main id="main" className="wrap">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={reset}>
        {t.retry}
      </button>
    </main>
  );
}
