import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { E2E_PORT } from "./env";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request with the path sent exactly as given (no URL normalisation), so tests can send what a
 * hostile client would: malformed escapes, huge segments, odd methods and content types.
 */
export function rawRequest(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "localhost", port: E2E_PORT, method, path, headers: options.headers, timeout: 20_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

/**
 * Streams a body of `totalBytes` in 64 KB chunks (with or without Content-Length) and stops as soon as
 * the server answers. Returns the status and how many bytes had been sent by then.
 */
export function uploadUntilAnswered(
  path: string,
  totalBytes: number,
  { declareLength, contentType }: { declareLength: boolean; contentType: string },
): Promise<{ status: number; sentBytes: number; body: string }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string> = { "content-type": contentType };
    if (declareLength) headers["content-length"] = String(totalBytes);
    const req = request({ host: "localhost", port: E2E_PORT, method: "POST", path, headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          sentBytes: sent,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    // Once the server has answered and closed, further writes fail: that is the point.
    let failed: Error | undefined;
    req.on("error", (error) => {
      failed = error;
      setTimeout(() => answered || reject(error), 1_000);
    });
    const chunk = Buffer.alloc(64 * 1024, "a");
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // A few milliseconds between chunks let the answer in as soon as the server sends it.
    (async () => {
      while (!answered && !failed && sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) await new Promise((r) => req.once("drain", r));
        await pause(2);
      }
      if (!answered && !failed) req.end();
    })();
  });
}

/**
 * A raw socket that sends `head` at once and then one more byte each second until closed; `closed`
 * resolves with its lifetime in ms, `received()` is what the server sent on it.
 */
export function trickle(head: string): { socket: Socket; closed: Promise<number>; received(): string } {
  const socket = connect(E2E_PORT, "localhost");
  const opened = Date.now();
  const chunks: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => chunks.push(chunk));
  socket.on("error", () => {});
  socket.write(head);
  const timer = setInterval(() => socket.writable && socket.write("a"), 1000);
  const closed = new Promise<number>((resolve) =>
    socket.on("close", () => {
      clearInterval(timer);
      resolve(Date.now() - opened);
    }),
  );
  return { socket, closed, received: () => Buffer.concat(chunks).toString("latin1") };
}
