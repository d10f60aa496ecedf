import { describe, expect, it } from "vitest";
import { type SummaryInput, summaryRows } from "./summary";

const run: SummaryInput = {
  page: { appPerSecond: 9000, plainPerSecond: 10000, gzipBytes: 8 * 1024 },
  pageTargets: { requestsPerSecond: 1500, shareOfPlain: 0.1, gzipBytes: 30 * 1024 },
  submissions: { perSecond: 1200, p50Ms: 20, p99Ms: 120, lost: 0, duplicated: 0 },
  submissionTargets: { perSecond: 1000, p99Ms: 150, shareOfAutocommit: 0.2 },
  raw: { autocommitPerSecond: 5000, autocommitP99Ms: 2, batchedPerSecond: 60000 },
  import: { procedures: 2000, seconds: 4, created: 2000 },
  importTargets: { totalSeconds: 10 },
  posters: { renderMs: 3000 },
  posterTargets: { seconds: 15 },
  pageWeights: [
    { page: "procedure", status: 200, bytes: 7000, scriptBytes: 0 },
    { page: "quick survey", status: 200, bytes: 31 * 1024, scriptBytes: 3000 },
  ],
  pageWeightTargets: { bytes: 30 * 1024 },
};

const row = (rows: ReturnType<typeof summaryRows>, figure: string) => rows.find((r) => r.figure === figure);

describe("bench summary", () => {
  it("reads each figure against its target and its baseline of the same run", () => {
    const rows = summaryRows(run);
    expect(rows.filter((r) => !r.pass).map((r) => r.figure)).toEqual(["page weight, quick survey"]);
    expect(row(rows, "submissions/s")).toMatchObject({ value: "1,200", ratio: "24.0 %" });
    expect(row(rows, "procedure page, requests/s")?.ratio).toBe("90.0 %");
  });

  it("fails submissions below a fifth of autocommit even above 1,000/s, and any lost answer", () => {
    const rows = summaryRows({
      ...run,
      submissions: { ...run.submissions, perSecond: 1400, lost: 1 },
      raw: { ...run.raw, autocommitPerSecond: 7500 },
    });
    expect(row(rows, "submissions/s")).toMatchObject({ ratio: "18.7 %", pass: false });
    expect(row(rows, "submissions, lost / duplicated")?.pass).toBe(false);
    expect(row(rows, "submissions, latency p99")?.pass).toBe(true);
  });
});
