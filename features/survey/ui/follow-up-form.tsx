"use client";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import type { Lang } from "@/i18n/locales";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** The form's words in the page's language (survey.followUp in the catalogue). */
export interface FollowUpText {
  why: string;
  comment: string;
  reply: string;
  name: string;
  phone: string;
  email: string;
  consent: string;
  send: string;
}

/** The follow-up of a "Không hài lòng" answer. Works without JavaScript; nothing typed is lost on an error. */
export function FollowUpForm({
  action,
  lang,
  text: t,
  token,
  link,
  elements,
  maxComment,
}: {
  action: Action;
  lang: Lang;
  text: FollowUpText;
  /** Names the response this browser has just given (lib/survey/follow-up.ts). */
  token: string;
  link: string;
  elements: Array<{ key: string; title: string }>;
  maxComment: number;
}) {
  const { state, formAction } = useFormAction<ActionState>(action, {});
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const chosen = new Set((v.reasons ?? "").split(","));
  const err = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;
  const described = (name: string) => (errors[name] ? `${name}-error` : undefined);
  return (
    // noValidate: the server's messages, in the page's language, not the browser's in its own.
    <form action={formAction} noValidate>
      <FormMessage state={state} failed />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="link" value={link} />
      <input type="hidden" name="lang" value={lang} />
      <fieldset>
        <legend>
          <h2>{t.why}</h2>
        </legend>
        {elements.map((e) => (
          <label key={e.key} className="check option">
            <input type="checkbox" name="reasons" value={e.key} defaultChecked={chosen.has(e.key)} />
            <span>{e.title}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="comment">{t.comment}</label>
      {err("comment")}
      <textarea
        id="comment"
        name="comment"
        rows={4}
        maxLength={maxComment}
        defaultValue={v.comment}
        aria-describedby={described("comment")}
      />
      {/* The contact fields and the consent show only once a reply is asked for (CSS :has, no script). */}
      <div className="reply">
        <label className="check option">
          <input type="checkbox" name="wantsReply" value="1" defaultChecked={v.wantsReply === "1"} />
          <span>{t.reply}</span>
        </label>
        <div className="reply-details">
          <div className="grid2">
            <div>
              <label htmlFor="contactName">{t.name}</label>
              <input
                id="contactName"
                name="contactName"
                type="text"
                autoComplete="name"
                defaultValue={v.contactName}
              />
            </div>
            <div>
              <label htmlFor="contactPhone">{t.phone}</label>
              {err("contactPhone")}
              <input
                id="contactPhone"
                name="contactPhone"
                type="tel"
                autoComplete="tel"
                defaultValue={v.contactPhone}
                aria-describedby={described("contactPhone")}
              />
            </div>
            <div>
              <label htmlFor="contactEmail">{t.email}</label>
              {err("contactEmail")}
              <input
                id="contactEmail"
                name="contactEmail"
                type="email"
                autoComplete="email"
                defaultValue={v.contactEmail}
                aria-describedby={described("contactEmail")}
              />
            </div>
          </div>
          {err("consent")}
          <label className="check option">
            <input
              id="consent"
              type="checkbox"
              name="consent"
              value="1"
              defaultChecked={v.consent === "1"}
              aria-describedby={described("consent")}
            />
            <span>{t.consent}</span>
          </label>
        </div>
      </div>
      <p>
        <SubmitButton label={t.send} />
      </p>
    </form>
  );
}
