/** Port and throwaway database of the e2e server: one database per port, so checkouts can run side by side. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_FILE = E2E_PORT === 3100 ? "./data/e2e.db" : `./data/e2e-${E2E_PORT}.db`;
