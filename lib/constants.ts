/** Enumerations shared by the schema, validation and UI. No database imports: client code may use them. */

export const unitKinds = [
  "ministry_unit",
  "province",
  "department",
  "province_service_center",
  "commune",
  "commune_service_center",
  "reception_point",
  "sector_office",
  "district",
] as const;
export type UnitKind = (typeof unitKinds)[number];

/** "district" exists only for history (abolished 1 July 2025). */
export const unitLevels = ["central", "province", "district", "commune"] as const;
export type UnitLevel = (typeof unitLevels)[number];

export const procedureStatuses = ["in_force", "amended", "abolished"] as const;
export type ProcedureStatus = (typeof procedureStatuses)[number];

export const shortLinkKinds = ["unit", "counter", "unit_procedure", "field", "survey"] as const;
export type ShortLinkKind = (typeof shortLinkKinds)[number];

export const posterKinds = [
  "counter_a4",
  "standee_a5",
  "table_tent_a6",
  "procedure_sheet",
  "field_poster",
  "survey_poster",
] as const;
export type PosterKind = (typeof posterKinds)[number];

/** Where a response came from. */
export const channels = ["poster", "receipt", "kiosk", "web"] as const;
export type Channel = (typeof channels)[number];

/** A questionnaire version's status; its name is the catalogue's `instruments.statuses.<status>`. */
export const instrumentStatuses = ["draft", "published", "retired"] as const;

export const feedbackStatuses = ["new", "assigned", "answered", "closed"] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

/**
 * Days a feedback item may stay open before it is marked overdue, unless the `feedback.dueDays` setting says
 * otherwise (the demo seed stores it; features/feedback reads it).
 */
export const DEFAULT_FEEDBACK_DUE_DAYS = 10;
export const FEEDBACK_DUE_DAYS_SETTING = "feedback.dueDays";

/** Review of a burst of answers held by surge detection; its name is the catalogue's `bursts.statuses.<status>`. */
export const burstStatuses = ["pending", "confirmed", "rejected"] as const;
export type BurstStatus = (typeof burstStatuses)[number];

/** The settings key the demo seed leaves behind: a database holding it is a demo (banner on every page). */
export const DEMO_SEED_MARKER = "seed.demo";

export const roles = ["system_admin", "unit_admin", "unit_viewer"] as const;
export type Role = (typeof roles)[number];

export const apiKeyScopes = ["dossiers"] as const;

/**
 * A dossier's state in the one-stop software: received, being processed, returned (result handed back),
 * withdrawn by the citizen, or rejected (refused, with reasons). Only returned dossiers are timed.
 */
export const dossierStatuses = ["received", "processing", "returned", "withdrawn", "rejected"] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

/** How a dossier was handed in: at the counter (trực tiếp), online (trực tuyến), by post (bưu chính). */
export const dossierChannels = ["in_person", "online", "postal"] as const;
export type DossierChannel = (typeof dossierChannels)[number];

/** A returned dossier against its appointment: before the due day, on it (no later than due), after. */
export const dossierTimeliness = ["early", "on_time", "late"] as const;
export type DossierTimeliness = (typeof dossierTimeliness)[number];

export const TIME_ZONE = "Asia/Ho_Chi_Minh";
