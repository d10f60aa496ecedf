import { getTranslations } from "next-intl/server";
import { answerFieldName } from "@/features/survey/answer-fields";
import { QuestionnaireProgress } from "./questionnaire-progress";
import { type SurveyFormContext, SurveyFormFields, surveySendText } from "./quick-question";
import { SurveySend } from "./survey-send";

/** The id of an item's first radio button: where an error summary links to. */
const firstRadioId = (itemKey: string) => `q-${itemKey}`;

/**
 * A full questionnaire: items grouped by element, one radio group (fieldset/legend) per item, its levels
 * in one column from "Rất không hài lòng" to "Rất hài lòng", then "Không ý kiến"; any item may be skipped,
 * at least one answered; one submit. A plain form: works with JavaScript off (a refused post comes back
 * here with its answers, `retry`); with JavaScript a progress bar counts answers and the form is checked
 * and sent without leaving the page.
 */
export async function Questionnaire(
  props: SurveyFormContext & {
    /** The answers of a post sent back, and why (a message in the page's language). */
    retry?: { answers: ReadonlyMap<string, number | null>; message: string; firstItem: string | null };
  },
) {
  const { lang, instrument, retry } = props;
  const { elements } = instrument.definition;
  const scale = [...instrument.definition.scale].sort((a, b) => a.value - b.value);
  const total = elements.reduce((n, e) => n + e.items.length, 0);
  const [t, text] = await Promise.all([
    getTranslations({ locale: lang, namespace: "survey.full" }),
    surveySendText(lang),
  ]);
  const skip = t("noOpinion");
  const lead = t("lead");
  const progress = Array.from({ length: total + 1 }, (_, answered) => t("progress", { answered, total }));
  const formId = `survey-${instrument.key}`;
  const firstItem = elements[0]?.items[0]?.key;
  const given = (item: string, value: number | null) => retry?.answers.get(item) === value;
  return (
    <form method="post" action="/api/v1/responses" id={formId} className="questionnaire">
      <SurveySend
        text={text}
        firstItem={firstItem ? firstRadioId(firstItem) : undefined}
        refused={
          retry
            ? { message: retry.message, field: retry.firstItem ? firstRadioId(retry.firstItem) : undefined }
            : undefined
        }
      />
      <SurveyFormFields {...props} />
      <QuestionnaireProgress labels={progress} />
      {elements.map((element, e) => (
        <section key={element.key} aria-labelledby={`el-${element.key}`}>
          <h2 id={`el-${element.key}`}>
            <span className="muted small">{t("part", { part: e + 1, parts: elements.length })}</span>
            <br />
            {element.title[lang]}
          </h2>
          {element.items.map((item) => (
            <fieldset key={item.key} className="item">
              <legend>
                <span className="lead">{lead} </span>
                {item.text[lang]}
              </legend>
              <div className="scale">
                {scale.map((level, i) => (
                  <label key={level.value} className="check option">
                    <input
                      type="radio"
                      id={i === 0 ? firstRadioId(item.key) : undefined}
                      name={answerFieldName(item.key)}
                      value={level.value}
                      defaultChecked={given(item.key, level.value)}
                    />
                    <span>{level.label[lang]}</span>
                  </label>
                ))}
                <label className="check option">
                  <input
                    type="radio"
                    name={answerFieldName(item.key)}
                    value="0"
                    defaultChecked={given(item.key, null)}
                  />
                  <span>{skip}</span>
                </label>
              </div>
            </fieldset>
          ))}
        </section>
      ))}
      <p className="submit-row">
        <button type="submit">{t("submit")}</button>
      </p>
    </form>
  );
}
