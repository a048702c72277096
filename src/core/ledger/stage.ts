// Stage changes: the matching "… on" date is filled when empty; a stage set back keeps its history.
import { STAGES, STAGE_DATE_KEY, type LeadKey, type Stage } from "./columns";
import { isBlank, type CellValue } from "./literal";

export function asStage(value: unknown): Stage | undefined {
  const s = String(value ?? "")
    .trim()
    .toLowerCase();
  return STAGES.find((x) => x.toLowerCase() === s);
}

export interface StageChange {
  /** Cells to write: the date column of the new stage when it was empty. */
  changes: Partial<Record<LeadKey, CellValue>>;
  /** The Activity event and details. */
  event: string;
  details: string;
}

/**
 * What a Stage edit means. `dates` are the row's current "… on" cells. Returns undefined when the value is
 * not a stage (nothing to do).
 */
export function stageChange(
  oldValue: unknown,
  newValue: unknown,
  dates: Partial<Record<LeadKey, unknown>>,
  today: CellValue,
): StageChange | undefined {
  const next = asStage(newValue);
  if (!next) return undefined;
  const prev = asStage(oldValue);
  if (prev === next) return undefined;
  const changes: Partial<Record<LeadKey, CellValue>> = {};
  const dateKey = STAGE_DATE_KEY[next];
  if (dateKey && isBlank(dates[dateKey])) changes[dateKey] = today;
  const back =
    prev !== undefined && next !== "Lost" && prev !== "Lost" && STAGES.indexOf(next) < STAGES.indexOf(prev);
  const from = prev ?? (String(oldValue ?? "").trim() || "(blank)");
  const details = `Stage ${from} → ${next}${back ? " (set back; earlier stage dates kept)" : ""}${dateKey && !changes[dateKey] ? ` (${dateKey === "lostOn" ? "Lost on" : "date"} already set, kept)` : ""}`;
  return { changes, event: "stage change", details };
}
