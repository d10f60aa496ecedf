import type { Client, InArgs, InStatement, Transaction, TransactionMode } from "@libsql/client";

/**
 * The embedded (file) driver is synchronous. If a write transaction is open on one pooled connection and
 * waits between two statements, a write on another connection blocks the event loop in SQLite's busy
 * handler — so the transaction can never finish: the process stalls for the whole busy timeout and fails
 * with SQLITE_BUSY. And per-connection settings (foreign_keys) would only hold on the connection that ran
 * them. So on a file, one connection serves the whole process and every operation takes its turn: a
 * statement or batch holds the turn for one synchronous call, a transaction until it commits or rolls
 * back. Nothing is lost — the driver runs one statement at a time anyway. Other processes (more app
 * instances on the same file) still meet through SQLite's own locking and busy timeout.
 *
 * Code running inside a transaction must use that transaction, never the client (it would wait for
 * its own turn forever).
 */
export function serializeClient(client: Client): Client {
  let tail: Promise<void> = Promise.resolve();
  /** Resolves with a release function once every earlier holder has released. */
  const turn = (): Promise<() => void> => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ready = tail.then(() => release);
    tail = tail.then(() => released);
    return ready;
  };
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await turn();
    try {
      return await work();
    } finally {
      release();
    }
  };

  async function transaction(mode?: TransactionMode): Promise<Transaction> {
    const release = await turn();
    let inner: Transaction;
    try {
      inner = await client.transaction(mode);
    } catch (error) {
      release();
      throw error;
    }
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        release();
      }
    };
    return {
      execute: (stmt: InStatement) => inner.execute(stmt),
      batch: (stmts: InStatement[]) => inner.batch(stmts),
      executeMultiple: (sql: string) => inner.executeMultiple(sql),
      async commit() {
        try {
          await inner.commit();
        } finally {
          finish();
        }
      },
      async rollback() {
        try {
          await inner.rollback();
        } finally {
          finish();
        }
      },
      close() {
        inner.close();
        finish();
      },
      get closed() {
        return inner.closed;
      },
    };
  }

  return {
    execute: ((stmtOrSql: InStatement | string, args?: InArgs) =>
      exclusive(() =>
        typeof stmtOrSql === "string" ? client.execute(stmtOrSql, args) : client.execute(stmtOrSql),
      )) as Client["execute"],
    batch: (stmts, mode) => exclusive(() => client.batch(stmts, mode)),
    migrate: (stmts) => exclusive(() => client.migrate(stmts)),
    transaction,
    executeMultiple: (sql) => exclusive(() => client.executeMultiple(sql)),
    sync: () => client.sync(),
    close: () => client.close(),
    reconnect: () => client.reconnect(),
    get closed() {
      return client.closed;
    },
    get protocol() {
      return client.protocol;
    },
  };
}
