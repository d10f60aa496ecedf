import "server-only";
import { createHmac } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import type { OutboxMessage } from "@/db/schema";
import { env } from "@/lib/env";
import { type SendResult, smtpResult, webhookResult } from "../delivery-rules";

/**
 * How messages leave: e-mail through SMTP_URL (nodemailer), text messages through the SMS_WEBHOOK_URL
 * adapter (docs/messaging.md: a JSON POST, signed, that a province's SMS or Zalo ZNS gateway receives).
 */

export type Channel = OutboxMessage["channel"];

/** Which channels are configured on this server. */
export function configuredChannels(): Record<Channel, boolean> {
  const e = env();
  return { email: Boolean(e.SMTP_URL), sms: Boolean(e.SMS_WEBHOOK_URL) };
}

let mailer: { url: string; transporter: Transporter } | undefined;

function transporter(url: string): Transporter {
  if (mailer?.url !== url) {
    mailer = {
      url,
      transporter: nodemailer.createTransport({
        url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return mailer.transporter;
}

async function sendEmail(message: OutboxMessage, url: string): Promise<SendResult> {
  try {
    await transporter(url).sendMail({
      from: env().MAIL_FROM,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      // The same id on every try: a mail server or client that saw it once can drop a repeat.
      messageId: `<outbox-${message.id}.${message.dedupeKey.replace(/[^A-Za-z0-9.-]/g, "-")}@hailong>`,
    });
    return { ok: true };
  } catch (error) {
    return smtpResult(error);
  }
}

/** The webhook's body: what any SMS/ZNS gateway adapter needs, and an id to drop repeats by. */
export function smsPayload(message: OutboxMessage) {
  return { id: `outbox-${message.id}`, to: message.recipient, text: message.body, kind: message.kind };
}

async function sendSms(message: OutboxMessage, url: string): Promise<SendResult> {
  const body = JSON.stringify(smsPayload(message));
  const token = env().SMS_WEBHOOK_TOKEN;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "idempotency-key": `outbox-${message.id}`,
  };
  if (token) {
    headers.authorization = `Bearer ${token}`;
    headers["x-hailong-signature"] = `sha256=${createHmac("sha256", token).update(body).digest("hex")}`;
  }
  try {
    const res = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(15_000) });
    await res.body?.cancel();
    return webhookResult(res.status);
  } catch (error) {
    return {
      ok: false,
      permanent: false,
      error: (error instanceof Error ? error.message : String(error)).slice(0, 300),
    };
  }
}

/** Sends one message, or says why not; a channel not configured is "not yet" (it waits in the outbox). */
export async function send(message: OutboxMessage): Promise<SendResult | "not_configured"> {
  const e = env();
  if (message.channel === "email") return e.SMTP_URL ? sendEmail(message, e.SMTP_URL) : "not_configured";
  return e.SMS_WEBHOOK_URL ? sendSms(message, e.SMS_WEBHOOK_URL) : "not_configured";
}
