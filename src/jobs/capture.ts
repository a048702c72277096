// The capture job: under the ledger lock, one read of Leads, every new input planned in memory, one write
// of Leads and one of Activity, then Gmail threads relabelled and card photos moved to Processed.
import { LEAD_COLUMNS, type LeadKey } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { planCapture } from "../core/ledger/plan";
import type { CaptureInput } from "../core/ledger/capture-input";
import type { Outcome } from "../core/ledger/capture-outcome";
import { planWrites } from "../core/ledger/writes";
import type { ActivityEntry } from "../core/ledger/activity";
import { splitIds } from "../core/ledger/record";
import { PropsStore } from "../workspace/props";
import { markSummaryDirty } from "./summary";
import { openLedger, writeBlocks, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { appendActivity } from "../workspace/activity-tab";
import { linkOrigins } from "../workspace/origin-links";
import { markCaptured } from "../workspace/gmail-capture";
import { processedFolder } from "../workspace/cards-folder";
import { ownerEmail } from "../workspace/session";
import { loadSettings } from "./settings";
import { Budget, DEFAULT_BUDGET_MS } from "./budget";
import { recoverJournal, JOURNAL_KEY, type JournalEntry } from "./capture-journal";
import { withLock } from "../workspace/lock";
import { nothingToCapture } from "./capture-idle";
import { followUpsForCapture } from "./followups";
import { gatherRun } from "./capture-gather";
import { readLedger } from "./capture-ledger";
import { skippedForGood } from "./capture-skipped";
import { writtenRows } from "./capture-rows";

/** The capture's own follow-up events stop being created this long into the run (the timer does the rest). */
const PASS_MS = 5 * 60 * 1000;

export const HIGHEST_ID_KEY = "ledger.highestLeadId";
export const PHOTO_STATE_KEY = "capture.photos";
/** Inputs skipped for good (no person, unreadable): logged once, never read again. Newest last, capped. */
export const SKIPPED_KEY = "capture.skipped";
const MAX_SKIPPED = 300;

export interface CaptureOptions {
  /** The clock (the sandbox passes its virtual one). */
  now?: () => Date;
  budgetMs?: number;
  lockWaitMs?: number;
  /** Most inputs one run reads (the rest wait for the next run). */
  maxInputs?: number;
  /** Inputs handed in by the add-on (a quick add, the open email, selected photos): only these are recorded. */
  inputs?: CaptureInput[];
}

export interface CaptureReport {
  /** "retry": a transient service error stopped reading; what was not read waits for the next run. */
  status: "done" | "more" | "retry" | "busy" | "not set up";
  outcomes: Outcome[];
  alreadyCaptured: number;
  elapsedMs: number;
  /** The transient error that stopped this run's reading (status "retry"). */
  retry?: string;
  /** Inputs left for the next run for lack of time (threads still labelled, photos queued). */
  queued?: number;
  /** The sheet row of each lead this run wrote, by Lead ID (for links that open the lead's row). */
  rows?: Record<string, number>;
  /** The follow-up events of the leads this run captured or merged (created in the same run). */
  followUps?: ReturnType<typeof followUpsForCapture>;
}

export function runCapture(opts: CaptureOptions = {}): CaptureReport {
  const now = opts.now ?? (() => new Date());
  const budget = new Budget(now, opts.budgetMs ?? DEFAULT_BUDGET_MS);
  if (!opts.inputs && idle()) return { status: "done", outcomes: [], alreadyCaptured: 0, elapsedMs: budget.elapsedMs };
  const run = withLock(opts.lockWaitMs ?? 10000, () =>
    captureLocked(now, budget, opts.maxInputs ?? 600, opts.inputs),
  );
  return run.locked
    ? run.value
    : { status: "busy", outcomes: [], alreadyCaptured: 0, elapsedMs: budget.elapsedMs };
}

/** Nothing waits in Gmail or the Lead cards folder: the pass ends without the lock or the spreadsheet. */
function idle(): boolean {
  const props = new PropsStore();
  return nothingToCapture(props, loadSettings(props, () => null), PHOTO_STATE_KEY);
}

function captureLocked(
  now: () => Date,
  budget: Budget,
  maxInputs: number,
  given?: CaptureInput[],
): CaptureReport {
  const props = new PropsStore();
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  const settings = loadSettings(props, () => (ss ??= openLedger(props)));

  // Inputs are read before the ledger, so the ledger is read and written within moments: a user's edit made
  // while Gmail and Drive are being read is never overwritten with an older value.
  const { gathered, folder, skipped } = gatherRun(props, settings, budget, maxInputs, given, {
    skipped: SKIPPED_KEY,
    photoState: PHOTO_STATE_KEY,
  });

  const ledger = readLedger(props, ss, now);
  if (!ledger) return { status: "not set up", outcomes: [], alreadyCaptured: 0, elapsedMs: budget.elapsedMs };
  const { leads, activity, values } = ledger;
  ss = ledger.ss;
  const map = mapHeaders<LeadKey>(values[0], LEAD_COLUMNS);
  const captured = new Set<string>();
  for (let r = 1; r < values.length; r++)
    for (const key of ["messageIds", "photoIds"] as const) {
      const i = map.index[key];
      if (i !== undefined) for (const id of splitIds(values[r][i])) captured.add(id);
    }
  recoverJournal(props, ss, captured);
  const owner = settings.owner || ownerEmail();

  const plan = planCapture(values, gathered.inputs, {
    now: now(),
    timeZone: settings.timeZone,
    region: settings.region,
    followUpDays: settings.followUpDays,
    owner,
    highestIssued: Number(props.get(HIGHEST_ID_KEY) ?? 0),
    done: given ? undefined : gathered.done,
  });
  const inputOf = new Map(gathered.inputs.map((i) => [i.ref, i]));
  const skippedNow = skippedForGood(plan.outcomes, inputOf);
  const journal: JournalEntry[] = plan.activity.map((e) => ({
    ...e,
    time: e.time.toISOString(),
    recordId: inputOf.get(e.ref)?.recordId ?? e.ref,
    // A skipped input has no row to prove it was handled: the skipped list saved with the journal does.
    stateOnly: skippedNow.has(e.ref),
  }));
  // The Activity rows are journalled first: if the run is cut off after the Leads write, the next run logs them.
  props.set(HIGHEST_ID_KEY, String(plan.highestIssued));
  props.setJson(JOURNAL_KEY, journal);
  props.setJson(PHOTO_STATE_KEY, gathered.photoState);
  if (skippedNow.size && !given)
    props.setJson(SKIPPED_KEY, [...skipped.filter((r) => !skippedNow.has(r)), ...skippedNow].slice(-MAX_SKIPPED));
  props.flush();
  writeBlocks(
    leads,
    planWrites(
      plan.map,
      values,
      plan.changes,
      plan.newRecords,
      new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.leads, [])),
    ),
  );
  linkOrigins(
    leads,
    plan.map.index.origin === undefined ? undefined : plan.map.index.origin + 1,
    values.length + 1,
    plan.newRecords.map((r) => String(r.origin ?? "")),
  );
  appendActivity(
    activity,
    plan.activity as ActivityEntry[],
    new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])),
  );
  props.setJson(JOURNAL_KEY, []);
  if (plan.activity.length) markSummaryDirty(props);
  props.flush();
  const followUps = followUpsForCapture(
    ss,
    plan.outcomes.filter((o) => o.kind === "captured" || o.kind === "merged").map((o) => o.leadId),
    now,
    () => PASS_MS - budget.elapsedMs,
  );

  markCaptured(gathered.messages, settings.captureLabel, settings.capturedLabel);
  if (folder && gathered.photos.length) {
    const done = new Set(plan.outcomes.filter((o) => o.kind !== "skipped").map((o) => o.ref));
    const processed = processedFolder(folder);
    for (const p of gathered.photos) if (done.has(p.id) || captured.has(p.id)) p.file.moveTo(processed);
  }
  const already = plan.outcomes.filter((o) => o.kind === "already").length;
  return {
    status: gathered.retry ? "retry" : gathered.more ? "more" : "done",
    outcomes: plan.outcomes.filter((o) => o.kind !== "already"),
    alreadyCaptured: already + gathered.alreadyCaptured,
    elapsedMs: budget.elapsedMs,
    ...(gathered.retry ? { retry: gathered.retry } : {}),
    queued: gathered.queued,
    rows: writtenRows(values, map.index.leadId, plan.changes, plan.newRecords),
    followUps,
  };
}
