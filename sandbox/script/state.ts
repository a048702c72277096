// The script side's persisted state: project settings and installable triggers, in the kernel's "script" slice.
import type { Kernel } from "../kernel";

export interface Schedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  weekDay?: string;
  monthDay?: number;
  afterMs?: number;
  at?: Date;
  timeZone?: string;
}

export interface TriggerState {
  id: string;
  handler: string;
  /** EventType: CLOCK, ON_EDIT, ON_OPEN, ON_CHANGE, ON_FORM_SUBMIT. */
  eventType: string;
  /** TriggerSource: CLOCK or SPREADSHEETS. */
  source: string;
  sourceId: string;
  user: string;
  created: Date;
  lastRun: Date | null;
  schedule: Schedule;
}

export interface ScriptState {
  scriptId: string;
  timeZone: string;
  locale: string;
  triggers: TriggerState[];
  nextTrigger: number;
}

export function scriptState(kernel: Kernel): ScriptState {
  return kernel.slice<ScriptState>("script", () => ({
    scriptId: "sandbox-script-0001",
    timeZone: "America/New_York",
    locale: "en",
    triggers: [],
    nextTrigger: 1,
  }));
}
