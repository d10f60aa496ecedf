import { randomBytes } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The auth secret of an embedded database that runs without AUTH_SECRET: generated on first start and
 * kept beside the database file (`<database>.auth-secret`, mode 0600; data/ is not in git), so sessions
 * survive restarts and every instance on the same file signs with the same secret.
 */
export const SECRET_FILE_SUFFIX = ".auth-secret";
const MIN_LENGTH = 32;

export function secretFileFor(databaseFile: string): string {
  return `${databaseFile}${SECRET_FILE_SUFFIX}`;
}

export function newSecret(): string {
  return randomBytes(48).toString("base64url");
}

function readSecret(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function damaged(file: string): Error {
  return new Error(
    `Tệp khóa bí mật ${file} bị hỏng (ngắn hơn ${MIN_LENGTH} ký tự); hãy xóa tệp này (mọi phiên đăng nhập sẽ kết thúc) hoặc đặt AUTH_SECRET. / The secret file ${file} is damaged: delete it (every session ends) or set AUTH_SECRET.`,
  );
}

/**
 * The secret in `file`, created when there is none. Creation is atomic: the secret is written in full to
 * a private temporary file which is then hard-linked to its name — a link fails when the name exists, so
 * of several processes starting together exactly one wins and all of them read its secret back.
 */
export function readOrCreateSecretFile(file: string): string {
  const existing = readSecret(file);
  if (existing !== undefined) {
    if (existing.length < MIN_LENGTH) throw damaged(file);
    return existing;
  }
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temp, `${newSecret()}\n`, { mode: 0o600, flag: "wx" });
  try {
    chmodSync(temp, 0o600);
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  const secret = readSecret(file);
  if (secret === undefined || secret.length < MIN_LENGTH) throw damaged(file);
  return secret;
}
