// Built by `npm run build:survey-script` (scripts/survey-script.ts): do not edit.
/** The survey pages' own script, its address changing with its content (cached for a year). */
export const SURVEY_SCRIPT_PATH = "/js/survey.js?v=80b2e241da07";
