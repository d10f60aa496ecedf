"use client";

import { type ComponentProps, lazy, type ReactNode, Suspense, useEffect, useRef, useState } from "react";

// recharts (≈ 460 KB of script) is loaded and run only for a chart about to be seen: the overview's charts
// sit two to four screens down, below the filters, and drawing them took half the page's script time.
const charts = () => import("./charts");
const DistributionChartNow = lazy(() => charts().then((m) => ({ default: m.DistributionChart })));
const TrendChartNow = lazy(() => charts().then((m) => ({ default: m.TrendChart })));

/** How far below the screen a chart starts to load, so that it is drawn by the time it is scrolled to. */
const AHEAD = "600px";

/** Whether the element has come within AHEAD of the screen (and stays so once it has). */
function useNearScreen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

/** A chart's place, its size kept from the start: an image with a label to assistive technology. */
function ChartFrame({ label, height, children }: { label: string; height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearScreen(ref);
  return (
    <div ref={ref} role="img" aria-label={label} style={{ width: "100%", height }}>
      {near ? <Suspense fallback={null}>{children}</Suspense> : null}
    </div>
  );
}

type DistributionProps = ComponentProps<typeof DistributionChartNow> & { label: string };
type TrendProps = ComponentProps<typeof TrendChartNow> & { label: string };

export function DistributionChart({ label, ...chart }: DistributionProps) {
  return (
    <ChartFrame label={label} height={220}>
      <DistributionChartNow {...chart} />
    </ChartFrame>
  );
}

export function TrendChart({ label, ...chart }: TrendProps) {
  return (
    <ChartFrame label={label} height={320}>
      <TrendChartNow {...chart} />
    </ChartFrame>
  );
}
