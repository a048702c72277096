// An idle timer pass (nothing new in Gmail or the Lead cards folder): its calls, its modelled time, and that cost
// per day as a share of a consumer account's 90 minutes of trigger runtime, bound (every 15 min) and add-on (hourly).
import { loadTs } from "./load-ts.mjs";

const { idleCost } = await loadTs("capture-idle", "bench/capture/idle.ts");
for (const deployment of ["bound", "addon"]) {
  const c = idleCost(deployment);
  const calls = Object.entries(c.calls)
    .sort()
    .map(([m, n]) => `${m} ${n}`)
    .join(", ");
  console.log(
    `${deployment.padEnd(6)} every ${c.minutes} min (${c.runsPerDay} runs a day): ${(c.modelledMs / 1000).toFixed(2)} s a pass, ` +
      `${(c.perDayMs / 60000).toFixed(1)} min a day = ${(100 * c.shareOfDailyQuota).toFixed(1)}% of the 90 min of trigger time`,
  );
  console.log(`       calls: ${calls}`);
}
