import { createHash, randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { scalar, testDb } from "./db";

export const KIOSK_UNIT = "phuong-an-hoa-tthcc";
export const QUESTION = "Ông/Bà có hài lòng với việc giải quyết thủ tục hành chính hôm nay không?";
export const THANKS = "Cảm ơn Ông/Bà!";

export interface TestDevice {
  id: number;
  name: string;
  activationPath: string;
  unitId: number;
  counterId: number;
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * Registers a kiosk straight in the database, as the manage form does (tested in kiosk.spec.ts): a
 * one-time activation link, and a device token hash of a value nobody holds until the link is opened.
 * Without `resetSeconds` the device gets the database's default reset time.
 */
export async function registerKioskDevice(resetSeconds?: number, unitSlug = KIOSK_UNIT): Promise<TestDevice> {
  const token = randomBytes(24).toString("base64url");
  const unitId = await scalar("SELECT id FROM units WHERE slug = ?", [unitSlug]);
  const counterId = await scalar("SELECT id FROM counters WHERE unit_id = ? ORDER BY number LIMIT 1", [
    unitId,
  ]);
  const name = `Máy thử ${token.slice(0, 6)}`;
  const reset = resetSeconds === undefined ? [] : [resetSeconds];
  const rs = await testDb.execute({
    sql: `INSERT INTO devices (unit_id, counter_id, name, token_hash, activation_token_hash${reset.length ? ", reset_seconds" : ""})
          VALUES (?, ?, ?, ?, ?${reset.length ? ", ?" : ""}) RETURNING id`,
    args: [unitId, counterId, name, sha256(randomBytes(24).toString("base64url")), sha256(token), ...reset],
  });
  return { id: Number(rs.rows[0]?.id), name, activationPath: `/kiosk/kich-hoat/${token}`, unitId, counterId };
}

export const maxResponseId = () => scalar("SELECT coalesce(max(id), 0) FROM responses");

/** Kiosk responses stored after `afterId`, oldest first. */
export async function kioskResponsesSince(afterId: number) {
  const rs = await testDb.execute({
    sql: `SELECT r.id, r.channel, r.counter_id, r.unit_id, r.reasons, r.comment, r.idempotency_key, a.value
          FROM responses r JOIN answers a ON a.response_id = r.id AND a.item_key = 'quick'
          WHERE r.id > ? ORDER BY r.id`,
    args: [afterId],
  });
  return rs.rows;
}

export class KioskScreen {
  constructor(private readonly page: Page) {}

  question() {
    return this.page.getByRole("heading", { level: 1, name: QUESTION });
  }

  thanks() {
    return this.page.getByRole("heading", { level: 1, name: THANKS });
  }

  waiting() {
    return this.page.getByTestId("kiosk-queue");
  }

  countdown() {
    return this.page.getByTestId("kiosk-countdown");
  }

  next() {
    return this.page.getByRole("link", { name: "Đánh giá tiếp" });
  }

  async activate(device: TestDevice) {
    await this.page.goto(device.activationPath);
    await expect(this.page).toHaveURL(/\/kiosk$/);
    await expect(this.question()).toBeVisible();
  }

  async tap(label: "Rất hài lòng" | "Hài lòng" | "Không hài lòng") {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    await expect(this.thanks()).toBeVisible();
  }
}

/**
 * Waits (at most `within` seconds) for the kiosk to go back to its question by itself — the device's
 * countdown in script, the meta refresh without — and returns the seconds since `since` (a Date.now()).
 */
export async function secondsUntilQuestion(
  kiosk: KioskScreen,
  since: number,
  within: number,
): Promise<number> {
  // waitFor watches the page itself, so the time is not rounded up by an assertion's polling interval.
  await kiosk.question().waitFor({ state: "visible", timeout: within * 1000 });
  return (Date.now() - since) / 1000;
}

/**
 * Lets the page finish what the timers run under Playwright's fake clock scheduled (React renders on a
 * MessageChannel task, which the clock does not fake): two such tasks have run once this resolves.
 */
export async function settle(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
    );
  }
}
