import { testDb } from "./db";

/**
 * Dossiers of a year no other data reaches (2019), written straight into the e2e database (the counts
 * follow by the schema's triggers), so that the dossier figures of the units filled here are known
 * exactly whatever the demo data holds. Idempotent: fixed codes, inserted once however many specs and
 * projects call it (an upsert, not INSERT OR IGNORE, which would also silence a failing count trigger).
 * Each spec that counts dossiers keeps to its own year: 2017 e2e/api-contract.spec.ts, 2018
 * e2e/api-fuzz.spec.ts, 2019 here; the demo's dossiers are of the last twelve months.
 */
export const DOSSIER_YEAR = "2019";

/** A receiving officer's staff code: per-officer data that must never reach a public page or feed. */
export const OFFICER_CODE = "CB-E2E-KIEMTRA-07";

interface Row {
  unit: string;
  code: string;
  status: "returned" | "processing";
  dueAt: string | null;
  returnedAt: string | null;
  /** Written as the app would derive it: the test states the expected outcome, not a computation. */
  timeliness: "early" | "on_time" | "late" | null;
  complained?: boolean;
  ratedUnsatisfied?: boolean;
  apologized?: boolean;
}

const RECEIVED = "2019-03-08T08:00:00+07:00";
const DUE = "2019-03-15T17:00:00+07:00";

/**
 * Phường An Hòa's centre: the issue's example — 10 due the same day, 7 returned the day before (one
 * complained about, one rated "Không hài lòng"), 1 on the due day, 2 the next working day (one with an
 * apology letter); one more still open past its due date. Xã Phú Mỹ's centre: 3 returned early.
 * (No dossier returned without a due date: the count triggers of migration 0014 cannot write one yet.)
 */
const ROWS: Row[] = [
  ...Array.from(
    { length: 7 },
    (_, i): Row => ({
      unit: "phuong-an-hoa-tthcc",
      code: `E2E-HS-A${i + 1}`,
      status: "returned",
      dueAt: DUE,
      returnedAt: "2019-03-14T15:00:00+07:00",
      timeliness: "early",
      complained: i === 0,
      ratedUnsatisfied: i === 1,
    }),
  ),
  {
    unit: "phuong-an-hoa-tthcc",
    code: "E2E-HS-A8",
    status: "returned",
    dueAt: DUE,
    returnedAt: "2019-03-15T10:00:00+07:00",
    timeliness: "on_time",
  },
  ...[9, 10].map(
    (n): Row => ({
      unit: "phuong-an-hoa-tthcc",
      code: `E2E-HS-A${n}`,
      status: "returned",
      dueAt: DUE,
      returnedAt: "2019-03-18T09:00:00+07:00",
      timeliness: "late",
      apologized: n === 9,
    }),
  ),
  {
    unit: "phuong-an-hoa-tthcc",
    code: "E2E-HS-A11",
    status: "processing",
    dueAt: "2019-03-20T17:00:00+07:00",
    returnedAt: null,
    timeliness: null,
  },
  ...[1, 2, 3].map(
    (n): Row => ({
      unit: "xa-phu-my-tthcc",
      code: `E2E-HS-B${n}`,
      status: "returned",
      dueAt: DUE,
      returnedAt: "2019-03-11T09:00:00+07:00",
      timeliness: "early",
    }),
  ),
];

/** What the dossiers above give for 2019, as Vietnamese pages write it. */
export const EXPECTED_2019 = {
  "tinh-an-hoa": { onTime: "84,62", onTimeN: 13, qd766: "69,23", qd766N: 13 },
  "phuong-an-hoa": { onTime: "80,00", onTimeN: 10, qd766: "60,00", qd766N: 10 },
  "phuong-an-hoa-tthcc": { onTime: "80,00", onTimeN: 10, qd766: "60,00", qd766N: 10 },
  "xa-phu-my-tthcc": { onTime: "100,00", onTimeN: 3, qd766: "100,00", qd766N: 3 },
} as const;

const ms = (at: string | null) => (at === null ? null : Date.parse(at));
const day = (at: string | null) => (at === null ? null : at.slice(0, 10));

export async function insertDossiers2019(): Promise<void> {
  await testDb.batch(
    ROWS.map((r) => ({
      sql: `INSERT INTO dossiers (unit_id, code, channel, status, received_at, received_day, due_at,
              returned_at, returned_day, timeliness, received_by, returned_by, complained, rated_unsatisfied,
              apologized, survey_token_hash)
            VALUES ((SELECT id FROM units WHERE slug = ?), ?, 'in_person', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (unit_id, code) DO NOTHING`,
      args: [
        r.unit,
        r.code,
        r.status,
        ms(RECEIVED),
        day(RECEIVED),
        ms(r.dueAt),
        ms(r.returnedAt),
        day(r.returnedAt),
        r.timeliness,
        OFFICER_CODE,
        r.status === "returned" ? OFFICER_CODE : null,
        r.complained ? 1 : 0,
        r.ratedUnsatisfied ? 1 : 0,
        r.apologized ? 1 : 0,
        `e2e-dossier-${r.code}`,
      ],
    })),
    "write",
  );
}
