import { letterFileUrl } from "../apology-letter";

export interface LetterDownloadLabels {
  heading: string;
  addressee: string;
  addresseeHint: string;
  language: string;
  vi: string;
  en: string;
  pdf: string;
  docx: string;
}

/**
 * The files of one apology letter: a plain form posted to the PDF or DOCX route (works without
 * JavaScript), with the addressee typed for this file only and the letter's language (Vietnamese, the
 * official one, first). Strings come as props: it is shown by server pages and inside the letter form.
 */
export function LetterDownloads({
  dossierId,
  letterId,
  labels,
  addressee = "",
  idPrefix = "letter",
}: {
  dossierId: number;
  letterId: number;
  labels: LetterDownloadLabels;
  addressee?: string;
  /** Tells ids apart when the same letter's form is shown twice (just issued, and in the list). */
  idPrefix?: string;
}) {
  const id = (name: string) => `${idPrefix}-${letterId}-${name}`;
  return (
    <form
      method="post"
      action={letterFileUrl(dossierId, letterId, "pdf")}
      className="letter-files"
      aria-labelledby={id("heading")}
      data-letter={letterId}
    >
      <p id={id("heading")}>
        <strong>{labels.heading}</strong>
      </p>
      <div>
        <label htmlFor={id("addressee")}>{labels.addressee}</label>
        <p id={id("addressee-hint")} className="hint">
          {labels.addresseeHint}
        </p>
        <input
          id={id("addressee")}
          name="addressee"
          maxLength={200}
          autoComplete="off"
          defaultValue={addressee}
          aria-describedby={id("addressee-hint")}
        />
      </div>
      <div>
        <label htmlFor={id("lang")}>{labels.language}</label>
        <select id={id("lang")} name="lang" defaultValue="vi">
          <option value="vi">{labels.vi}</option>
          <option value="en">{labels.en}</option>
        </select>
      </div>
      <p style={{ display: "flex", gap: ".75rem", flexWrap: "wrap" }}>
        <button type="submit" formAction={letterFileUrl(dossierId, letterId, "pdf")}>
          {labels.pdf}
        </button>
        <button type="submit" className="secondary" formAction={letterFileUrl(dossierId, letterId, "docx")}>
          {labels.docx}
        </button>
      </p>
    </form>
  );
}
