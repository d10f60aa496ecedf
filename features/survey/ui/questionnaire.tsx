import { getTranslations } from "next-intl/server";
import { answerFieldName } from "@/features/survey/submission";
import { QuestionnaireProgress } from "./questionnaire-progress";
import { type SurveyFormContext, SurveyFormFields } from "./quick-question";

/**
 * A full questionnaire: items grouped by element, one radio group (fieldset/legend) per item, any item
 * may be skipped ("Không ý kiến" or no answer), one submit. A plain form: works with JavaScript off;
 * with JavaScript a progress bar counts answers and a tap moves on to the next item.
 */
export async function Questionnaire(props: SurveyFormContext & { headingLevel?: 1 | 2 }) {
  const { lang, instrument } = props;
  const { elements, scale } = instrument.definition;
  const total = elements.reduce((n, e) => n + e.items.length, 0);
  const t = await getTranslations({ locale: lang, namespace: "survey.full" });
  const skip = t("noOpinion");
  const progress = Array.from({ length: total + 1 }, (_, answered) => t("progress", { answered, total }));
  const formId = `survey-${instrument.key}`;
  return (
    <form method="post" action="/api/v1/responses" id={formId} className="questionnaire">
      <SurveyFormFields {...props} />
      <QuestionnaireProgress formId={formId} total={total} labels={progress} />
      {elements.map((element, e) => (
        <section key={element.key} aria-labelledby={`el-${element.key}`}>
          <h2 id={`el-${element.key}`}>
            <span className="muted small">{t("part", { part: e + 1, parts: elements.length })}</span>
            <br />
            {element.title[lang]}
          </h2>
          {element.items.map((item) => (
            <fieldset key={item.key} className="item">
              <legend>{item.text[lang]}</legend>
              <div className="scale">
                {[...scale].reverse().map((level) => (
                  <label key={level.value} className="check">
                    <input type="radio" name={answerFieldName(item.key)} value={level.value} />
                    <span>{level.label[lang]}</span>
                  </label>
                ))}
                <label className="check">
                  <input type="radio" name={answerFieldName(item.key)} value="0" />
                  <span>{skip}</span>
                </label>
              </div>
            </fieldset>
          ))}
        </section>
      ))}
      <p>
        <button type="submit">{t("submit")}</button>
      </p>
    </form>
  );
}
