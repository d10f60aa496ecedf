import { FormMessage } from "@/components/form/form-message";
import { SURVEY_SCRIPT_PATH } from "./survey-script-path";

/** The survey form's words in the page's language (survey.send in the catalogue). */
export interface SurveySendText {
  notSent: string;
  saved: string;
  failed: string;
  answerOne: string;
}

/**
 * Enhancement of a survey form (quick or full) by the page's own small script (public/js/survey.js, built
 * from survey-script.ts; no framework runtime on the page): with JavaScript the answer is sent without
 * leaving the page, an empty questionnaire is stopped here with an error summary, and an answer the network
 * lost is kept on the phone and sent when it returns. Without JavaScript the form posts as it is, and a
 * refused post comes back with its message here. The script reads its words from the data attributes.
 */
export function SurveySend({
  text,
  firstItem,
  refused,
}: {
  text: SurveySendText;
  /** A questionnaire's first radio button: set when at least one item must be answered. */
  firstItem?: string;
  /** Why the server sent the form back (JavaScript off), and the radio button it is about. */
  refused?: { message: string; field?: string };
}) {
  return (
    <>
      <div
        tabIndex={-1}
        className="survey-send"
        data-survey-send=""
        data-not-sent={text.notSent}
        data-saved={text.saved}
        data-failed={text.failed}
        data-answer-one={text.answerOne}
        data-first-item={firstItem}
      >
        {refused ? (
          <FormMessage
            state={
              refused.field
                ? { message: text.notSent, fieldErrors: { [refused.field]: refused.message } }
                : { message: refused.message }
            }
            failed
          />
        ) : null}
      </div>
      <script src={SURVEY_SCRIPT_PATH} defer />
    </>
  );
}
