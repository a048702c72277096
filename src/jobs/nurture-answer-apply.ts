// Acts on nurture answers: Re-engaged back to sales, Bounced, Do not email for good; one sheet write, one
// Activity append, one alert to the owner.
import { ACTIVITY_COLUMNS, TAGS, type LeadKey } from "../core/ledger/columns";
import { activityRows, type ActivityEntry } from "../core/ledger/activity";
import { addBusinessDays, midnightInZone, ymdInZone } from "../core/ledger/dates";
import { addTags } from "../core/ledger/tags";
import type { LeadRecord } from "../core/ledger/record";
import { planWrites } from "../core/ledger/writes";
import type { Answer } from "../core/nurture/answers";
import { appendRows, writeBlocks, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { alertOwner } from "../workspace/nurture-mail";
import type { PropsStore } from "../workspace/props";
import { suppress } from "./nurture-journal";
import type { NurtureLedger } from "./nurture-ledger";
import { loggedRefs } from "./nurture-apply";

const ACTIVITY_HEADER = ACTIVITY_COLUMNS.map((c) => c.header);
const EVENT: Record<Answer["kind"], string> = {
  reengaged: "reply detected",
  bounced: "bounced",
  unsubscribed: "unsubscribed",
  "auto-reply": "auto-reply",
  "wrong token": "unsubscribe refused",
};

/** `recovering`: a run was cut off while applying these; Activity rows already written are not written again. */
export function applyAnswers(
  l: NurtureLedger,
  props: PropsStore,
  answers: readonly Answer[],
  now: Date,
  recovering = false,
): void {
  if (!answers.length) return;
  const tz = l.settings.timeZone;
  const today = ymdInZone(now, tz);
  const col = (k: LeadKey) => l.map.index[k];
  const rowOf = new Map<string, number>();
  for (let r = 1; r < l.values.length; r++) rowOf.set(String(l.values[r][col("leadId") ?? 0]).trim(), r);
  const changes = new Map<number, LeadRecord>();
  const cell = (r: number, k: LeadKey) => {
    const c = changes.get(r)?.[k];
    return c !== undefined ? c : col(k) === undefined ? "" : l.values[r][col(k)!];
  };
  const change = (r: number, rec: LeadRecord) => changes.set(r, { ...(changes.get(r) ?? {}), ...rec });
  const unsubscribed: string[] = [];
  const reengaged: Answer[] = [];
  for (const a of answers) {
    const r = rowOf.get(a.leadId);
    if (r === undefined) continue;
    if (a.kind === "reengaged") {
      change(r, {
        tags: addTags(cell(r, "tags"), [TAGS.reengaged]),
        stage: "New",
        nextFollowUp: midnightInZone(addBusinessDays(today, 1), tz),
        lastActivity: midnightInZone(today, tz),
      });
      reengaged.push(a);
    } else if (a.kind === "bounced") change(r, { tags: addTags(cell(r, "tags"), [TAGS.bounced]) });
    else if (a.kind === "unsubscribed") {
      change(r, { tags: addTags(cell(r, "tags"), [TAGS.doNotEmail]) });
      unsubscribed.push(String(cell(r, "email")).trim().toLowerCase());
    }
  }
  // The suppression list first: if the run stops after this, the lead is already never emailed again.
  suppress(props, unsubscribed);
  props.flush();
  writeBlocks(
    l.leads,
    planWrites(l.map, l.values, changes, [], new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.leads, []))),
  );
  const logged = recovering ? loggedRefs(l.activity) : new Set<string>();
  const entries: ActivityEntry[] = answers
    .filter((a) => !logged.has(a.messageId))
    .map((a) => ({
      time: now,
      leadId: a.leadId,
      event: EVENT[a.kind],
      details: a.details,
      by: "automation",
      ref: a.messageId,
    }));
  if (entries.length)
    appendRows(
      l.activity,
      activityRows(ACTIVITY_HEADER, entries, new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, []))),
    );
  if (reengaged.length && !recovering) {
    const lines = reengaged.map((a) => {
      const r = rowOf.get(a.leadId)!;
      return `- ${String(cell(r, "name")) || a.from} (${a.leadId}, ${a.from}) ${a.details}`;
    });
    alertOwner(
      l.owner,
      reengaged.length === 1
        ? `A lost lead wrote back: ${String(cell(rowOf.get(reengaged[0].leadId)!, "name")) || reengaged[0].from}`
        : `${reengaged.length} lost leads wrote back`,
      `Good news — these leads answered a nurture email. They are back in Leads as New (tagged Re-engaged), with a follow-up on ${addBusinessDays(today, 1)}:\n\n${lines.join("\n")}\n\nLead Ledger`,
    );
  }
}
