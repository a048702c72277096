import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { build } from "esbuild";
import type { EmailInput, ExtractContext, Extraction } from "../../../src/core/lead";
import { FIXTURES, REPO_ROOT, expectedOf, inputOf } from "../../helpers/email-fixtures";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { appsScriptOptions } = require("../../../scripts/bundle-config.cjs");

type Extract = (input: EmailInput, ctx: ExtractContext) => Extraction;

// The extractor as Apps Script runs it: bundled with the project's esbuild options, in a V8 context that holds
// only ECMAScript built-ins (no TextDecoder, Buffer, require or process).
let extract: Extract;
let context: vm.Context;

beforeAll(async () => {
  const out = await build({
    ...appsScriptOptions(),
    entryPoints: undefined,
    stdin: {
      contents: `export { extractLeadFromEmail } from "./src/core/email/extract";`,
      resolveDir: REPO_ROOT,
      loader: "ts",
    },
    write: false,
  });
  context = vm.createContext({});
  vm.runInContext(
    `${out.outputFiles?.[0].text ?? ""}\nthis.extract = LeadLedger.extractLeadFromEmail;`,
    context,
  );
  extract = context.extract as Extract;
});

describe("e-mail extraction in a bare V8 context, as in Apps Script", () => {
  test("the context has none of the Node or browser APIs the extractor must not need", () => {
    expect(
      vm.runInContext("[typeof TextDecoder, typeof Buffer, typeof require, typeof process]", context),
    ).toEqual(["undefined", "undefined", "undefined", "undefined"]);
  });

  test.each(fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".eml")))(
    "%s gives the same lead as in Node",
    async (file) => {
      const { input, ctx } = await inputOf(fs.readFileSync(path.join(FIXTURES, file)));
      const got = extract(input, ctx);
      expect(got.lead).toEqual(expectedOf(path.join(FIXTURES, file)).lead);
    },
  );

  test("an ISO-2022-JP attachment without a charset hook: the address is still found, the charset is reported", async () => {
    const { input, ctx } = await inputOf(
      fs.readFileSync(path.join(FIXTURES, "attachment-outlook-iso-2022-jp.eml")),
    );
    const got = extract(input, { ...ctx, decode: undefined });
    expect(got.lead.email).toBe("h.yamada@sakura-kogyo.example.jp");
    expect(got.warnings.join(" ")).toMatch(/iso-2022-jp/i);
  });
});
