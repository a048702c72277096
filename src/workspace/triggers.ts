// Installable triggers: the capture timer at the cadence the deployment allows, and the on-edit trigger.

/** Apps Script accepts these minute intervals only. */
const MINUTE_STEPS = [1, 5, 10, 15, 30];

export type DeploymentMode = "addon" | "bound";

/** The allowed interval closest to what Settings ask for, within the bound script's 5–30 minutes. */
export function captureInterval(minutes: number): number {
  const wanted = Math.min(30, Math.max(5, Number.isFinite(minutes) ? minutes : 15));
  return MINUTE_STEPS.reduce((best, m) => (Math.abs(m - wanted) < Math.abs(best - wanted) ? m : best), 15);
}

/** Creates the triggers that are missing; returns what it created. */
export function ensureTriggers(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  handlers: { capture: string; edit: string },
  mode: DeploymentMode,
  minutes: number,
): string[] {
  const existing = ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction());
  const created: string[] = [];
  if (!existing.includes(handlers.capture)) {
    const clock = ScriptApp.newTrigger(handlers.capture).timeBased();
    if (mode === "addon") clock.everyHours(1).create();
    else clock.everyMinutes(captureInterval(minutes)).create();
    created.push(
      mode === "addon" ? "capture every hour" : `capture every ${captureInterval(minutes)} minutes`,
    );
  }
  // A Workspace add-on may not install an on-edit trigger on a sheet it opened by id: the timed pass fills the
  // stage dates instead (jobs/last-seen.ts).
  if (mode === "bound" && !existing.includes(handlers.edit)) {
    ScriptApp.newTrigger(handlers.edit).forSpreadsheet(ss).onEdit().create();
    created.push("stage dates on edit");
  }
  return created;
}
