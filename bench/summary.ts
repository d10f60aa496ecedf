/**
 * The closing table of `npm run bench`: every figure with its target and, where the run measured one, its
 * baseline in the same run and the ratio to it — so a figure reads against this machine's own ceiling,
 * not against a number measured elsewhere.
 */
import { type Cell, fmt1, fmtInt, fmtMs, mark, table } from "./format";

export interface SummaryRow {
  figure: string;
  value: string;
  target: string;
  /** The same work done the plainest way in this run, or "—" when there is none. */
  baseline: string;
  /** value ÷ baseline, or "—". */
  ratio: string;
  pass: boolean;
}

function percent(share: number): string {
  return `${fmt1(share * 100)} %`;
}

export interface SummaryInput {
  page: { appPerSecond: number; plainPerSecond: number; gzipBytes: number };
  pageTargets: { requestsPerSecond: number; shareOfPlain: number; gzipBytes: number };
  submissions: { perSecond: number; p50Ms: number; p99Ms: number; lost: number; duplicated: number };
  submissionTargets: { perSecond: number; p99Ms: number; shareOfAutocommit: number };
  raw: { autocommitPerSecond: number; autocommitP99Ms: number; batchedPerSecond: number };
  import: { procedures: number; seconds: number; created: number };
  importTargets: { totalSeconds: number };
  posters: { renderMs: number };
  posterTargets: { seconds: number };
  /** Citizen pages in Chromium, cold cache (bench/page-weight.ts). */
  pageWeights: ReadonlyArray<{ page: string; status: number; bytes: number; scriptBytes: number }>;
  pageWeightTargets: { bytes: number };
}

export function summaryRows(r: SummaryInput): SummaryRow[] {
  const pageShare = r.page.appPerSecond / r.page.plainPerSecond;
  const submissionShare = r.submissions.perSecond / r.raw.autocommitPerSecond;
  return [
    {
      figure: "procedure page, requests/s",
      value: fmtInt(r.page.appPerSecond),
      target: `≥ ${fmtInt(r.pageTargets.requestsPerSecond)} and ≥ ${percent(r.pageTargets.shareOfPlain)} of plain`,
      baseline: `plain node:http ${fmtInt(r.page.plainPerSecond)}`,
      ratio: percent(pageShare),
      pass: r.page.appPerSecond >= r.pageTargets.requestsPerSecond && pageShare >= r.pageTargets.shareOfPlain,
    },
    {
      figure: "procedure page, HTML gzip",
      value: `${fmt1(r.page.gzipBytes / 1024)} KB`,
      target: `≤ ${fmtInt(r.pageTargets.gzipBytes / 1024)} KB`,
      baseline: "—",
      ratio: "—",
      pass: r.page.gzipBytes <= r.pageTargets.gzipBytes,
    },
    {
      figure: "submissions/s",
      value: fmtInt(r.submissions.perSecond),
      target: `≥ ${fmtInt(r.submissionTargets.perSecond)} and ≥ ${percent(r.submissionTargets.shareOfAutocommit)} of autocommit`,
      baseline: `raw autocommit ${fmtInt(r.raw.autocommitPerSecond)} rows/s`,
      ratio: percent(submissionShare),
      pass:
        r.submissions.perSecond >= r.submissionTargets.perSecond &&
        submissionShare >= r.submissionTargets.shareOfAutocommit,
    },
    {
      figure: "submissions, latency p99",
      value: fmtMs(r.submissions.p99Ms),
      target: `< ${fmtInt(r.submissionTargets.p99Ms)} ms`,
      baseline: `raw autocommit p99 ${fmtMs(r.raw.autocommitP99Ms)}`,
      ratio: r.raw.autocommitP99Ms > 0 ? `${fmt1(r.submissions.p99Ms / r.raw.autocommitP99Ms)} ×` : "—",
      pass: r.submissions.p99Ms < r.submissionTargets.p99Ms,
    },
    {
      figure: "submissions, lost / duplicated",
      value: `${fmtInt(r.submissions.lost)} / ${fmtInt(r.submissions.duplicated)}`,
      target: "0 / 0",
      baseline: "—",
      ratio: "—",
      pass: r.submissions.lost === 0 && r.submissions.duplicated === 0,
    },
    {
      figure: `procedure import (${fmtInt(r.import.procedures)})`,
      value: `${fmt1(r.import.seconds)} s`,
      target: `< ${fmtInt(r.importTargets.totalSeconds)} s`,
      baseline: "—",
      ratio: "—",
      pass: r.import.seconds < r.importTargets.totalSeconds && r.import.created === r.import.procedures,
    },
    ...r.pageWeights.map((w) => ({
      figure: `page weight, ${w.page}`,
      value: `${fmt1(w.bytes / 1024)} KB`,
      target: `≤ ${fmtInt(r.pageWeightTargets.bytes / 1024)} KB`,
      baseline: `of which scripts ${fmt1(w.scriptBytes / 1024)} KB`,
      ratio: "—",
      pass: w.status === 200 && w.bytes <= r.pageWeightTargets.bytes,
    })),
    {
      figure: "poster PDF",
      value: fmtMs(r.posters.renderMs),
      target: `< ${fmtInt(r.posterTargets.seconds)} s`,
      baseline: "—",
      ratio: "—",
      pass: r.posters.renderMs < r.posterTargets.seconds * 1000,
    },
  ];
}

export function summaryReport(rows: readonly SummaryRow[]): string {
  const cells: Cell[][] = rows.map((row) => [
    row.figure,
    row.value,
    row.target,
    row.baseline,
    row.ratio,
    mark(row.pass),
  ]);
  return [
    "Summary: every figure, its target, its baseline in this run",
    table(cells, ["figure", "value", "target", "baseline (same run)", "ratio", ""]),
  ].join("\n");
}
