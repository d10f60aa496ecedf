import { randomUUID } from "node:crypto";
import { type FollowUp, KioskScreen } from "@/components/kiosk/kiosk-screen";
import { getKioskScreen } from "@/db/queries/devices";
import { getFollowUpCandidate } from "@/db/queries/responses";
import { serviceElements } from "@/features/survey/instruments";
import { getUnitSurveyInstrument } from "@/features/survey/server/instrument-queries";
import { kioskDeviceFromCookie } from "@/lib/kiosk";
import { mayFollowUp } from "@/lib/survey/follow-up";
import { MAX_COMMENT_LENGTH } from "@/lib/survey-submission";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ lang?: string; k?: string; xong?: string }> };

/**
 * The registered tablet's screen: the quick question as big buttons. With JavaScript it queues answers on
 * the device (components/kiosk); without, the buttons post a plain form and `?k=` shows the thank-you,
 * which returns to the question by a meta refresh after the device's reset time.
 */
export default async function KioskPage({ searchParams }: Props) {
  const device = await kioskDeviceFromCookie();
  const screen = device ? await getKioskScreen(device) : undefined;
  if (!device || !screen) return <NotActivated />;
  const { lang: rawLang, k, xong } = await searchParams;
  const lang = rawLang === "en" ? "en" : "vi";
  const home = lang === "en" ? "/kiosk?lang=en" : "/kiosk";
  const answered =
    k && /^[A-Za-z0-9_-]{16,100}$/.test(k)
      ? await getFollowUpCandidate({ idempotencyKey: k, unitId: device.unitId, channel: "kiosk" })
      : undefined;
  // The unit's questionnaire when it is a one-tap one; a full questionnaire does not fit a kiosk.
  const chosen = await getUnitSurveyInstrument(screen.surveyInstrumentKey);
  const instrument = chosen.definition.kind === "quick" ? chosen : await getUnitSurveyInstrument(null);
  const scale = instrument.definition.scale;
  const dissatisfiedMax = scale.length - 2;
  const followUp: FollowUp = xong ? "sent" : answered && mayFollowUp(answered) ? "offer" : "none";
  const thanks = k && answered ? { key: k, followUp } : undefined;
  // Without JavaScript the thank-you page returns by itself; a follow-up form gets more time to fill in.
  const refresh = thanks ? device.resetSeconds * (followUp === "offer" ? 4 : 1) : undefined;
  return (
    <div lang={lang}>
      {refresh ? <meta httpEquiv="refresh" content={`${refresh};url=${home}`} /> : null}
      <KioskScreen
        lang={lang}
        resetSeconds={device.resetSeconds}
        linkCode={screen.linkCode}
        formKey={randomUUID()}
        initial={thanks}
        unitName={(lang === "en" && screen.unit.nameEn) || screen.unit.name}
        counterName={screen.counter?.name}
        instrument={{ key: instrument.key, id: instrument.id }}
        question={instrument.definition.question?.[lang] ?? ""}
        choices={[...scale].reverse().map((s) => ({ value: s.value, label: s.label[lang] }))}
        dissatisfiedMax={dissatisfiedMax}
        elements={serviceElements.map((e) => ({ key: e.key, title: e.title[lang] }))}
        maxComment={MAX_COMMENT_LENGTH}
        otherLangHref={lang === "en" ? "/kiosk" : "/kiosk?lang=en"}
      />
    </div>
  );
}

function NotActivated() {
  return (
    <main id="main" className="kiosk kiosk-inactive">
      <h1>Thiết bị chưa được kích hoạt</h1>
      <p>Máy này chưa được đăng ký làm kiosk đánh giá, hoặc đã bị thu hồi.</p>
      <p>
        Cán bộ quản trị đơn vị: vào <strong>Quản lý → Thiết bị kiosk</strong>, đăng ký thiết bị rồi mở đường
        dẫn kích hoạt trên máy này.
      </p>
      <p lang="en">
        This device is not an activated kiosk, or it was revoked. A unit administrator can register it under
        Manage → Kiosk devices and open the activation link on this device.
      </p>
    </main>
  );
}
