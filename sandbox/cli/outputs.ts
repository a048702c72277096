// What a CLI command leaves in the workspace after it ran: the ledger (xlsx, csv), the outbox and the calendar.
import type { Sandbox } from "../index";
import { exportLedger } from "./run-files";
import { writeOutbox } from "./outbox";
import { writeCalendarIcs } from "./ics";

/** Everything written for a person to look at; returns the paths written (unchanged outbox files are not). */
export async function writeOutputs(sb: Sandbox, dir: string): Promise<string[]> {
  const outbox = writeOutbox(sb, dir);
  const ledger = await exportLedger(sb, dir);
  return [...ledger, ...writeCalendarIcs(sb, dir), ...outbox];
}
