/** The soak's request mix: what each step asks for, and the per-route figures it keeps. */
import type { Client } from "@libsql/client";
import { type AnswerLedger, submitQuickAnswer } from "@/test/answer-ledger";

const DEMO_ADMIN = { email: "admin@anhoa.demo", password: "HaiLong@2026" };
const RAW_EXPORT = "/quan-ly/xuat/phieu?dinh-dang=csv";

export interface RouteStats {
  name: string;
  weight: number;
  latenciesMs: number[];
  statuses: Map<number, number>;
  networkErrors: number;
}

export interface Mix {
  link: string;
  exportNote: string;
  step(): Promise<void>;
  routes(): RouteStats[];
  totalRequests(): number;
  total5xx(): number;
  replayMismatches(): number;
}

/** Signs the demo administrator in through better-auth's API; returns the Cookie header to send. */
export async function signIn(baseUrl: string, publicBaseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    // better-auth accepts a sign-in only from the app's own origin.
    headers: { "content-type": "application/json", origin: publicBaseUrl },
    body: JSON.stringify(DEMO_ADMIN),
  });
  await res.arrayBuffer();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const check = await fetch(`${baseUrl}/quan-ly`, { headers: { cookie }, redirect: "manual" });
  await check.arrayBuffer();
  if (res.status !== 200 || check.status !== 200) {
    throw new Error(
      `sign-in as ${DEMO_ADMIN.email} failed: ${res.status}, then GET /quan-ly ${check.status}`,
    );
  }
  return cookie;
}

async function column(db: Client, sql: string): Promise<string[]> {
  return (await db.execute(sql)).rows.map((row) => String(row[0]));
}

function pick<T>(list: readonly T[]): T {
  const item = list[Math.floor(Math.random() * list.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
}

export async function soakMix(
  baseUrl: string,
  db: Client,
  cookie: string,
  ledger: AnswerLedger,
): Promise<Mix> {
  const unitLinks = await column(db, "SELECT code FROM short_links WHERE kind = 'unit' ORDER BY code");
  const unitPages = await column(
    db,
    "SELECT '/' || l || '/don-vi/' || slug FROM units, (SELECT 'vi' AS l UNION SELECT 'en')",
  );
  const procedurePages = await column(
    db,
    `SELECT '/vi/don-vi/' || u.slug || '/thu-tuc/' || p.code FROM unit_procedures up
     JOIN units u ON u.id = up.unit_id JOIN procedures p ON p.id = up.procedure_id ORDER BY up.id LIMIT 300`,
  );
  const shortLinks = await column(db, "SELECT code FROM short_links ORDER BY code LIMIT 300");
  if (unitLinks.length === 0 || procedurePages.length === 0)
    throw new Error("no demo data: was the seed applied?");

  const probe = await fetch(`${baseUrl}${RAW_EXPORT}`, { headers: { cookie }, redirect: "manual" });
  await probe.arrayBuffer();
  if (probe.status !== 200) throw new Error(`${RAW_EXPORT} answered ${probe.status}, expected 200`);
  const exportPath = RAW_EXPORT;
  const exportNote = `raw-responses export ${RAW_EXPORT}`;

  let replayMismatches = 0;
  const linkOfKey = new Map<string, string>();
  const acknowledgedKeys: string[] = [];
  const stats = (name: string, weight: number): RouteStats => ({
    name,
    weight,
    latenciesMs: [],
    statuses: new Map(),
    networkErrors: 0,
  });
  const count = (s: RouteStats, status: number | null, ms: number) => {
    s.latenciesMs.push(ms);
    if (status === null) s.networkErrors += 1;
    else s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
  };
  const get = async (s: RouteStats, path: string, headers: Record<string, string> = {}) => {
    const started = performance.now();
    try {
      const res = await fetch(`${baseUrl}${path}`, {
        headers,
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      count(s, res.status, performance.now() - started);
    } catch {
      count(s, null, performance.now() - started);
    }
  };
  const submit = async (s: RouteStats, key: string, link: string) => {
    const started = performance.now();
    const outcome = await submitQuickAnswer(baseUrl, link, key, 30_000);
    const ms = performance.now() - started;
    if (outcome.kind === "network") {
      ledger.doubt(key);
      count(s, null, ms);
      return outcome;
    }
    count(s, outcome.kind === "stored" ? (outcome.duplicate ? 200 : 201) : outcome.status, ms);
    if (outcome.kind === "stored") ledger.acknowledge(key, outcome.id);
    return outcome;
  };

  const routes: Array<[RouteStats, () => Promise<void>]> = [];
  const route = (name: string, weight: number, run: (s: RouteStats) => Promise<void>) => {
    const s = stats(name, weight);
    routes.push([s, () => run(s)]);
  };
  route("GET procedure page", 25, (s) => get(s, pick(procedurePages), { "accept-encoding": "gzip" }));
  route("GET unit page", 10, (s) => get(s, pick(unitPages), { "accept-encoding": "gzip" }));
  route("GET /q/<code> (redirect)", 10, (s) => get(s, `/q/${pick(shortLinks)}`));
  route("GET survey page", 8, (s) => get(s, `/vi/danh-gia/${pick(unitLinks)}`));
  route("GET search", 5, (s) =>
    get(s, `/search?q=${encodeURIComponent(pick(["khai sinh", "chung thuc", "MAU.HT", "đất đai"]))}`),
  );
  route("POST answer (new)", 25, async (s) => {
    const key = ledger.newKey();
    const link = pick(unitLinks);
    linkOfKey.set(key, link);
    const outcome = await submit(s, key, link);
    if (outcome.kind === "stored") acknowledgedKeys.push(key);
  });
  route("POST answer (kiosk replay)", 10, async (s) => {
    if (acknowledgedKeys.length === 0) return;
    // A kiosk resends what it sent lately (its queue after a lost connection).
    const key = pick(acknowledgedKeys.slice(-500));
    const expected = ledger.acknowledged.get(key);
    const outcome = await submit(s, key, linkOfKey.get(key) ?? pick(unitLinks));
    if (outcome.kind === "stored" && (outcome.id !== expected || !outcome.duplicate)) replayMismatches += 1;
  });
  route("GET /quan-ly (dashboard)", 3, (s) => get(s, "/quan-ly", { cookie }));
  route("GET export", 1, (s) => get(s, exportPath, { cookie }));

  const totalWeight = routes.reduce((n, [s]) => n + s.weight, 0);
  const all = () => routes.map(([s]) => s);
  return {
    link: pick(unitLinks),
    exportNote,
    async step() {
      let ticket = Math.random() * totalWeight;
      for (const [s, run] of routes) {
        ticket -= s.weight;
        if (ticket < 0) return run();
      }
    },
    routes: all,
    totalRequests: () => all().reduce((n, s) => n + s.latenciesMs.length, 0),
    total5xx: () =>
      all().reduce(
        (n, s) => n + [...s.statuses].filter(([code]) => code >= 500).reduce((m, [, c]) => m + c, 0),
        0,
      ),
    replayMismatches: () => replayMismatches,
  };
}
