import { describe, expect, it } from "vitest";
import {
  baselinePeriod,
  burstRun,
  DEFAULT_SURGE_SETTINGS,
  detectSurge,
  joinGapMs,
  parseSurgeSettings,
  surgeBaseline,
  surgeThresholds,
} from "./surge";

const MINUTE = 60_000;
/** 2026-11-02 08:00 in Hà Nội (UTC+7). */
const MORNING = Date.parse("2026-11-02T08:00:00+07:00");

describe("baseline", () => {
  it("is the busiest aligned window of each length, for the unit and for each link", () => {
    const answers = [
      // Three answers through A within 08:00–08:10, one more at 08:15, and one through B.
      { link: "A", at: MORNING + 1 * MINUTE },
      { link: "A", at: MORNING + 2 * MINUTE },
      { link: "A", at: MORNING + 9 * MINUTE },
      { link: "A", at: MORNING + 15 * MINUTE },
      { link: "B", at: MORNING + 3 * MINUTE },
      // The next day, a busier hour through B only.
      ...Array.from({ length: 6 }, (_, i) => ({
        link: "B",
        at: MORNING + 24 * 60 * MINUTE + i * 8 * MINUTE,
      })),
    ];
    const baseline = surgeBaseline(answers, [10, 60, 1440]);
    expect(baseline.unit).toEqual({ 10: 4, 60: 6, 1440: 6 });
    expect(baseline.links.A).toEqual({ 10: 3, 60: 4, 1440: 4 });
    expect(baseline.links.B).toEqual({ 10: 2, 60: 6, 1440: 6 });
  });

  it("aligns days on local midnight, not UTC", () => {
    // 23:30 and 00:30 local time are two local days (but one UTC day: 16:30 and 17:30 UTC).
    const lateEvening = Date.parse("2026-11-02T23:30:00+07:00");
    const baseline = surgeBaseline(
      [
        { link: "A", at: lateEvening },
        { link: "A", at: lateEvening + 60 * MINUTE },
      ],
      [1440],
    );
    expect(baseline.unit[1440]).toBe(1);
  });

  it("is read from the baseline days before today (local), today excluded", () => {
    const { from, to } = baselinePeriod(DEFAULT_SURGE_SETTINGS, MORNING);
    expect(new Date(to).toISOString()).toBe("2026-11-01T17:00:00.000Z");
    expect((to - from) / (24 * 60 * MINUTE)).toBe(28);
  });
});

describe("thresholds", () => {
  it("are the floor for a unit without history, and factor × the busiest window above it", () => {
    const quiet = surgeThresholds(DEFAULT_SURGE_SETTINGS, { unit: {}, links: {} }, "A");
    expect(quiet.link.map((t) => [t.minutes, t.threshold])).toEqual([
      [10, 50],
      [60, 150],
      [1440, 300],
    ]);
    const busy = surgeThresholds(
      DEFAULT_SURGE_SETTINGS,
      { unit: { 10: 40, 60: 100, 1440: 700 }, links: { A: { 10: 10, 60: 70, 1440: 250 } } },
      "A",
    );
    expect(busy.link.map((t) => [t.threshold, t.baseline])).toEqual([
      [50, 10],
      [210, 70],
      [750, 250],
    ]);
    expect(busy.unit.map((t) => t.threshold)).toEqual([120, 300, 2100]);
  });
});

describe("detection", () => {
  const thresholds = surgeThresholds(DEFAULT_SURGE_SETTINGS, { unit: {}, links: {} }, "A");
  const counts = (link: number[], unit: number[]) => ({
    link: { 10: link[0] ?? 0, 60: link[1] ?? 0, 1440: link[2] ?? 0 },
    unit: { 10: unit[0] ?? 0, 60: unit[1] ?? 0, 1440: unit[2] ?? 0 },
  });

  it("holds nothing at or below every threshold", () => {
    expect(detectSurge(thresholds, counts([50, 150, 300], [80, 240, 400]))).toBeNull();
  });

  it("names the first exceeded threshold, a link before its unit, short windows first", () => {
    expect(detectSurge(thresholds, counts([51, 151, 0], [81, 0, 0]))).toMatchObject({
      scope: "link",
      minutes: 10,
      threshold: 50,
    });
    expect(detectSurge(thresholds, counts([10, 20, 301], [81, 0, 0]))).toMatchObject({
      scope: "link",
      minutes: 1440,
    });
    expect(detectSurge(thresholds, counts([10, 20, 30], [70, 241, 0]))).toMatchObject({
      scope: "unit",
      minutes: 60,
      threshold: 240,
    });
  });

  it("holds the run of answers that ends with the one crossing the threshold, not the quiet traffic before", () => {
    const at = (minutes: number) => ({ at: MORNING + minutes * MINUTE });
    // Newest first: a dense run from 09:40 to 09:50, then a citizen at 09:32 and one at 09:20.
    const newestFirst = [at(110), at(109.9), at(109.5), at(105), at(104.2), at(100), at(92), at(80)];
    expect(burstRun(newestFirst, MINUTE).map((a) => (a.at - MORNING) / MINUTE)).toEqual([110, 109.9, 109.5]);
    expect(burstRun(newestFirst, 5 * MINUTE)).toHaveLength(6);
    expect(burstRun([], MINUTE)).toEqual([]);
  });

  it("keeps a burst open while answers keep coming at least at half the surge rate", () => {
    // 50 answers per 10 minutes: two answers take 24 s at half that rate, less than a minute.
    expect(joinGapMs(10, 50)).toBe(MINUTE);
    // 300 a day: two answers take 9.6 minutes at half that rate.
    expect(joinGapMs(1440, 300)).toBe(9.6 * MINUTE);
  });
});

describe("settings", () => {
  it("falls back to the defaults when the row is missing or invalid", () => {
    expect(parseSurgeSettings(undefined)).toEqual(DEFAULT_SURGE_SETTINGS);
    expect(parseSurgeSettings({ factor: 0, baselineDays: 28, windows: [] })).toEqual(DEFAULT_SURGE_SETTINGS);
    const custom = { factor: 2, baselineDays: 14, windows: [{ minutes: 5, link: 10, unit: 20 }] };
    expect(parseSurgeSettings(custom)).toEqual(custom);
  });
});
