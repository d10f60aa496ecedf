/**
 * The message catalogue: one JSON file per area and language under messages/<lang>/. Every phrase the
 * product shows is defined once there; code names it by key (`"catalog.errors.fieldNameTaken"`).
 * English must have exactly Vietnamese's keys (checked by the type below and by i18n/messages.test.ts).
 */

import en_access from "@/messages/en/access.json";
import en_apiKeys from "@/messages/en/apiKeys.json";
import en_board from "@/messages/en/board.json";
import en_bursts from "@/messages/en/bursts.json";
import en_catalog from "@/messages/en/catalog.json";
import en_citizen from "@/messages/en/citizen.json";
import en_common from "@/messages/en/common.json";
import en_devices from "@/messages/en/devices.json";
import en_disclosure from "@/messages/en/disclosure.json";
import en_dossiers from "@/messages/en/dossiers.json";
import en_errors from "@/messages/en/errors.json";
import en_feedback from "@/messages/en/feedback.json";
import en_imports from "@/messages/en/imports.json";
import en_index from "@/messages/en/index.json";
import en_instruments from "@/messages/en/instruments.json";
import en_kiosk from "@/messages/en/kiosk.json";
import en_manage from "@/messages/en/manage.json";
import en_officers from "@/messages/en/officers.json";
import en_posters from "@/messages/en/posters.json";
import en_reports from "@/messages/en/reports.json";
import en_staff from "@/messages/en/staff.json";
import en_survey from "@/messages/en/survey.json";
import vi_access from "@/messages/vi/access.json";
import vi_apiKeys from "@/messages/vi/apiKeys.json";
import vi_board from "@/messages/vi/board.json";
import vi_bursts from "@/messages/vi/bursts.json";
import vi_catalog from "@/messages/vi/catalog.json";
import vi_citizen from "@/messages/vi/citizen.json";
import vi_common from "@/messages/vi/common.json";
import vi_devices from "@/messages/vi/devices.json";
import vi_disclosure from "@/messages/vi/disclosure.json";
import vi_dossiers from "@/messages/vi/dossiers.json";
import vi_errors from "@/messages/vi/errors.json";
import vi_feedback from "@/messages/vi/feedback.json";
import vi_imports from "@/messages/vi/imports.json";
import vi_index from "@/messages/vi/index.json";
import vi_instruments from "@/messages/vi/instruments.json";
import vi_kiosk from "@/messages/vi/kiosk.json";
import vi_manage from "@/messages/vi/manage.json";
import vi_officers from "@/messages/vi/officers.json";
import vi_posters from "@/messages/vi/posters.json";
import vi_reports from "@/messages/vi/reports.json";
import vi_staff from "@/messages/vi/staff.json";
import vi_survey from "@/messages/vi/survey.json";

const vi = {
  common: vi_common,
  errors: vi_errors,
  citizen: vi_citizen,
  disclosure: vi_disclosure,
  survey: vi_survey,
  kiosk: vi_kiosk,
  board: vi_board,
  manage: vi_manage,
  access: vi_access,
  staff: vi_staff,
  feedback: vi_feedback,
  index: vi_index,
  catalog: vi_catalog,
  imports: vi_imports,
  posters: vi_posters,
  devices: vi_devices,
  apiKeys: vi_apiKeys,
  instruments: vi_instruments,
  bursts: vi_bursts,
  dossiers: vi_dossiers,
  officers: vi_officers,
  reports: vi_reports,
};

/** The shape of the catalogue, taken from Vietnamese, the reference language. */
export type Messages = typeof vi;

const en: Messages = {
  common: en_common,
  errors: en_errors,
  citizen: en_citizen,
  disclosure: en_disclosure,
  survey: en_survey,
  kiosk: en_kiosk,
  board: en_board,
  manage: en_manage,
  access: en_access,
  staff: en_staff,
  feedback: en_feedback,
  index: en_index,
  catalog: en_catalog,
  imports: en_imports,
  posters: en_posters,
  devices: en_devices,
  apiKeys: en_apiKeys,
  instruments: en_instruments,
  bursts: en_bursts,
  dossiers: en_dossiers,
  officers: en_officers,
  reports: en_reports,
};

export const messages = { vi, en } as const satisfies Record<"vi" | "en", Messages>;

/** Every message's full key, e.g. `"common.form.fixErrors"`. */
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;
