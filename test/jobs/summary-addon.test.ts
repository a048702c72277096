// Add-on mode has no on-edit trigger: a Stage changed by hand reaches the Summary at the next hourly pass.
import { Sandbox } from "../../sandbox/index";
import { deliverInquiries, tab } from "../helpers/ledger-sandbox";
import { execution, runCaptureUntilDone, scriptHandlers } from "../../sandbox/cli/run-jobs";
import * as actions from "../../src/addon/actions";
import { LEAD_COLUMNS } from "../../src/core/ledger/columns";

const START = new Date("2026-11-30T15:00:00Z");
const HOUR = 3_600_000;

function funnelWon(sb: Sandbox): number {
  const rows = tab(sb, "Summary");
  const from = rows.findIndex((r) => r[0] === "Funnel, last 90 days");
  return Number(rows.slice(from).find((r) => r[0] === "Won")![1]);
}

test("a lead marked Won by hand counts in the 90-day funnel after the next hourly pass", () => {
  const sb = new Sandbox({ now: START, clockFollowsRealTime: false, deployment: "addon" });
  execution(sb, () => actions.setupAction());
  deliverInquiries(sb, [1, 2, 3]);
  runCaptureUntilDone(sb);
  const handlers = scriptHandlers(sb);
  sb.script.runUntil(new Date(START.getTime() + HOUR + 60_000), handlers);
  expect(funnelWon(sb)).toBe(0);
  const stage = String.fromCharCode(65 + LEAD_COLUMNS.findIndex((c) => c.header === "Stage"));
  sb.sheets.edit({ sheet: "Leads", a1: `${stage}3` }, "Won");
  sb.script.runUntil(new Date(START.getTime() + 2 * HOUR + 120_000), handlers);
  expect(funnelWon(sb)).toBe(1);
});
