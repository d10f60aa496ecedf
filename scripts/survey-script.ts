/**
 * `npm run build:survey-script`: builds public/js/survey.js, the survey pages' own small script, from
 * features/survey/ui/survey-script.ts and the rules it imports (the kiosk's queue, the answer fields) — one
 * implementation of each rule for the server, the kiosk and the phone. The modules are transpiled by
 * TypeScript and joined in one function scope (their imports are each other's top-level names); the
 * address carries a hash of the content, so the file is cached for a year. scripts/survey-script.test.ts
 * fails when the committed file is out of date.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** Dependencies first; each imports only modules listed before it. */
const MODULES = [
  "features/kiosk/kiosk-queue.ts",
  "features/survey/answer-fields.ts",
  "features/survey/ui/survey-script.ts",
];
export const SCRIPT_FILE = "public/js/survey.js";
export const PATH_FILE = "features/survey/ui/survey-script-path.ts";

function transpiled(root: string, file: string): string {
  const source = readFileSync(join(root, file), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
    fileName: file,
  });
  const imports = outputText.match(/^import\b[^;]*;$/gm) ?? [];
  for (const statement of imports) {
    const from = /from "([^"]+)"/.exec(statement)?.[1] ?? "";
    const target = from.startsWith("@/") ? `${from.slice(2)}.ts` : join(file, "..", `${from}.ts`);
    if (!MODULES.slice(0, MODULES.indexOf(file)).includes(target))
      throw new Error(`${file} imports ${from}: only the modules listed before it can be joined`);
  }
  return outputText
    .replace(/^import\b[^;]*;\n/gm, "")
    .replace(/^export \{\};\n/gm, "")
    .replace(/^export /gm, "")
    .trim();
}

/** The script and the file naming its address. Pure but for reading the sources. */
export function buildSurveyScript(root: string): { script: string; pathModule: string } {
  const body = MODULES.map((file) => `// ${file}\n${transpiled(root, file)}`).join("\n\n");
  const script = `// Built by \`npm run build:survey-script\` from ${MODULES.join(", ")}: do not edit.\n"use strict";\n(() => {\n${body}\n})();\n`;
  const hash = createHash("sha256").update(script).digest("hex").slice(0, 12);
  const pathModule = `// Built by \`npm run build:survey-script\` (scripts/survey-script.ts): do not edit.\n/** The survey pages' own script, its address changing with its content (cached for a year). */\nexport const SURVEY_SCRIPT_PATH = "/js/survey.js?v=${hash}";\n`;
  return { script, pathModule };
}

if (process.argv[1]?.endsWith("scripts/survey-script.ts")) {
  const root = process.cwd();
  const { script, pathModule } = buildSurveyScript(root);
  writeFileSync(join(root, SCRIPT_FILE), script);
  writeFileSync(join(root, PATH_FILE), pathModule);
  console.log(`${SCRIPT_FILE}: ${script.length} B`);
}
