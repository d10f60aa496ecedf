import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { CitizenHeader } from "@/components/citizen-header";
import { Honeypot } from "@/components/survey/quick-question";
import { serviceInstrument } from "@/lib/instruments";
import { answerFieldName } from "@/lib/survey-submission";

import { loadSurveyPage, type SurveyPageProps } from "../load";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Phiếu khảo sát đầy đủ", robots: { index: false } };

/**
 * The full questionnaire: 19 items in five elements on the 5-level scale, any item may be skipped,
 * one submit. A plain form: works with JavaScript off.
 */
export default async function FullSurveyPage(props: SurveyPageProps) {
  const { lang, code, context, channel, other } = await loadSurveyPage(props);
  const elements = serviceInstrument.elements;
  const skip = lang === "vi" ? "Không ý kiến" : "No opinion";
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${other}/danh-gia/${code}/day-du`} />
      <main id="main" className="wrap">
        <p className="muted small">{context.unitName}</p>
        <h1>{serviceInstrument.title[lang]}</h1>
        <p>
          {lang === "vi"
            ? "19 câu hỏi trong 5 phần. Câu nào không có ý kiến có thể bỏ qua. Phiếu ẩn danh."
            : "19 questions in 5 parts. Skip any you have no opinion on. Anonymous."}
        </p>
        <form method="post" action="/api/v1/responses">
          <input type="hidden" name="instrument" value="service" />
          <input type="hidden" name="link" value={code} />
          <input type="hidden" name="idempotencyKey" value={randomUUID()} />
          <input type="hidden" name="channel" value={channel} />
          <input type="hidden" name="lang" value={lang} />
          <Honeypot />
          {elements.map((element, e) => (
            <section key={element.key} aria-labelledby={`el-${element.key}`}>
              <h2 id={`el-${element.key}`}>
                <span className="muted small">
                  {lang === "vi" ? `Phần ${e + 1}/${elements.length}` : `Part ${e + 1} of ${elements.length}`}
                </span>
                <br />
                {element.title[lang]}
              </h2>
              {element.items.map((item) => (
                <fieldset key={item.key} className="item">
                  <legend>{item.text[lang]}</legend>
                  <div className="scale">
                    {[...serviceInstrument.scale].reverse().map((level) => (
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
            <button type="submit">{lang === "vi" ? "Gửi phiếu khảo sát" : "Send"}</button>
          </p>
        </form>
      </main>
    </>
  );
}
