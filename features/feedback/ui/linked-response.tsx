import type { InstrumentDefinition } from "@/features/survey/instruments";
import { serviceElements } from "@/features/survey/instruments";
import type { Channel } from "@/lib/constants";
import { formatDateTime } from "@/lib/time";

const channelLabels: Record<Channel, string> = {
  poster: "Mã QR trên tờ niêm yết",
  receipt: "Giấy tiếp nhận hồ sơ",
  kiosk: "Máy tính bảng tại quầy",
  web: "Trang web",
};

/** The survey answer a feedback item came from: instrument, rating, what went wrong, where. */
export function LinkedResponse({
  response,
}: {
  response: {
    instrumentKey: string;
    instrumentVersion: number;
    definition: InstrumentDefinition;
    reasons: string[] | null;
    channel: Channel;
    submittedAt: Date;
    counterName: string | null;
    quickValue: number | null;
  };
}) {
  const { definition } = response;
  const rating =
    response.quickValue === null
      ? null
      : (definition.scale.find((s) => s.value === response.quickValue)?.label.vi ??
        String(response.quickValue));
  const elements = definition.elements.length > 0 ? definition.elements : serviceElements;
  const reasons = (response.reasons ?? []).map((key) => elements.find((e) => e.key === key)?.title.vi ?? key);
  return (
    <>
      <h2>Phiếu khảo sát liên quan</h2>
      <dl className="facts">
        <dt>Phiếu</dt>
        <dd>
          {definition.title.vi} (phiên bản {response.instrumentVersion})
        </dd>
        {rating ? (
          <>
            <dt>Mức hài lòng</dt>
            <dd data-testid="feedback-rating">{rating}</dd>
          </>
        ) : null}
        <dt>Chưa hài lòng về</dt>
        <dd>{reasons.length > 0 ? reasons.join("; ") : "—"}</dd>
        <dt>Gửi lúc, qua</dt>
        <dd>
          {formatDateTime(response.submittedAt, "vi")} · {channelLabels[response.channel]}
          {response.counterName ? ` · ${response.counterName}` : ""}
        </dd>
      </dl>
    </>
  );
}
