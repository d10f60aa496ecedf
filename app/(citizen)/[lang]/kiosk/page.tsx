import { randomUUID } from "node:crypto";
import { kioskDeviceFromCookie } from "@/features/kiosk/server/device-cookie";
import { kioskPage } from "@/features/kiosk/server/screen";
import { type FollowUpState, KioskScreen } from "@/features/kiosk/ui/kiosk-screen";
import { serviceElements } from "@/features/survey/instruments";
import { MAX_COMMENT_LENGTH } from "@/features/survey/submission";

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
  const device = await kioskDeviceFromCookie();
  const { k, xong } = await searchParams;
  const { lang: rawLang } = await params;
  const shown = device ? await kioskPage(device, k) : undefined;
  if (!device || !shown) return <NotActivated />;
  const { screen, instrument, answered } = shown;
  const lang = rawLang === "en" ? "en" : "vi";
  const home = lang === "en" ? "/kiosk?lang=en" : "/kiosk";
  const scale = instrument.definition.scale;
  const dissatisfiedMax = scale.length - 2;
  const followUp: FollowUpState = xong ? "sent" : answered?.mayFollowUp ? "offer" : "none";
  const thanks = k && answered ? { key: k, followUp } : undefined;
  // Without JavaScript the thank-you page returns by itself; a follow-up form gets more time to fill in.
  const refresh = thanks ? device.resetSeconds * (followUp === "offer" ? 4 : 1) : undefined;
  return (
    <>
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
    </>
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
