"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/**
 * Charts drawn in the browser with recharts. Each is an image to assistive technology (role="img" with a
 * label); the same numbers are always in a table next to it, which is also what works without JavaScript.
 */

export interface DistributionBar {
  label: string;
  count: number;
  color: string;
}

export function DistributionChart({ label, bars }: { label: string; bars: DistributionBar[] }) {
  const t = useTranslations("index.charts");
  return (
    <div role="img" aria-label={label} style={{ width: "100%", height: 220 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ left: 24, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={150} />
          <Tooltip />
          <Bar dataKey="count" name={t("answers")} isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.label} fill={bar.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface TrendChartPoint {
  month: string;
  quick: number | null;
  service: number | null;
}

export function TrendChart({
  label,
  points,
  targets,
}: {
  label: string;
  points: TrendChartPoint[];
  targets: Array<{ year: number; percent: number }>;
}) {
  const t = useTranslations("index.charts");
  const locale = useLocale();
  const percentFormat = (value: unknown) =>
    typeof value === "number" ? `${value.toLocaleString(locale, { maximumFractionDigits: 2 })}%` : "—";
  const showService = points.some((p) => p.service !== null);
  return (
    <div role="img" aria-label={label} style={{ width: "100%", height: 300 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ left: 8, right: 24, top: 12 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={percentFormat} />
          <Legend />
          {targets.map((target) => (
            <ReferenceLine
              key={target.year}
              y={target.percent}
              stroke="#8a3b00"
              strokeDasharray="6 4"
              label={{
                value: t("target", { year: target.year, percent: target.percent }),
                position: "insideBottomLeft",
                fill: "#8a3b00",
              }}
            />
          ))}
          <Line
            type="monotone"
            dataKey="quick"
            name={t("quick")}
            stroke="#0b4f8a"
            strokeWidth={3}
            connectNulls={false}
            isAnimationActive={false}
          />
          {showService ? (
            <Line
              type="monotone"
              dataKey="service"
              name={t("service")}
              stroke="#00703c"
              strokeWidth={2}
              connectNulls={false}
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
