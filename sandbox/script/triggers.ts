// ScriptApp's installable triggers: builders for time-based and spreadsheet triggers, with the add-on limits.
import type { Kernel } from "../kernel";
import { strict } from "../strict";
import { activeBookId } from "../spreadsheet/app";
import { scriptState, type Schedule, type TriggerState } from "./state";

type GTrigger = GoogleAppsScript.Script.Trigger;

export type Deployment = "addon" | "bound";

export const TRIGGER_ERRORS = {
  addonInterval: "The recurrence interval for an Add-on trigger must be at least one hour.",
  addonTooMany: (kind: string) =>
    `This add-on has created too many ${kind} triggers in this document for this Google user account.`,
  tooMany:
    "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
  everyMinutes: "The value passed to everyMinutes() must be 1, 5, 10, 15 or 30.",
  everyHours: "The value passed to everyHours() must be 1, 2, 4, 6, 8 or 12.",
  noSchedule:
    "The time-based trigger needs a schedule: call everyMinutes, everyHours, everyDays, everyWeeks, after or at before create().",
  noEvent:
    "The spreadsheet trigger needs an event: call onEdit, onOpen, onChange or onFormSubmit before create().",
  missing: "The trigger you are trying to delete does not exist.",
  /** The sandbox's wording: a Workspace add-on run from a card or a timer has no spreadsheet it was opened in. */
  addonSpreadsheetTrigger:
    "A Google Workspace add-on cannot create a spreadsheet trigger for a document it was not opened in.",
} as const;

const KIND: Record<string, string> = {
  CLOCK: "time-based",
  ON_EDIT: "edit",
  ON_OPEN: "open",
  ON_CHANGE: "change",
  ON_FORM_SUBMIT: "form submit",
};
const MAX_TRIGGERS = 20;

export function makeTrigger(kernel: Kernel, t: TriggerState): GTrigger {
  const call = (m: string): void => kernel.call(`ScriptApp.Trigger.${m}`);
  return strict(
    {
      getHandlerFunction: () => (call("getHandlerFunction"), t.handler),
      getEventType: () => (call("getEventType"), t.eventType),
      getTriggerSource: () => (call("getTriggerSource"), t.source),
      getTriggerSourceId: () => (call("getTriggerSourceId"), t.sourceId || null),
      getUniqueId: () => (call("getUniqueId"), t.id),
      triggerId: t.id,
    },
    "script",
    "Trigger",
    "ScriptApp.Trigger",
  ) as unknown as GTrigger;
}

/** Saves a new trigger after Google's checks (add-on cadence and one-per-type, 20 per user per script). */
function install(
  kernel: Kernel,
  deployment: Deployment,
  t: Omit<TriggerState, "id" | "created" | "lastRun">,
): GTrigger {
  const state = scriptState(kernel);
  const mine = state.triggers.filter((x) => x.user === t.user);
  if (deployment === "addon") {
    const s = t.schedule;
    if (s.everyMinutes !== undefined || (s.everyHours !== undefined && s.everyHours < 1))
      throw new Error(TRIGGER_ERRORS.addonInterval);
    const doc = activeBookId(kernel);
    if (mine.some((x) => x.eventType === t.eventType && (x.sourceId || doc) === (t.sourceId || doc)))
      throw new Error(TRIGGER_ERRORS.addonTooMany(KIND[t.eventType] ?? t.eventType));
  }
  if (mine.length >= MAX_TRIGGERS) throw new Error(TRIGGER_ERRORS.tooMany);
  const full: TriggerState = {
    ...t,
    id: String(8_000_000_000 + state.nextTrigger++),
    created: kernel.now(),
    lastRun: null,
  };
  state.triggers.push(full);
  return makeTrigger(kernel, full);
}

function clockBuilder(
  kernel: Kernel,
  deployment: Deployment,
  user: string,
  handler: string,
): GoogleAppsScript.Script.ClockTriggerBuilder {
  const schedule: Schedule = {};
  const call = (m: string): void => kernel.call(`ScriptApp.ClockTriggerBuilder.${m}`);
  const set = (m: string, patch: Schedule) => (call(m), Object.assign(schedule, patch), self);
  const self = strict(
    {
      everyMinutes: (n: number) => {
        set("everyMinutes", { everyMinutes: n });
        if (![1, 5, 10, 15, 30].includes(n)) throw new Error(TRIGGER_ERRORS.everyMinutes);
        return self;
      },
      everyHours: (n: number) => {
        set("everyHours", { everyHours: n });
        // An add-on asking for less than an hour is refused at create(), with the add-on's message.
        if (![1, 2, 4, 6, 8, 12].includes(n) && !(deployment === "addon" && n < 1))
          throw new Error(TRIGGER_ERRORS.everyHours);
        return self;
      },
      everyDays: (n: number) => set("everyDays", { everyDays: n }),
      everyWeeks: (n: number) => set("everyWeeks", { everyWeeks: n }),
      atHour: (hour: number) => set("atHour", { atHour: hour }),
      nearMinute: (minute: number) => set("nearMinute", { nearMinute: minute }),
      onWeekDay: (day: GoogleAppsScript.Base.Weekday) => set("onWeekDay", { weekDay: String(day) }),
      onMonthDay: (day: number) => set("onMonthDay", { monthDay: day }),
      inTimezone: (tz: string) => set("inTimezone", { timeZone: tz }),
      after: (ms: number) => set("after", { afterMs: ms }),
      at: (date: Date) => set("at", { at: new Date(date.getTime()) }),
      atDate: (y: number, m: number, d: number) => set("atDate", { at: new Date(Date.UTC(y, m - 1, d)) }),
      create: () => {
        call("create");
        const s = schedule;
        if (
          s.everyMinutes === undefined &&
          s.everyHours === undefined &&
          s.everyDays === undefined &&
          s.everyWeeks === undefined &&
          s.afterMs === undefined &&
          s.at === undefined
        )
          throw new Error(TRIGGER_ERRORS.noSchedule);
        return install(kernel, deployment, {
          handler,
          eventType: "CLOCK",
          source: "CLOCK",
          sourceId: deployment === "addon" ? activeBookId(kernel) : "",
          user,
          schedule: { ...s },
        });
      },
    },
    "script",
    "ClockTriggerBuilder",
    "ScriptApp.ClockTriggerBuilder",
  ) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  return self;
}

function spreadsheetBuilder(
  kernel: Kernel,
  deployment: Deployment,
  user: string,
  handler: string,
  bookId: string,
): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  let eventType = "";
  const call = (m: string): void => kernel.call(`ScriptApp.SpreadsheetTriggerBuilder.${m}`);
  const on = (m: string, type: string) => (call(m), (eventType = type), self);
  const self = strict(
    {
      onEdit: () => on("onEdit", "ON_EDIT"),
      onOpen: () => on("onOpen", "ON_OPEN"),
      onChange: () => on("onChange", "ON_CHANGE"),
      onFormSubmit: () => on("onFormSubmit", "ON_FORM_SUBMIT"),
      create: () => {
        call("create");
        if (!eventType) throw new Error(TRIGGER_ERRORS.noEvent);
        if (deployment === "addon") throw new Error(TRIGGER_ERRORS.addonSpreadsheetTrigger);
        return install(kernel, deployment, {
          handler,
          eventType,
          source: "SPREADSHEETS",
          sourceId: bookId,
          user,
          schedule: {},
        });
      },
    },
    "script",
    "SpreadsheetTriggerBuilder",
    "ScriptApp.SpreadsheetTriggerBuilder",
  ) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  return self;
}

export function triggerBuilder(
  kernel: Kernel,
  deployment: Deployment,
  user: string,
  handler: string,
): GoogleAppsScript.Script.TriggerBuilder {
  const call = (m: string): void => kernel.call(`ScriptApp.TriggerBuilder.${m}`);
  return strict(
    {
      timeBased: () => (call("timeBased"), clockBuilder(kernel, deployment, user, handler)),
      forSpreadsheet: (sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string) => {
        call("forSpreadsheet");
        const id = typeof sheet === "string" ? sheet : (sheet as unknown as { bookId: string }).bookId;
        return spreadsheetBuilder(kernel, deployment, user, handler, id);
      },
    },
    "script",
    "TriggerBuilder",
    "ScriptApp.TriggerBuilder",
  ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
}
