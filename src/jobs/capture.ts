// The capture job: under the ledger lock, one read of Leads, every new input planned in memory, one write
// of Leads and one of Activity, then Gmail threads relabelled and card photos moved to Processed.
import { LEAD_COLUMNS, TAB_NAMES, type LeadKey } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { planCapture, type CaptureInput, type Outcome } from "../core/ledger/plan";
import { planWrites } from "../core/ledger/writes";
import { activityRows, type ActivityEntry } from "../core/ledger/activity";
import { splitIds } from "../core/ledger/record";
import { ACTIVITY_COLUMNS } from "../core/ledger/columns";
import { PropsStore } from "../workspace/props";
import { markSummaryDirty } from "./summary";
import { openLedger, readAll, writeBlocks, appendRows, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { markCaptured } from "../workspace/gmail-capture";
import { decode } from "../workspace/gmail-message";
import { findCardsFolder, processedFolder, CARDS_FOLDER_KEY } from "../workspace/cards-folder";
import { ownerAddresses, ownerEmail } from "../workspace/session";
import { loadSettings } from "./settings";
import { Budget, DEFAULT_BUDGET_MS } from "./budget";
import { gatherEmails, gatherPhotos, type Gathered, type PhotoState } from "./capture-inputs";
import { recoverJournal, JOURNAL_KEY, type JournalEntry } from "./capture-journal";
import { setupLedger } from "./setup";
import { withLock } from "../workspace/lock";
import { followUpsForCapture } from "./followups";

/** The capture's own follow-up events stop being created this long into the run (the timer does the rest). */
const PASS_MS = 5 * 60 * 1000;

export const HIGHEST_ID_KEY = "ledger.highestLeadId";
export const PHOTO_STATE_KEY = "capture.photos";
const ACTIVITY_HEADER = ACTIVITY_COLUMNS.map((c) => c.header);

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
  status: "done" | "more" | "busy" | "not set up";
  outcomes: Outcome[];
  alreadyCaptured: number;
  elapsedMs: number;
  /** The follow-up events of the leads this run captured or merged (created in the same run). */
  followUps?: ReturnType<typeof followUpsForCapture>;
}

export function runCapture(opts: CaptureOptions = {}): CaptureReport {
  const now = opts.now ?? (() => new Date());
  const budget = new Budget(now, opts.budgetMs ?? DEFAULT_BUDGET_MS);
  const run = withLock(opts.lockWaitMs ?? 10000, () =>
    captureLocked(now, budget, opts.maxInputs ?? 600, opts.inputs),
  );
  return run.locked
    ? run.value
    : { status: "busy", outcomes: [], alreadyCaptured: 0, elapsedMs: budget.elapsedMs };
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
  const ctx = {
    ownerEmails: ownerAddresses(ownerEmail()),
    defaultRegion: settings.region,
    timeZone: settings.timeZone,
    decode,
  };
  const gathered: Gathered = {
    inputs: [],
    threads: [],
    photos: [],
    photoState: props.getJson<Record<string, PhotoState>>(PHOTO_STATE_KEY, {}),
    alreadyCaptured: 0,
    more: false,
  };
  const folder = given ? null : findCardsFolder(props.get(CARDS_FOLDER_KEY), settings.cardsFolder, false);
  if (given) gathered.inputs.push(...given);
  else gatherEmails(settings.captureLabel, ctx, budget, maxInputs, gathered);
  if (folder && !gathered.more) gatherPhotos(folder, new Set(), settings.region, budget, maxInputs, gathered);

  ss ??= openLedger(props);
  let leads = ss?.getSheetByName(TAB_NAMES.leads) ?? null;
  let activity = ss?.getSheetByName(TAB_NAMES.activity) ?? null;
  let values = leads ? readAll(leads) : [];
  if (!ss || !leads || !activity || mapHeaders(values[0] ?? [], LEAD_COLUMNS).missing.length) {
    // Setup is not in place (a tab or a column was removed): repair it, then read again.
    setupLedger({ now });
    props.reload();
    ss = openLedger(props);
    leads = ss?.getSheetByName(TAB_NAMES.leads) ?? null;
    activity = ss?.getSheetByName(TAB_NAMES.activity) ?? null;
    if (!ss || !leads || !activity)
      return { status: "not set up", outcomes: [], alreadyCaptured: 0, elapsedMs: budget.elapsedMs };
    values = readAll(leads);
  }
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
  });
  const inputOf = new Map(gathered.inputs.map((i) => [i.ref, i]));
  const journal: JournalEntry[] = plan.activity.map((e) => {
    const input = inputOf.get(e.ref);
    return {
      ...e,
      time: e.time.toISOString(),
      recordId: input?.recordId ?? e.ref,
      stateOnly: !!(input?.skipped && input.idKey === "photoIds"),
    };
  });
  // The Activity rows are journalled first: if the run is cut off after the Leads write, the next run logs them.
  props.set(HIGHEST_ID_KEY, String(plan.highestIssued));
  props.setJson(JOURNAL_KEY, journal);
  props.setJson(PHOTO_STATE_KEY, gathered.photoState);
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
  if (plan.activity.length)
    appendRows(
      activity,
      activityRows(
        ACTIVITY_HEADER,
        plan.activity as ActivityEntry[],
        new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])),
      ),
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

  markCaptured(gathered.threads, settings.captureLabel, settings.capturedLabel);
  if (folder && gathered.photos.length) {
    const done = new Set(plan.outcomes.filter((o) => o.kind !== "skipped").map((o) => o.ref));
    const processed = processedFolder(folder);
    for (const p of gathered.photos) if (done.has(p.id) || captured.has(p.id)) p.file.moveTo(processed);
  }
  const already = plan.outcomes.filter((o) => o.kind === "already").length;
  return {
    status: gathered.more ? "more" : "done",
    outcomes: plan.outcomes.filter((o) => o.kind !== "already"),
    alreadyCaptured: already,
    elapsedMs: budget.elapsedMs,
    followUps,
  };
}
