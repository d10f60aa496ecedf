import {
  belowMinimumText,
  FIGURE_COLUMNS,
  INDEX_LABEL,
  indexText,
  intervalText,
  monthText,
  NO_VALUE,
  ROLLUP_TEXT,
} from "../figures";
import type { RollupMode, UnitFigures } from "../index-engine";

const columns = FIGURE_COLUMNS.vi;

/** Monthly figures of the report's unit, always visible (a printed page has no "show more"). */
export function ReportTrendTable({
  months,
  serviceKey = "service",
}: {
  months: Array<{ month: string; figures: UnitFigures | undefined }>;
  serviceKey?: string;
}) {
  return (
    <table data-table="report-trend">
      <thead>
        <tr>
          <th scope="col">{columns.month}</th>
          <th scope="col" className="num">
            {columns.quickN}
          </th>
          <th scope="col" className="num">
            {columns.index}
          </th>
          <th scope="col" className="num">
            {columns.interval}
          </th>
          <th scope="col" className="num">
            {columns.service}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map(({ month, figures }) => {
          const quick = figures?.quick;
          const service = figures?.instruments.find((i) => i.key === serviceKey);
          return (
            <tr key={month} data-month={month}>
              <th scope="row">{monthText(month)}</th>
              <td className="num" data-col="n">
                {quick?.n ?? 0}
              </td>
              <td className="num" data-col="index">
                {quick ? indexText(quick.index, quick.enoughSamples) : NO_VALUE}
              </td>
              <td className="num">{quick ? intervalText(quick.wilson, quick.enoughSamples) : NO_VALUE}</td>
              <td className="num">
                {service ? indexText(service.service, service.enoughSamples) : NO_VALUE}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** How every figure of the report is computed. */
export function MethodNote({ minN, rollup }: { minN: number; rollup: RollupMode }) {
  return (
    <section aria-labelledby="method-title" className="report-method">
      <h2 id="method-title">Phương pháp tính / Method</h2>
      <ul>
        <li>
          Tên chỉ số: “{INDEX_LABEL.vi}”, tính từ phiếu khảo sát tại bộ phận một cửa; không phải Chỉ số SIPAS
          chính thức do Bộ Nội vụ điều tra.
        </li>
        <li>
          Câu hỏi nhanh: chỉ số = 100 × (Rất hài lòng + Hài lòng) ÷ số lượt trả lời hợp lệ. Điểm trung bình =
          trung bình mức trả lời (1 = Không hài lòng … 3 = Rất hài lòng).
        </li>
        <li>
          Phiếu đầy đủ (5 yếu tố): chỉ số tiêu chí = 100 × (hai mức cao nhất) ÷ số trả lời hợp lệ của tiêu
          chí; chỉ số yếu tố = trung bình chỉ số các tiêu chí có trả lời; chỉ số dịch vụ = trung bình chỉ số
          các yếu tố.
        </li>
        <li>
          Đơn vị có đơn vị trực thuộc: {ROLLUP_TEXT[rollup]} ({rollup}).
        </li>
        <li>{belowMinimumText(minN)} Khoảng tin cậy 95% tính theo phương pháp Wilson.</li>
        <li>
          Không tính các phiếu bị gắn cờ nghi vấn (ô bẫy chống spam, gửi quá nhanh). Thời điểm tính theo giờ
          Việt Nam; so sánh với tháng trước.
        </li>
      </ul>
    </section>
  );
}
