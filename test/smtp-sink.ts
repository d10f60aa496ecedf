import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A mail as the sink received it: its recipients and its decoded text part. */
export interface SunkMail {
  to: string;
  raw: string;
  text: string;
}

/** The text part of a raw mail (nodemailer sends UTF-8 as quoted-printable). */
export function mailText(raw: string): string {
  return raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join("\n\n")
    .replace(/=\r?\n/g, "")
    .replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replace(/=/g, ""), "hex").toString("utf8"));
}

/**
 * A real SMTP server on loopback that keeps every mail in `mails`; it can be stopped and started again on
 * the same port (a mail server that goes down and comes back).
 */
export class SmtpSink {
  readonly mails: SunkMail[] = [];
  port = 0;
  private server: SMTPServer | undefined;

  async start(port = this.port): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          this.mails.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(","),
            raw,
            text: mailText(raw),
          });
          callback();
        });
      },
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    this.port = (server.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The mails sent to one address. */
  to(address: string): SunkMail[] {
    return this.mails.filter((m) => m.to === address);
  }
}
