// Which lock a job takes: one add-on user's long run must not make another user's card "busy".
import { Sandbox } from "../../sandbox/index";
import { runCaptureUntilDone, runSetup } from "../../sandbox/cli/run-jobs";
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
});
