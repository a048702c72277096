// Follow-up events east of UTC: the Calendar listing starts at the window's first midnight in the ledger's zone,
// so an event early on that day is seen (not re-created as if the user had deleted it).
import { scriptHandlers } from "../../sandbox/cli/run-jobs";
import { TAB_NAMES } from "../../src/core/ledger/columns";
import { WINDOW_DAYS } from "../../src/jobs/followups-run";
import { events, followUpSandbox, reconcile } from "../helpers/followup-sandbox";
import { formatA1 } from "../../sandbox/spreadsheet/a1";

test("in Auckland, a follow-up on the first day of the window keeps its one event across passes", () => {
  // START is 2026-12-07T14:00Z: already Dec 8 in Auckland. The window's first day is WINDOW_DAYS before that.
  const first = new Date(Date.UTC(2026, 11, 8) - WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  const sb = followUpSandbox([{ followUp: first }]);
  const [head, ...rows] = sb.sheets.read(TAB_NAMES.settings);
  const r = rows.findIndex((row) => row[0] === "Time zone");
  sb.sheets.edit({ sheet: TAB_NAMES.settings, a1: formatA1(r + 2, head.indexOf("Value") + 1) }, "Pacific/Auckland", scriptHandlers(sb));
  reconcile(sb);
  reconcile(sb);
  expect(events(sb).filter((e) => e.tags.leadId === "L-0001")).toHaveLength(1);
});
