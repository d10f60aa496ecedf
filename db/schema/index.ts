/**
 * The database schema, one file per area. drizzle-kit reads this file (drizzle.config.ts); the app imports
 * `@/db/schema` and never a single area file, so moving a table between areas changes no import.
 */

export * from "./catalog";
export type { StoredJson } from "./columns";
export * from "./dossiers";
export * from "./index-counts";
export * from "./links";
export * from "./messaging";
export * from "./operations";
export * from "./people";
export * from "./survey";
export * from "./units";
