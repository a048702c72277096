// What changed on the Leads tab since the last pass looked: each lead's Stage and Next follow-up, compared with a
// compact snapshot ("L-0001" stage 2, follow-up on day N) kept between passes. Pure: one read in, one text out.
import { STAGES, type LeadKey } from "./columns";
import type { HeaderMap } from "./headers";
import { asStage } from "./stage";
import { cellYmd } from "./dates";

export interface LeadChange {
  leadId: string;
  /** 1-based sheet row. */
  row: number;
  /** True for a lead the last pass had not seen (a row typed in, or captured since). */
  isNew: boolean;
  stage?: { from: string; to: string };
  followUp?: { from: string; to: string };
}

interface Seen {
  stage: string;
  followUp: string;
}

const DAY = 86_400_000;

/** "2026-12-10" → days since 1970 in base 36 (3 characters), so 5,000 leads fit in about 40 KB. */
function packDay(ymd: string): string {
  return ymd ? Math.round(Date.parse(`${ymd}T00:00:00Z`) / DAY).toString(36) : "";
}

function unpackDay(packed: string): string {
  return packed ? new Date(parseInt(packed, 36) * DAY).toISOString().slice(0, 10) : "";
}

/** "L-0042" → "42" (any other id is kept as written, without the separators). */
function packId(id: string): string {
  return /^L-0*\d+$/.test(id) ? id.replace(/^L-0*/, "") : `=${id.replace(/[|;]/g, "")}`;
}

function unpackId(packed: string): string {
  return packed.startsWith("=") ? packed.slice(1) : `L-${packed.padStart(4, "0")}`;
}

export function decodeSnapshot(text: string): Map<string, Seen> {
  const out = new Map<string, Seen>();
  for (const entry of text.split(";")) {
    if (!entry) continue;
    const [id, stage, day] = entry.split("|");
    out.set(unpackId(id), { stage: stage === "" ? "" : (STAGES[Number(stage)] ?? ""), followUp: unpackDay(day ?? "") });
  }
  return out;
}

export function encodeSnapshot(seen: ReadonlyMap<string, Seen>): string {
  const parts: string[] = [];
  for (const [id, s] of seen) {
    const stage = s.stage ? String(STAGES.indexOf(s.stage as never)) : "";
    parts.push(`${packId(id)}|${stage}|${packDay(s.followUp)}`);
  }
  return parts.join(";");
}

/**
 * Leads whose Stage or Next follow-up differ from `previous` (the snapshot text of the last pass), and the
 * snapshot to keep for the next one. With no previous snapshot (the first pass) nothing is reported.
 */
export function diffLastSeen(
  values: readonly (readonly unknown[])[],
  map: HeaderMap<LeadKey>,
  previous: string | undefined,
  timeZone: string,
): { changes: LeadChange[]; snapshot: string; firstPass: boolean } {
  const before = decodeSnapshot(previous ?? "");
  const now = new Map<string, Seen>();
  const changes: LeadChange[] = [];
  const { leadId: idCol, stage: stageCol, nextFollowUp: followCol } = map.index;
  if (idCol === undefined) return { changes, snapshot: previous ?? "", firstPass: previous === undefined };
  for (let r = 1; r < values.length; r++) {
    const id = String(values[r][idCol] ?? "").trim();
    if (!id) continue;
    const seen: Seen = {
      stage: stageCol === undefined ? "" : (asStage(values[r][stageCol]) ?? ""),
      followUp: followCol === undefined ? "" : cellYmd(values[r][followCol], timeZone),
    };
    now.set(id, seen);
    if (previous === undefined) continue;
    const was = before.get(id);
    const change: LeadChange = { leadId: id, row: r + 1, isNew: !was };
    if ((was?.stage ?? "") !== seen.stage) change.stage = { from: was?.stage ?? "", to: seen.stage };
    if ((was?.followUp ?? "") !== seen.followUp) change.followUp = { from: was?.followUp ?? "", to: seen.followUp };
    if (change.stage || change.followUp) changes.push(change);
  }
  return { changes, snapshot: encodeSnapshot(now), firstPass: previous === undefined };
}
