// Follow-up events: the timer's full reconcile of 1,000 open leads with 0, 10 and 1,000 changed follow-ups —
// Calendar and Sheets calls, executions, and the modelled Apps Script time (Calendar calls 250 ms, list 400 ms).
import { loadTs } from "./load-ts.mjs";

const { runBench } = await loadTs("followups", "bench/followups/driver.ts");
const started = Date.now();
const { create, passes } = runBench(1000, [0, 10, 1000]);
const pad = (s, n) => String(s).padStart(n);
console.log(`1,000 open leads (${((Date.now() - started) / 1000).toFixed(1)} s of real time)\n`);
console.log(
  `${"pass".padEnd(28)}${pad("Calendar", 10)}${pad("Sheets", 8)}${pad("other", 7)}${pad("executions", 12)}${pad("modelled", 11)}`,
);
const row = (label, p) =>
  console.log(
    `${label.padEnd(28)}${pad(p.calendar, 10)}${pad(p.sheets, 8)}${pad(p.other, 7)}${pad(p.executions, 12)}${pad(`${(p.modelledMs / 1000).toFixed(1)} s`, 11)}`,
  );
row("first pass (1,000 created)", create);
for (const p of passes) row(`${p.changes} changed follow-ups`, p);
const calendarOf = (p) =>
  Object.entries(p.byMethod)
    .filter(([m]) => m.startsWith("Calendar"))
    .map(([m, n]) => `${m.replace("Calendar.Events.", "")} ${n}`)
    .join(", ");
console.log(`  first pass — ${calendarOf(create)}`);
for (const p of passes) console.log(`  ${p.changes} changes — ${calendarOf(p)}`);
const ten = passes.find((p) => p.changes === 10);
const none = passes.find((p) => p.changes === 0);
console.log(
  `\n10 changes: ${ten.calendar} Calendar calls (goal ≤ 15); no change: ${none.calendar - 1} Calendar writes (goal 0)`,
);
