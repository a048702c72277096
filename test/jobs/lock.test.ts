// Which lock a job takes: one add-on user's long run must not make another user's card "busy".
import { Sandbox } from "../../sandbox/index";
import { execution, runCaptureUntilDone, runSetup, scriptHandlers } from "../../sandbox/cli/run-jobs";
import { cardJson } from "../../sandbox/card-service";
import * as actions from "../../src/addon/actions";
import { LEAD_COLUMNS } from "../../src/core/ledger/columns";
import { deliverInquiries, records } from "../helpers/ledger-sandbox";

function sandbox(deployment: "addon" | "bound"): Sandbox {
  return new Sandbox({ now: new Date("2026-11-30T15:00:00Z"), clockFollowsRealTime: false, deployment });
}

describe("the ledger lock", () => {
  test.each([
    ["add-on: another customer's run holds the script lock", "addon", "script", 1],
    ["add-on: another customer's run holds their own user lock", "addon", "user:someone@example.net", 1],
    ["add-on: this user's own run already holds their lock", "addon", "user:me", 0],
    ["bound: another run on the same sheet holds the document lock", "bound", "document:book", 0],
  ] as const)("%s", (_why, deployment, held, expected) => {
    const sb = sandbox(deployment);
    deliverInquiries(sb, [1]);
    runSetup(sb);
    const lock =
      held === "user:me"
        ? (`user:${sb.user}` as const)
        : held === "document:book"
          ? (`document:${sb.sheets.activeId()}` as const)
          : held;
    sb.script.holdLock({ lock });
    const run = runCaptureUntilDone(sb, { lockWaitMs: 0 }, 1);
    expect(records(sb, "Leads")).toHaveLength(expected);
    if (!expected) expect(run.last.status).toBe("busy");
  });

  test("bound: a Stage edit made while another run holds the sheet's lock writes nothing (no date, no Activity row)", () => {
    const sb = sandbox("bound");
    deliverInquiries(sb, [1]);
    runSetup(sb);
    runCaptureUntilDone(sb);
    sb.script.holdLock({ lock: `document:${sb.sheets.activeId()}` });
    const stage = String.fromCharCode(65 + LEAD_COLUMNS.findIndex((c) => c.header === "Stage"));
    const runs = sb.sheets.edit({ sheet: "Leads", a1: `${stage}2` }, "Contacted", scriptHandlers(sb));
    expect(runs).toHaveLength(1);
    expect(records(sb, "Leads")[0]).toMatchObject({ Stage: "Contacted", "Contacted on": "" });
    expect(records(sb, "Activity").filter((r) => r.Event === "stage change")).toEqual([]);
    sb.script.releaseHeldLock(`document:${sb.sheets.activeId()}`);
    sb.sheets.edit({ sheet: "Leads", a1: `${stage}2` }, "Appointment", scriptHandlers(sb));
    expect(records(sb, "Activity").filter((r) => r.Event === "stage change")).toHaveLength(1);
  });

  test("add-on: another customer's 4-minute capture (script lock and their user lock) never makes this card busy", () => {
    const sb = sandbox("addon");
    execution(sb, () => actions.setupAction());
    sb.script.holdLock({ lock: "script" });
    sb.script.holdLock({ lock: "user:someone@example.net" });
    const response = sb.script.cardCallback(() =>
      actions.saveLeadAction({ commonEventObject: { formInputs: { name: { stringInputs: { value: ["Imelda Fairweather"] } } } } }),
    );
    expect(JSON.stringify(cardJson(response as never))).toMatch(/Saved L-0001/);
    expect(records(sb, "Leads")).toHaveLength(1);
  });
});
