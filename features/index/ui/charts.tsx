"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  type DotItemDotProps,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { type TrendChartPoint, targetLabelPositions, trendAxis } from "../trend-chart";

/**
 * Charts drawn in the browser with recharts (which cannot draw on the server), loaded and drawn only when
 * scrolled near (./deferred-charts.tsx, which also makes each an image with a label to assistive
 * technology); the same numbers are always in a table next to it, which is also what works without
 * JavaScript.
 */

/** The open dot of the month not over yet (the month before it keeps the full line's dot). */
function partialDot(color: string) {
  return ({ cx, cy, index, payload }: DotItemDotProps): ReactNode =>
    (payload as TrendChartPoint | undefined)?.partial && typeof cx === "number" && typeof cy === "number" ? (
      <circle key={index} cx={cx} cy={cy} r={4} fill="#fff" stroke={color} strokeWidth={2} />
    ) : null;
}

/** Axis labels large and dark enough to read at 360 px and in print. */
const AXIS_TICK = { fontSize: 13, fill: "#0b0c0c" };

export interface DistributionBar {
  label: string;
  count: number;
  color: string;
}

export function DistributionChart({ bars }: { bars: DistributionBar[] }) {
  const t = useTranslations("index.charts");
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="label" width={124} tick={AXIS_TICK} />
        <Tooltip />
        <Bar dataKey="count" name={t("answers")} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.label} fill={bar.color} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function TrendChart({
  points,
  targets,
  partialNames,
}: {
  points: TrendChartPoint[];
  targets: Array<{ year: number; percent: number }>;
  /** The series' names for the month not over yet (the page's language). */
  partialNames: { quick: string; service: string };
}) {
  const t = useTranslations("index.charts");
  const locale = useLocale();
  const percentFormat = (value: unknown) =>
    typeof value === "number" ? `${value.toLocaleString(locale, { maximumFractionDigits: 2 })}%` : "—";
  const showService = points.some((p) => p.service !== null || p.servicePartial !== null);
  const showPartial = points.some((p) => p.quickPartial !== null || p.servicePartial !== null);
  const axis = trendAxis(points, targets);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ left: 0, right: 16, top: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={AXIS_TICK} interval="preserveStartEnd" minTickGap={12} />
        <YAxis domain={axis.domain} ticks={axis.ticks} unit="%" width={52} tick={AXIS_TICK} />
        <Tooltip formatter={percentFormat} />
        <Legend wrapperStyle={{ fontSize: 14 }} />
        {targetLabelPositions(targets).map((target) => (
          <ReferenceLine
            key={target.year}
            y={target.percent}
            stroke="#8a3b00"
            strokeDasharray="2 3"
            label={{
              value: t("target", { year: target.year, percent: target.percent }),
              position: target.position,
              fill: "#8a3b00",
              fontSize: 13,
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
        {showPartial ? (
          <Line
            type="monotone"
            dataKey="quickPartial"
            name={partialNames.quick}
            stroke="#0b4f8a"
            strokeWidth={3}
            strokeDasharray="6 5"
            dot={partialDot("#0b4f8a")}
            legendType="plainline"
            connectNulls={false}
            isAnimationActive={false}
          />
        ) : null}
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
        {showService && showPartial ? (
          <Line
            type="monotone"
            dataKey="servicePartial"
            name={partialNames.service}
            stroke="#00703c"
            strokeWidth={2}
            strokeDasharray="6 5"
            dot={partialDot("#00703c")}
            legendType="plainline"
            connectNulls={false}
            isAnimationActive={false}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
