import Database from "libsql";

/**
 * Prepared statements kept per connection. `@libsql/client` prepares every statement again on every
 * execution (`db.prepare(sql)` inside its `executeStmt`), and SQLite compiles an insert together with every
 * trigger it fires: the answer's count upsert, with the rollup triggers of each ancestry level, costs more to
 * compile than to run. Under load that compilation was a quarter of the server's CPU (docs/PERFORMANCE.md).
 *
 * So, on the embedded driver, `prepare` answers from a small LRU of the statements already compiled for that
 * connection. Reuse is safe: `@libsql/client` only ever runs a statement to its end (`all`/`run`, which
 * reset it first), sets the same modes on it each time (`safeIntegers(true)`, `raw(true)`), and a statement
 * whose schema changed is recompiled by SQLite itself. Statements are bound to their connection, so each
 * connection has its own cache, forgotten when it closes. Installed once per process, for file databases.
 */
const MAX_STATEMENTS = 512;

type Connection = Database.Database;
type Statement = Database.Statement;

const caches = new WeakMap<Connection, Map<string, Statement>>();
const installed = Symbol.for("hailong.statementCache");

export function installStatementCache(): void {
  const proto = Database.prototype as Connection & { [installed]?: true };
  if (proto[installed]) return;
  const prepare = proto.prepare;
  const close = proto.close;
  Object.defineProperty(proto, installed, { value: true });
  proto.prepare = <Connection["prepare"]>function cachedPrepare(this: Connection, sql: string): Statement {
    let cache = caches.get(this);
    if (!cache) {
      cache = new Map();
      caches.set(this, cache);
    }
    const hit = cache.get(sql);
    if (hit) {
      // Most recently used last: the first key is the one to drop.
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const statement = prepare.call(this, sql);
    if (cache.size >= MAX_STATEMENTS) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(sql, statement);
    return statement;
  };
  proto.close = function closeAndForget(this: Connection) {
    caches.delete(this);
    return close.call(this);
  };
}
