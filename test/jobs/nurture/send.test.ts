// The monthly send through the sandbox's Gmail: the right leads, the right step, once.
import {
  nurtureSandbox,
  addLostLeads,
  nurturePass,
  passesUntil,
  sentNurture,
  leadRows,
  leadEmail,
} from "../../helpers/nurture-sandbox";
import { records } from "../../helpers/ledger-sandbox";
import { expectNurtureEml } from "../../helpers/nurture-eml";
import { BUSINESS_ADDRESS } from "../../helpers/nurture-sandbox";

describe("nurture send", () => {
  test("on Nurture day at Send hour each eligible lead gets one email; the sheet and Activity say so", async () => {
    const sb = nurtureSandbox("2026-12-01T13:00:00Z"); // 08:00 in Toronto: before Send hour (9)
    addLostLeads(sb, [
      { id: 1, lostOn: "2026-08-01" },
      { id: 2, lostOn: "2026-11-01" },
      { id: 3, lostOn: "2026-06-01", step: 2, lastNurture: "2026-11-01", lostReason: "budget" },
    ]);
    expect(nurturePass(sb).status).toBe("not due");
    sb.kernel.setNow(new Date("2026-12-01T14:05:00Z"));
    const r = nurturePass(sb);
    expect(r).toMatchObject({ status: "ran", sent: 2 });
    const sent = sentNurture(sb);
    expect(sent.map((s) => s.to).sort()).toEqual(
      [leadEmail(1), leadEmail(3)].map((e) => expect.stringContaining(e)),
    );
    for (const s of sent)
      await expectNurtureEml(s.raw, { businessAddress: BUSINESS_ADDRESS, oneClick: false });
    const rows = leadRows(sb);
    expect(rows["L-0001"]["Nurture step"]).toBe(1);
    expect(rows["L-0003"]["Nurture step"]).toBe(3);
    expect(String(rows["L-0001"]["Nurture thread ID"])).toBe(
      sent.find((s) => s.to.includes(leadEmail(1)))!.threadId,
    );
    expect(rows["L-0002"]["Nurture step"]).toBe("");
    const activity = records(sb, "Activity").filter((a) => a.Event === "nurture sent");
    expect(activity.map((a) => a["Lead ID"]).sort()).toEqual(["L-0001", "L-0003"]);
    expect(nurturePass(sb).status).toBe("done this month");
  });
});

test("add-on mode (hourly passes at any minute): nothing before Send hour, the month's emails at the first pass after", () => {
  const sb = nurtureSandbox("2026-12-01T05:37:00Z");
  addLostLeads(sb, [{ id: 1, lostOn: "2026-06-15" }]);
  const reports = passesUntil(sb, "2026-12-01T17:00:00Z", 60 * 60 * 1000).map((r) => r.status);
  // 05:37 … 13:37 UTC are 00:37 … 08:37 in Toronto; 14:37 UTC (09:37) is the first pass at Send hour.
  expect(reports.slice(0, 9)).toEqual(Array(9).fill("not due"));
  expect(reports[9]).toBe("ran");
  expect(reports.slice(10)).toEqual(Array(reports.length - 10).fill("done this month"));
  expect(sentNurture(sb)).toHaveLength(1);
});
