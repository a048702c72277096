// Setup: creates or repairs everything Lead Ledger needs, and changes nothing it does not own. Safe to re-run:
// a second run finds everything in place and writes nothing.
import {
  ACTIVITY_COLUMNS,
  LEAD_COLUMNS,
  SETTINGS_COLUMNS,
  STAGES,
  TAB_NAMES,
  TEMPLATE_COLUMNS,
} from "../core/ledger/columns";
import { defaultSettings } from "../core/ledger/settings-defaults";
import { missingSettingsRows } from "../core/ledger/settings-missing";
import { missingTemplateRows } from "../core/ledger/templates";
import { HANDLERS } from "../handlers";
import { PropsStore } from "../workspace/props";
import { openLedger, readAll, LEDGER_ID_KEY, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { ensureTab, setDropdown, appendBelow, plainTextKeys } from "../workspace/sheet-setup";
import { ensureLeadRules, type RuleColumns } from "../workspace/conditional-format";
import { layOutTabs } from "../workspace/sheet-layout";
import {
  ensureLabels,
  ensurePlusFilter,
  ensureCardsFolder,
  ensureCalendar,
} from "../workspace/account-setup";
import { ensureTriggers, type DeploymentMode } from "../workspace/triggers";
import { CARDS_FOLDER_KEY } from "../workspace/cards-folder";
import { ownerEmail, scriptTimeZone } from "../workspace/session";
import { refreshSettings } from "./settings";
import { Budget } from "./budget";

export const MODE_KEY = "ledger.mode";
export const CALENDAR_KEY = "ledger.calendarId";
/** Setup steps a card had no time for (comma-separated); the timed pass finishes them. */
export const SETUP_PENDING_KEY = "setup.pending";
/** The longest one account step (a label, the filter, the folder, the calendar) is expected to take. */
const SETUP_STEP_MS = 4_000;

export interface SetupOptions {
  now?: () => Date;
  /** How capture is scheduled: hourly for the add-on, every few minutes for a sheet-bound script. */
  mode?: DeploymentMode;
  /**
   * The user's time zone as their Gmail/Drive gives it (an add-on card's event): a ledger made now takes it, so
   * its date cells and its Settings agree. Without it the ledger keeps its own zone (a bound sheet's).
   */
  timeZone?: string;
  /** A card's time budget: account steps (labels, filter, folder, calendar) that do not fit are left to the timer. */
  budgetMs?: number;
}

export interface SetupReport {
  /** What this run created or repaired (empty when everything was in place). */
  changed: string[];
  /** Steps that failed, with Google's message; the others still ran. */
  problems: string[];
  /** Steps left for the next timed run (a card's time ran out); the timer's finishing job does them. */
  queued?: string[];
  spreadsheetId: string;
}

export function setupLedger(opts: SetupOptions = {}): SetupReport {
  const props = new PropsStore();
  const changed: string[] = [];
  const problems: string[] = [];
  const queued: string[] = [];
  const budget = opts.budgetMs === undefined ? null : new Budget(opts.now ?? (() => new Date()), opts.budgetMs);
  const step = (what: string, run: () => void) => {
    // The triggers step always runs: the timer it installs is what finishes the queued steps.
    if (budget && what !== "triggers" && !budget.hasRoomFor(SETUP_STEP_MS)) return void queued.push(what);
    try {
      run();
    } catch (err) {
      problems.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const mode: DeploymentMode = opts.mode ?? ((props.get(MODE_KEY) as DeploymentMode | undefined) || "bound");
  props.set(MODE_KEY, mode);
  const hadLedger = !!props.get(LEDGER_ID_KEY);
  const ss = openLedger(props, true)!;
  if (!hadLedger) props.set(LEDGER_ID_KEY, ss.getId());
  // Date cells are read and written in Settings' zone: it must be the sheet's own. The add-on's script zone is
  // the developer's, not the user's: a ledger made from a card takes the zone the card's event gives.
  if (!hadLedger && opts.timeZone && ss.getSpreadsheetTimeZone() !== opts.timeZone) ss.setSpreadsheetTimeZone(opts.timeZone);
  const firstSheet = ss.getSheetByName(TAB_NAMES.leads) ? undefined : lonelyBlankSheet(ss);

  const leads = ensureTab(ss, TAB_NAMES.leads, LEAD_COLUMNS, firstSheet);
  if (leads.created) changed.push("Leads tab");
  if (leads.added.length && !leads.created)
    changed.push(`Leads columns: ${leads.added.map((a) => a.key).join(", ")}`);
  if (leads.added.some((a) => a.key === "stage")) setDropdown(leads.sheet, leads.columns.stage, STAGES);
  step("conditional formatting", () => {
    if (ensureLeadRules(leads.sheet, leads.columns as unknown as RuleColumns))
      changed.push("Leads conditional formatting");
  });

  const activity = ensureTab(ss, TAB_NAMES.activity, ACTIVITY_COLUMNS);
  if (activity.created) changed.push("Activity tab");
  props.setJson(PLAIN_TEXT_KEYS.leads, plainTextKeys(leads.sheet, leads.columns));
  props.setJson(PLAIN_TEXT_KEYS.activity, plainTextKeys(activity.sheet, activity.columns));

  const owner = ownerEmail();
  // A bound sheet keeps its own zone (the one its date cells are in); the manifest's zone is the developer's.
  const defaults = defaultSettings(owner, opts.timeZone || (mode === "bound" && ss.getSpreadsheetTimeZone()) || scriptTimeZone());
  const settings = ensureTab(ss, TAB_NAMES.settings, SETTINGS_COLUMNS);
  const settingRows = settings.created ? [] : readAll(settings.sheet).slice(1);
  const missingSettings = missingSettingsRows(settingRows, defaults);
  appendBelow(settings.sheet, settingRows.length + 1, missingSettings);
  if (missingSettings.length)
    changed.push(
      settings.created ? "Settings tab" : `Settings: ${missingSettings.map((r) => r[0]).join(", ")}`,
    );

  const templates = ensureTab(ss, TAB_NAMES.templates, TEMPLATE_COLUMNS);
  const templateRows = templates.created ? [] : readAll(templates.sheet).slice(1);
  const missingTemplates = missingTemplateRows(templateRows, templates.columns);
  appendBelow(templates.sheet, templateRows.length + 1, missingTemplates);
  if (missingTemplates.length) changed.push(templates.created ? "Templates tab" : "Templates: missing steps");

  step("column layout", () =>
    changed.push(
      ...layOutTabs(props, {
        [TAB_NAMES.leads]: { ...leads, spec: LEAD_COLUMNS },
        [TAB_NAMES.activity]: { ...activity, spec: ACTIVITY_COLUMNS },
        [TAB_NAMES.templates]: { ...templates, spec: TEMPLATE_COLUMNS },
        [TAB_NAMES.settings]: { ...settings, spec: SETTINGS_COLUMNS },
      }),
    ),
  );
  if (!ss.getSheetByName(TAB_NAMES.summary)) {
    ss.insertSheet(TAB_NAMES.summary)
      .getRange(1, 1, 2, 1)
      .setValues([["Lead Ledger summary"], ["The weekly summary job fills this tab."]]);
    changed.push("Summary tab");
  }
  const s = refreshSettings(props, ss);

  step("Gmail labels", () => {
    const made = ensureLabels([s.captureLabel, s.capturedLabel]);
    if (made.length) changed.push(`Gmail labels: ${made.join(", ")}`);
  });
  step("Gmail filter", () => {
    if (ensurePlusFilter(s.plusAddress, s.captureLabel))
      changed.push(`Gmail filter: mail to ${s.plusAddress} → ${s.captureLabel}`);
  });
  step("Lead cards folder", () => {
    const id = ensureCardsFolder(props.get(CARDS_FOLDER_KEY), s.cardsFolder);
    if (id !== props.get(CARDS_FOLDER_KEY)) changed.push(`Drive folder: ${s.cardsFolder}`);
    props.set(CARDS_FOLDER_KEY, id);
  });
  step("reminder calendar", () => {
    const id = ensureCalendar(props.get(CALENDAR_KEY), s.reminderCalendar);
    if (id !== props.get(CALENDAR_KEY)) changed.push(`Calendar: ${s.reminderCalendar}`);
    props.set(CALENDAR_KEY, id);
  });
  step("triggers", () => {
    const made = ensureTriggers(
      ss,
      { capture: HANDLERS.captureTrigger, edit: HANDLERS.onStageEdit },
      mode,
      s.captureMinutes,
    );
    if (made.length) changed.push(`Triggers: ${made.join(", ")}`);
  });
  props.set(SETUP_PENDING_KEY, queued.join(", "));
  props.flush();
  return { changed, problems, spreadsheetId: ss.getId(), ...(queued.length ? { queued } : {}) };
}

/** A new spreadsheet's only, empty "Sheet1": it becomes the Leads tab instead of being left behind. */
function lonelyBlankSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet | undefined {
  const sheets = ss.getSheets();
  if (sheets.length !== 1 || sheets[0].getLastRow() > 0) return undefined;
  return sheets[0];
}
