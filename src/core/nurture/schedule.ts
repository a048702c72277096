// When the month's nurture is due (Nurture day at Send hour, ledger time zone), and how many emails today's budget allows.

/** The hour of `instant` in `timeZone` (0–23). */
export function hourInZone(instant: Date, timeZone: string): number {
  try {
    const h = new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(
      instant,
    );
    return Number(h) % 24;
  } catch {
    return instant.getUTCHours();
  }
}

/** Whether this month's sending time has come: on or after Nurture day (clamped to the month), at Send hour. */
export function nurtureDue(today: string, hour: number, nurtureDay: number, sendHour: number): boolean {
  const [y, m] = today.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = Math.min(Math.max(1, Math.floor(nurtureDay) || 1), last);
  const start = `${today.slice(0, 7)}-${String(day).padStart(2, "0")}`;
  return today > start || (today === start && hour >= sendHour);
}

/** Emails nurture may send now: the day's quota minus what the owner keeps, less what nurture sent today. */
export function sendBudget(opts: {
  remaining: number;
  dayQuota: number;
  keep: string;
  sentToday: number;
}): number {
  const keepText = String(opts.keep ?? "").trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(keepText);
  const keep = pct
    ? Math.ceil((opts.dayQuota * Number(pct[1])) / 100)
    : /^\d+$/.test(keepText)
      ? Number(keepText)
      : Math.ceil(opts.dayQuota * 0.2);
  const forNurture = Math.max(0, opts.dayQuota - keep - opts.sentToday);
  return Math.max(0, Math.min(forNurture, opts.remaining - keep));
}
