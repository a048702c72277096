// Each deployment creates only the triggers Google allows it; in add-on mode the timed pass fills stage dates.
import { Sandbox } from "../../sandbox/index";
import { deliverInquiries, records } from "../helpers/ledger-sandbox";
import { execution, runCaptureUntilDone, scriptHandlers } from "../../sandbox/cli/run-jobs";
import { cardJson } from "../../sandbox/card-service";
import * as actions from "../../src/addon/actions";
import { setupLedger } from "../../src/jobs/setup";
import { leadsChangedSince, fillStageDatesFromLastSeen } from "../../src/jobs/last-seen";
import { PropsStore } from "../../src/workspace/props";
import { ymdInZone } from "../../src/core/ledger/dates";
import { LEAD_COLUMNS } from "../../src/core/ledger/columns";

const START = new Date("2026-11-30T15:00:00Z");
const HOUR = 3_600_000;

function sandbox(deployment: "addon" | "bound"): Sandbox {
  return new Sandbox({ now: START, clockFollowsRealTime: false, deployment });
}

function column(header: string): string {
  const i = LEAD_COLUMNS.findIndex((c) => c.header === header);
  return String.fromCharCode(65 + i);
}

function text(response: unknown): string {
  return JSON.stringify(cardJson(response as never));
}

describe("what the sandbox refuses, as Google does", () => {
  test("a Workspace add-on gets no spreadsheet UI: getUi() fails even where a bound script's menu would work", () => {
    const sb = sandbox("addon");
    expect(() => execution(sb, () => sb.sheets.withUi(() => SpreadsheetApp.getUi()))).toThrow(
      "Cannot call SpreadsheetApp.getUi() from this context.",
    );
  });

  test("a Workspace add-on cannot install an on-edit trigger on a sheet it opened by id; a bound script can", () => {
    const install = (sb: Sandbox) =>
      execution(sb, () => ScriptApp.newTrigger("onStageEdit").forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create());
    expect(() => install(sandbox("addon"))).toThrow(/add-on cannot create a spreadsheet trigger/);
    expect(() => install(sandbox("bound"))).not.toThrow();
  });
});

describe("add-on mode: no on-edit trigger, stage dates from the hourly pass", () => {
  function addonLedger() {
    const sb = sandbox("addon");
    const response = execution(sb, () => actions.setupAction());
    deliverInquiries(sb, [1, 2, 3]);
    runCaptureUntilDone(sb);
    return { sb, response };
  }

  test("setup from the card reports no problem and creates the hourly timer only", () => {
    const { sb, response } = addonLedger();
    expect(text(response)).not.toMatch(/problem/i);
    expect(sb.script.triggers().map((t) => [t.handler, t.eventType])).toEqual([["captureTrigger", "CLOCK"]]);
  });

  test("a Stage changed by hand gets its date and an Activity row at the next hourly run, and only once", () => {
    const { sb } = addonLedger();
    const handlers = scriptHandlers(sb);
    sb.script.runUntil(new Date(START.getTime() + HOUR + 60_000), handlers); // first pass: sees the ledger as it is
    sb.sheets.edit({ sheet: "Leads", a1: `${column("Stage")}3` }, "Contacted");
    sb.sheets.edit({ sheet: "Leads", a1: `${column("Stage")}4` }, "Won");
    const runs = sb.script.runUntil(new Date(START.getTime() + 2 * HOUR + 120_000), handlers);
    expect(runs.map((r) => r.error)).toEqual([undefined]);
    const leads = records(sb, "Leads");
    const day = (v: unknown) => (v instanceof Date ? ymdInZone(v, "America/Toronto") : v);
    expect(day(leads[1]["Contacted on"])).toBe(ymdInZone(sb.kernel.now(), "America/Toronto"));
    expect(day(leads[2]["Won on"])).toBe(ymdInZone(sb.kernel.now(), "America/Toronto"));
    expect(leads[0]["Contacted on"]).toBe("");
    const changes = () => records(sb, "Activity").filter((r) => r.Event === "stage change");
    expect(changes().map((r) => r.Details)).toEqual(["Stage New → Contacted", "Stage New → Won"]);
    sb.script.runUntil(new Date(START.getTime() + 3 * HOUR + 180_000), handlers);
    expect(changes()).toHaveLength(2);
  });

  test("the comparison is one read of Leads and one of Settings, whatever the number of leads", () => {
    const { sb } = addonLedger();
    const handlers = scriptHandlers(sb);
    sb.script.runUntil(new Date(START.getTime() + HOUR + 60_000), handlers);
    deliverInquiries(sb, [4, 5, 6, 7, 8, 9], 10);
    runCaptureUntilDone(sb);
    sb.sheets.edit({ sheet: "Leads", a1: `${column("Stage")}3` }, "Contacted");
    sb.kernel.resetCounts();
    const report = execution(sb, () => fillStageDatesFromLastSeen({ now: () => sb.kernel.now() }));
    expect(report.datesFilled).toBe(1);
    const reads = ["Range.getValues", "Sheet.getSheetValues", "Range.getFormulas"].reduce(
      (n, m) => n + (sb.kernel.calls[`SpreadsheetApp.${m}`] ?? 0),
      0,
    );
    expect(reads).toBe(2);
    expect(sb.kernel.countOf("SpreadsheetApp.Range.setValues") + sb.kernel.countOf("SpreadsheetApp.Range.setValue")).toBe(2);
    expect(sb.kernel.countOf("PropertiesService")).toBeLessThanOrEqual(3);
  });
});

describe("bound mode keeps its on-edit trigger", () => {
  test("setup installs the on-edit trigger and the timer; the timed pass does not read Leads for stage dates", () => {
    const sb = sandbox("bound");
    execution(sb, () => setupLedger({ now: () => sb.kernel.now(), mode: "bound" }));
    expect(sb.script.triggers().map((t) => t.eventType).sort()).toEqual(["CLOCK", "ON_EDIT"]);
    sb.kernel.resetCounts();
    const report = execution(sb, () => fillStageDatesFromLastSeen({ now: () => sb.kernel.now() }));
    expect(report.status).toBe("bound mode");
    expect(sb.kernel.countOf("SpreadsheetApp")).toBe(0);
  });
});

test("leadsChangedSince names the rows whose Stage or Next follow-up changed (for follow-ups and the digest)", () => {
  const sb = sandbox("bound");
  const header = LEAD_COLUMNS.map((c) => c.header);
  const row = (id: string, stage: string, follow: string) =>
    header.map((h) => (h === "Lead ID" ? id : h === "Stage" ? stage : h === "Next follow-up" ? follow : ""));
  execution(sb, () => {
    const props = new PropsStore();
    expect(leadsChangedSince(props, [header, row("L-0001", "New", "2026-12-01")], "America/Toronto")).toEqual([]);
    const changes = leadsChangedSince(
      props,
      [header, row("L-0001", "Proposal", "2026-12-01"), row("L-0002", "New", "2026-12-03"), row("L-0003", "", "")],
      "America/Toronto",
    );
    expect(changes).toEqual([
      { leadId: "L-0001", row: 2, isNew: false, stage: { from: "New", to: "Proposal" } },
      { leadId: "L-0002", row: 3, isNew: true, stage: { from: "", to: "New" }, followUp: { from: "", to: "2026-12-03" } },
    ]);
  });
});
