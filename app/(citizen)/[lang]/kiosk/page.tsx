import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { kioskHome, thanksSeconds } from "@/features/kiosk/kiosk";
import { kioskDeviceFromCookie } from "@/features/kiosk/server/device-cookie";
import { kioskPage } from "@/features/kiosk/server/screen";
import { type FollowUpState, KioskScreen } from "@/features/kiosk/ui/kiosk-screen";
import { serviceElements } from "@/features/survey/instruments";
import { MAX_COMMENT_LENGTH } from "@/features/survey/submission";
import { type Lang, nameIn, otherLang } from "@/i18n/locales";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<{ k?: string; xong?: string }>;
};

/**
 * The registered tablet's screen: the quick question as big buttons. With JavaScript it queues answers on
 * the device (features/kiosk/ui); without, the buttons post a plain form and `?k=` shows the thank-you,
 * which returns to the question by a meta refresh after the device's reset time.
 */
export default async function KioskPage({ params, searchParams }: Props) {
  const device = await kioskDeviceFromCookie(await headers());
  const { k, xong } = await searchParams;
  const { lang: rawLang } = await params;
  const lang: Lang = rawLang === "en" ? "en" : "vi";
  const shown = device ? await kioskPage(device, k, xong ? { lang } : undefined) : undefined;
  if (!device || !shown) return <NotActivated lang={lang} />;
  const { screen, instrument, answered } = shown;
  const [t, common, f] = await Promise.all([
    getTranslations({ locale: lang, namespace: "kiosk.screen" }),
    getTranslations({ locale: lang, namespace: "common.language" }),
    getTranslations({ locale: lang, namespace: "feedback.thanks" }),
  ]);
  const home = kioskHome(lang);
  const scale = instrument.definition.scale;
  const dissatisfiedMax = scale.length - 2;
  const followUp: FollowUpState = xong ? "sent" : answered?.mayFollowUp ? "offer" : "none";
  const thanks = k && answered ? { key: k, followUp, receipt: answered.receipt ?? undefined } : undefined;
  // Without JavaScript the thank-you page returns by itself; a follow-up form gets more time to fill in.
  const refresh = thanks
    ? thanksSeconds(device.resetSeconds, followUp === "offer" || Boolean(thanks.receipt))
    : undefined;
  return (
    <>
      {refresh ? <meta httpEquiv="refresh" content={`${refresh};url=${home}`} /> : null}
      <KioskScreen
        lang={lang}
        text={{
          thanks: t("thanks"),
          recorded: t("recorded"),
          why: t("why"),
          comment: t("comment"),
          send: t("send"),
          followUpRecorded: t("followUpRecorded"),
          reference: f.raw("reference") as string,
          due: f.raw("due") as string,
          scan: f("scan"),
          waiting: t.raw("waiting") as string,
          countdown: t.raw("countdown") as string,
          next: t("next"),
          switchLanguage: common("switchTo"),
        }}
        resetSeconds={device.resetSeconds}
        linkCode={screen.linkCode}
        formKey={randomUUID()}
        initial={thanks}
        unitName={nameIn(lang, screen.unit)}
        counterName={screen.counter?.name}
        instrument={{ key: instrument.key, id: instrument.id }}
        question={instrument.definition.question?.[lang] ?? ""}
        choices={[...scale].reverse().map((s) => ({ value: s.value, label: s.label[lang] }))}
        dissatisfiedMax={dissatisfiedMax}
        elements={serviceElements.map((e) => ({ key: e.key, title: e.title[lang] }))}
        maxComment={MAX_COMMENT_LENGTH}
        otherLangHref={kioskHome(otherLang(lang))}
      />
    </>
  );
}

async function NotActivated({ lang }: { lang: Lang }) {
  const t = await getTranslations({ locale: lang, namespace: "kiosk.inactive" });
  // The staff's path is in bold; the sentence around it comes from the catalogue in one piece.
  const MARK = "\u0000";
  const [before = "", after = ""] = t("staff", { place: MARK }).split(MARK);
  return (
    <main id="main" className="kiosk kiosk-inactive">
      <h1>{t("heading")}</h1>
      <p>{t("body")}</p>
      <p>
        {before}
        <strong>{t("staffPlace")}</strong>
        {after}
      </p>
    </main>
  );
}
