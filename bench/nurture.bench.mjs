// Gmail (and Sheets) calls of a month's nurture for N lost leads: sends excluded, searches and reads must not grow
// with N. Runs the month at 100 and 500 leads from the same setup and prints both.
import { loadTs } from "./load-ts.mjs";

const m = await loadTs(
  "nurture",
  `export * from "./test/helpers/nurture-sandbox";
   export { setEmailQuota } from "./sandbox/mail/email-quota";`,
);

function month(n) {
  const sb = m.nurtureSandbox("2026-12-01T14:00:00Z");
  m.setEmailQuota(sb.kernel, 2000);
  m.addLostLeads(
    sb,
    Array.from({ length: n }, (_x, i) => ({
      id: i + 1,
      lostOn: "2026-06-15",
      lostReason: i % 3 ? "budget" : "",
    })),
  );
  sb.kernel.resetCounts();
  const started = process.hrtime.bigint();
  let passes = 0;
  while (sb.kernel.now() < new Date("2026-12-03T00:00:00Z")) {
    const at = sb.kernel.now().getTime();
    m.answersPass(sb);
    m.nurturePass(sb);
    passes++;
    sb.kernel.setNow(new Date(Math.max(sb.kernel.now().getTime(), at + 60 * 60 * 1000)));
  }
  const cpuMs = Number(process.hrtime.bigint() - started) / 1e6;
  const calls = sb.kernel.calls;
  const sum = (pred) =>
    Object.entries(calls)
      .filter(([k]) => pred(k))
      .reduce((s, [, v]) => s + v, 0);
  const gmail = (k) => k.startsWith("Gmail") && k !== "Gmail.Users.Messages.send";
  return {
    leads: n,
    sent: m.sentNurture(sb).length,
    passes,
    gmailCalls: sum(gmail),
    gmailByMethod: Object.fromEntries(Object.entries(calls).filter(([k]) => gmail(k))),
    sends: calls["Gmail.Users.Messages.send"] ?? 0,
    spreadsheetCalls: sum((k) => k.startsWith("SpreadsheetApp")),
    propertiesCalls: sum((k) => k.startsWith("PropertiesService")),
    cpuMs: Math.round(cpuMs),
  };
}

const small = month(100);
const large = month(500);
for (const r of [small, large]) {
  console.log(
    `${r.leads} lost leads: ${r.sent} sent in ${r.passes} hourly passes; Gmail calls other than sends: ${r.gmailCalls} ` +
      `${JSON.stringify(r.gmailByMethod)}; SpreadsheetApp calls: ${r.spreadsheetCalls}; PropertiesService calls: ${r.propertiesCalls} ` +
      `(2 per send: intent before, result after); ${r.cpuMs} ms CPU`,
  );
}
const grew = large.gmailCalls - small.gmailCalls;
console.log(
  `Gmail calls (sends excluded) at 500 vs 100 leads: ${large.gmailCalls} vs ${small.gmailCalls} (${grew >= 0 ? "+" : ""}${grew}).`,
);
if (large.sent !== 500 || large.gmailCalls > small.gmailCalls + 10) {
  console.error("Nurture bench: Gmail calls grow with the number of leads, or not every lead was emailed.");
  process.exit(1);
}
