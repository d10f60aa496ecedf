import { type SQL, sql } from "drizzle-orm";

/**
 * `(SELECT value FROM json_each(?))`: a list for `IN` as one parameter however long — national scopes
 * have thousands of unit ids, and a placeholder per id makes every statement slow to build and parse.
 */
export function jsonList(values: readonly (number | string)[]): SQL {
  return sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;
}
