// A month of nurture on 200 lost leads of mixed ages, reasons and tags; the quota spread over days; a second run.
import {
  nurtureSandbox,
  addLostLeads,
  passesUntil,
  sentNurture,
  leadRows,
  leadEmail,
  BUSINESS_ADDRESS,
  type LostLead,
} from "../../helpers/nurture-sandbox";
import { expectNurtureEml } from "../../helpers/nurture-eml";
import { setEmailQuota } from "../../../sandbox/mail/email-quota";
import { records } from "../../helpers/ledger-sandbox";

/** What a lead of each kind should get on 2026-12-01 (step, and which default template's words), or nothing. */
type Kind = { lead: (id: number) => Omit<LostLead, "id">; expect?: { step: number; words: RegExp } };
const KINDS: Kind[] = [
  { lead: () => ({ lostOn: "2026-05-10" }), expect: { step: 1, words: /No pitch/ } },
  {
    lead: () => ({ lostOn: "2026-08-20", lostReason: "Budget too tight" }),
    expect: { step: 1, words: /budget wasn't there/ },
  },
  {
    lead: () => ({ lostOn: "2026-07-02", lostReason: "chose a competitor" }),
    expect: { step: 1, words: /went another way/ },
  },
  {
    lead: () => ({ lostOn: "2026-04-02", lostReason: "timing", step: 1, lastNurture: "2026-11-02" }),
    expect: { step: 2, words: /still on your list/ },
  },
  {
    lead: () => ({ lostOn: "2026-01-02", lostReason: "budget", step: 3, lastNurture: "2026-11-01" }),
    expect: { step: 4, words: /I'm still around/ },
  },
  {
    lead: () => ({ lostOn: "2025-11-02", step: 5, lastNurture: "2026-10-15" }),
    expect: { step: 6, words: /my last note/ },
  },
  { lead: () => ({ lostOn: "2026-10-01" }) }, // lost two months ago: not yet
  { lead: () => ({ lostOn: "2025-01-01", step: 6, lastNurture: "2026-06-01" }) }, // sequence over
  { lead: () => ({ lostOn: "2026-03-01", step: 2, lastNurture: "2026-11-20" }) }, // emailed 11 days ago
  { lead: () => ({ lostOn: "2026-03-01", tags: "Do not email" }) },
  { lead: () => ({ lostOn: "2026-03-01", tags: "Bounced" }) },
  { lead: () => ({ lostOn: "2026-03-01", tags: "Re-engaged, Needs review" }) },
  { lead: (id) => ({ lostOn: "2026-03-01", email: `colleague${id}@ledger-owner.example` }) },
  { lead: () => ({ lostOn: "2026-03-01", email: "not an address" }) },
  { lead: () => ({ lostOn: "2026-03-01", stage: "Proposal" }) },
  { lead: () => ({ lostOn: "" }) },
];

function monthOfLeads(n: number): { leads: LostLead[]; want: Map<string, Kind["expect"]> } {
  const leads: LostLead[] = [];
  const want = new Map<string, Kind["expect"]>();
  for (let id = 1; id <= n; id++) {
    const kind = KINDS[(id * 7) % KINDS.length];
    leads.push({ id, ...kind.lead(id) });
    if (kind.expect) want.set(leadEmail(id), kind.expect);
  }
  return { leads, want };
}

describe("a month of nurture", () => {
  test("200 lost leads: exactly the eligible get exactly one email, of the right step and segment; a second run sends nothing", async () => {
    const sb = nurtureSandbox("2026-12-01T14:00:00Z");
    setEmailQuota(sb.kernel, 1500);
    const { leads, want } = monthOfLeads(200);
    addLostLeads(sb, leads);
    passesUntil(sb, "2026-12-01T20:00:00Z");
    const sent = sentNurture(sb);
    const byAddress = new Map<string, typeof sent>();
    for (const s of sent) {
      const to = /<([^>]+)>/.exec(s.to)?.[1] ?? s.to;
      byAddress.set(to, [...(byAddress.get(to) ?? []), s]);
    }
    expect([...byAddress.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [to, mails] of byAddress) {
      expect(mails).toHaveLength(1);
      const email = await expectNurtureEml(mails[0].raw, {
        businessAddress: BUSINESS_ADDRESS,
        oneClick: false,
      });
      expect(email.text).toMatch(want.get(to)!.words);
    }
    const rows = leadRows(sb);
    for (const l of leads) {
      const w = want.get(leadEmail(l.id));
      const row = rows[`L-${String(l.id).padStart(4, "0")}`];
      expect(row["Nurture step"]).toBe(w ? w.step : (l.step ?? ""));
    }
    expect(records(sb, "Activity").filter((a) => a.Event === "nurture sent")).toHaveLength(want.size);

    const count = sent.length;
    passesUntil(sb, "2026-12-20T20:00:00Z", 60 * 60 * 1000);
    expect(sentNurture(sb)).toHaveLength(count);
  });

  test("quota 100 with 150 due: 80 today (20% kept for the owner), the rest on the following days, none twice", () => {
    const sb = nurtureSandbox("2026-12-01T14:00:00Z");
    setEmailQuota(sb.kernel, 100);
    addLostLeads(
      sb,
      Array.from({ length: 150 }, (_x, i) => ({ id: i + 1, lostOn: "2026-06-15" })),
    );
    passesUntil(sb, "2026-12-02T04:00:00Z");
    expect(sentNurture(sb)).toHaveLength(80);
    passesUntil(sb, "2026-12-03T04:00:00Z");
    const sent = sentNurture(sb);
    expect(sent).toHaveLength(150);
    expect(new Set(sent.map((s) => s.to)).size).toBe(150);
    passesUntil(sb, "2026-12-05T04:00:00Z", 60 * 60 * 1000);
    expect(sentNurture(sb)).toHaveLength(150);
    expect(Object.values(leadRows(sb)).every((r) => r["Nurture step"] === 1)).toBe(true);
  });
});
