/**
 * `npm run build:survey-script`: builds public/js/survey.js, the survey pages' own small script, from
 * features/survey/ui/survey-script.ts and the rules it imports (the kiosk's queue, the answer fields) — one
 * implementation of each rule for the server, the kiosk and the phone — bundled by esbuild into one
 * function scope for the browsers the pages support; the address carries a hash of the content, so the
 * file is cached for a year. scripts/survey-script.test.ts fails when the committed file is out of date.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

export const SCRIPT_FILE = "public/js/survey.js";
export const PATH_FILE = "features/survey/ui/survey-script-path.ts";
const ENTRY = "features/survey/ui/survey-script.ts";

/** The script and the file naming its address. Pure but for reading the sources. */
export async function buildSurveyScript(root: string): Promise<{ script: string; pathModule: string }> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    tsconfig: "tsconfig.json",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const script = `// Built by \`npm run build:survey-script\` from ${ENTRY} and what it imports: do not edit.\n${code}`;
  const hash = createHash("sha256").update(script).digest("hex").slice(0, 12);
  const pathModule = `// Built by \`npm run build:survey-script\` (scripts/survey-script.ts): do not edit.\n/** The survey pages' own script, its address changing with its content (cached for a year). */\nexport const SURVEY_SCRIPT_PATH = "/js/survey.js?v=${hash}";\n`;
  return { script, pathModule };
}

if (process.argv[1]?.endsWith("scripts/survey-script.ts")) {
  const root = process.cwd();
  const { script, pathModule } = await buildSurveyScript(root);
  writeFileSync(join(root, SCRIPT_FILE), script);
  writeFileSync(join(root, PATH_FILE), pathModule);
  console.log(`${SCRIPT_FILE}: ${script.length} B`);
}
