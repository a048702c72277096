// The home card's *Refresh summary* action (and the menu item's message): rebuild the Summary tab now.
import { rebuildSummary, type RebuildResult } from "../jobs/summary";
import { notifyResponse } from "./widgets";

export function refreshSummaryMessage(r: RebuildResult): string {
  if (r.status === "busy") return "The ledger is busy (a capture is running); try again in a minute.";
  if (r.status === "not set up") return "Set up Lead Ledger first.";
  const lw = r.summary!.lastWeek.counts;
  return `Summary refreshed: last week ${lw.leadsIn} in, ${lw.contacted} contacted, ${lw.won} won.`;
}

export function refreshSummaryAction(): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyResponse(refreshSummaryMessage(rebuildSummary()));
}
