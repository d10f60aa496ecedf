import Link from "next/link";
import { channels } from "@/lib/constants";
import { channelLabels, periodKindLabels, periodKinds } from "../dashboard-params";
import type { FilterOptions } from "../server/dashboard-queries";

function Select({
  id,
  label,
  value,
  options,
  all = "Tất cả / All",
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  all?: string | null;
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={value ?? ""}>
        {all !== null ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The dashboard filters as a GET form: works without JavaScript, every choice stays in the URL. */
export function FilterForm({
  path,
  values,
  options,
  today,
  keep = {},
}: {
  path: string;
  values: Record<string, string>;
  options: FilterOptions;
  today: string;
  keep?: Record<string, string>;
}) {
  const year = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(year - i));
  return (
    <search>
      <form method="get" action={path}>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset>
          <legend>Kỳ báo cáo / Period</legend>
          <div className="filters">
            <Select
              id="ky"
              label="Loại kỳ / Kind"
              value={values.ky}
              options={periodKinds.map((k) => ({ value: k, label: periodKindLabels[k] }))}
              all={null}
            />
            <div>
              <label htmlFor="thang">Tháng (khi chọn Tháng)</label>
              <input id="thang" name="thang" type="month" defaultValue={values.thang ?? today.slice(0, 7)} />
            </div>
            <Select
              id="quy"
              label="Quý (khi chọn Quý)"
              value={values.quy}
              options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: `Quý ${q}` }))}
              all="Quý hiện tại"
            />
            <Select
              id="nam"
              label="Năm (khi chọn Quý, Năm)"
              value={values.nam}
              options={years.map((y) => ({ value: y, label: y }))}
              all="Năm nay"
            />
            <div>
              <label htmlFor="tu">Từ ngày (tùy chọn)</label>
              <input id="tu" name="tu" type="date" defaultValue={values.tu} />
            </div>
            <div>
              <label htmlFor="den">Đến ngày (tùy chọn)</label>
              <input id="den" name="den" type="date" defaultValue={values.den} />
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>Lọc / Filters</legend>
          <div className="filters">
            <Select
              id="phieu"
              label="Phiếu khảo sát / Instrument"
              value={values.phieu}
              options={options.instruments.map((i) => ({ value: i.key, label: i.title }))}
            />
            <Select
              id="kenh"
              label="Kênh / Channel"
              value={values.kenh}
              options={channels.map((c) => ({ value: c, label: channelLabels[c] }))}
            />
            <Select
              id="linh-vuc"
              label="Lĩnh vực / Field"
              value={values["linh-vuc"]}
              options={options.fields.map((f) => ({ value: String(f.id), label: f.name }))}
            />
            <Select
              id="thu-tuc"
              label="Thủ tục / Procedure"
              value={values["thu-tuc"]}
              options={options.procedures.map((p) => ({
                value: String(p.id),
                label: `${p.code} — ${p.name}`,
              }))}
            />
            {options.counters ? (
              <Select
                id="quay"
                label="Quầy / Counter"
                value={values.quay}
                options={options.counters.map((c) => ({ value: String(c.id), label: c.label }))}
              />
            ) : (
              <p className="muted">
                Quầy / Counter: chọn một đơn vị để lọc theo quầy. / Choose a unit to filter by counter.
              </p>
            )}
          </div>
        </fieldset>
        <p>
          <button type="submit">Xem / Apply</button>{" "}
          <Link className="button secondary" href={path}>
            Bỏ lọc / Clear
          </Link>
        </p>
      </form>
    </search>
  );
}
