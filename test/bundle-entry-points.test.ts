// Every entry point of the built dist/Code.js, called the way Apps Script calls it, runs on the sandbox.
import fs from "node:fs";
import path from "node:path";
import { loadBundle, manifestFunctionNames } from "./helpers/bundle-check";
import { HANDLERS } from "../src/handlers";
import { Sandbox } from "../sandbox/index";
import { cardJson } from "../sandbox/card-service";
import { deliverLeadMail, execution } from "../sandbox/cli/run-jobs";
import { forwardedInquiry, person } from "../sandbox/testing/lead-mail";
import { records, tab } from "./helpers/ledger-sandbox";

const root = path.resolve(__dirname, "..");
const code = fs.readFileSync(path.join(root, "dist", "Code.js"), "utf8");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "dist", "appsscript.json"), "utf8"));
const entryPoints = [...new Set([...Object.values(HANDLERS), ...manifestFunctionNames(manifest)])];

function texts(json: unknown, out: string[] = []): string[] {
  if (Array.isArray(json)) json.forEach((j) => texts(j, out));
  else if (json && typeof json === "object")
    for (const [k, v] of Object.entries(json)) {
      if ((k === "Text" || k === "Value") && typeof v === "string") out.push(v);
      texts(v, out);
    }
  return out;
}

test("every handler and manifest function runs from the bundle, each as its own execution", () => {
  const sb = new Sandbox({ now: new Date("2026-11-30T15:00:00Z"), clockFollowsRealTime: false });
  deliverLeadMail(sb, forwardedInquiry(person(3), sb.user, 0));
  const { context, errors } = loadBundle(code, entryPoints, sb);
  expect(errors).toEqual([]);
  const ran = new Set<string>();
  const run = (name: string, event?: unknown): unknown => {
    sb.script.endExecution();
    ran.add(name);
    return (context[name] as (e?: unknown) => unknown)(event);
  };

  expect(texts(cardJson(run(HANDLERS.addonHomepage)))).toContain("Set up Lead Ledger");
  expect(texts(cardJson(run(HANDLERS.addonSetup)))).toContain("Lead Ledger is set up.");
  run(HANDLERS.setup);
  sb.sheets.withUi(() => run(HANDLERS.onOpen));
  expect(sb.sheets.menus().length).toBeGreaterThan(0);

  const messageId = execution(sb, () => GmailApp.search("label:leads")[0].getMessages()[0].getId());
  expect(texts(cardJson(run(HANDLERS.gmailMessage, { gmail: { messageId, accessToken: "token" } })))).toContain(
    person(3).email,
  );
  const quick = {
    commonEventObject: {
      formInputs: { company: { stringInputs: { value: ["Ridgeback Freight"] } } },
      parameters: { origin: "quick" },
    },
  };
  expect(texts(cardJson(run(HANDLERS.addonSaveLead, quick))).join(" ")).toMatch(/Saved L-\d{4}/);
  run(HANDLERS.captureTrigger);
  run(HANDLERS.captureNow);
  expect(texts(cardJson(run(HANDLERS.addonCaptureNow))).join(" ")).toMatch(/Nothing new|Saved|Merged/);
  expect(texts(cardJson(run(HANDLERS.driveItemsSelected, { drive: { selectedItems: [] } })))).toContain(
    "Select one or more photos of business cards to capture them.",
  );
  run(HANDLERS.addonCapturePhotos, { commonEventObject: { parameters: { ids: "" } } });
  expect(records(sb, "Leads").map((r) => r.Email)).toContain(person(3).email);

  const header = tab(sb, "Leads")[0].map(String);
  const stage = String.fromCharCode(65 + header.indexOf("Stage"));
  const fired = sb.sheets.edit({ sheet: "Leads", a1: `${stage}2` }, "Contacted", {
    [HANDLERS.onStageEdit]: (e) => run(HANDLERS.onStageEdit, e),
  });
  expect(fired.filter((f) => f.error)).toEqual([]);
  expect(records(sb, "Activity").some((a) => a.Event === "stage change")).toBe(true);

  // Nurture: preview (menu dialog and card), a test email, and the web app's pages (a bad link changes nothing).
  sb.sheets.withUi(() => run(HANDLERS.previewNurture));
  expect(texts(cardJson(run(HANDLERS.addonPreviewNurture))).join(" ")).toMatch(
    /No lost lead is due\. Nothing was sent\./,
  );
  sb.sheets.withUi(() => run(HANDLERS.sendNurtureTest));
  expect(
    texts(cardJson(run(HANDLERS.addonSendNurtureTest, { commonEventObject: { formInputs: {} } }))).join(" "),
  ).toMatch(/Business address|Sent step 1/);
  const page = run(HANDLERS.doGet, { parameter: { lead: "L-0001", token: "0".repeat(32) } }) as {
    getContent(): string;
  };
  expect(page.getContent()).toContain("Unsubscribe");
  const post = run(HANDLERS.doPost, { parameter: { lead: "L-0001", token: "0".repeat(32) } }) as {
    getContent(): string;
  };
  expect(post.getContent()).toContain("not valid");

  run(HANDLERS.refreshSummary);
  expect(tab(sb, "Summary").map((r) => String(r[0]))).toContain("Last week");
  expect(texts(cardJson(run(HANDLERS.addonRefreshSummary))).join(" ")).toMatch(/Summary refreshed: last week/);

  expect([...ran].sort()).toEqual([...entryPoints].sort());
});
