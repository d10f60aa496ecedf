import type { Lang } from "./locales";
import type { Messages } from "./messages";

// next-intl's keys and locales are the catalogue's: a missing key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Lang;
    Messages: Messages;
  }
}
