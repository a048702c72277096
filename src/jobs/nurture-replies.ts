// Every pass: one search for mail that answers nurture (replies on nurture threads, bounces, mail to the
// unsubscribe address) since the last check, and what each answer means for its lead.
import { mayBeAnswer, readAnswers, type Answer, type LeadIndex } from "../core/nurture/answers";
import { ownerEmail } from "../workspace/session";
import { unsubscribeAddress } from "../core/nurture/compose";
import { splitIds } from "../core/ledger/record";
import { PropsStore } from "../workspace/props";
import { withLock } from "../workspace/lock";
import { leadToken, searchAnswers, tokenSecret, type IncomingMessage } from "../workspace/nurture-mail";
import type { TimedContext } from "./timed";
import { ACTIVE_KEY } from "./nurture-journal";
import { readNurtureLedger, type NurtureLedger } from "./nurture-ledger";
import { applyAnswers } from "./nurture-answer-apply";
import { clearLinkUnsubscribes, pendingLinkUnsubscribes, UNSUB_PREFIX } from "./nurture-unsubscribe";

const CHECKED_KEY = "nurture.checkedAt";
const SEEN_KEY = "nurture.seen";
const PENDING_KEY = "nurture.answers";
/** Searches reach back this far before the last check: mail can be indexed a little after it arrives. */
const OVERLAP_MS = 60 * 60 * 1000;
const SEEN_DAYS = 3;

export interface RepliesReport {
  status: "inactive" | "busy" | "not set up" | "ran";
  answers: { kind: string; leadId: string }[];
}

export function runNurtureReplies(ctx: TimedContext): RepliesReport {
  const props = new PropsStore();
  // Cheap until the first nurture email went out: one property read.
  const waiting = props.getJson<Answer[]>(PENDING_KEY, []).length > 0 || props.keys(UNSUB_PREFIX).length > 0;
  if (!props.get(ACTIVE_KEY) && !waiting) return { status: "inactive", answers: [] };
  // The search needs no lock: most passes find no new mail and stop here (one search, one property write).
  const found = waiting ? undefined : newMessages(props, ctx.now());
  if (found && !found.length) {
    markChecked(props, [], ctx.now());
    props.flush();
    return { status: "ran", answers: [] };
  }
  const run = withLock(10000, () => repliesLocked(ctx, props, found));
  return run.locked ? run.value : { status: "busy", answers: [] };
}

/** New mail since the last check (an hour of overlap; messages already seen are left out). */
function newMessages(props: PropsStore, now: Date): IncomingMessage[] {
  const since = Number(props.get(CHECKED_KEY) ?? 0) || now.getTime() - 7 * 24 * 3600 * 1000;
  const seen = props.getJson<Record<string, number>>(SEEN_KEY, {});
  const from = since - OVERLAP_MS;
  return searchAnswers(`after:${Math.floor(from / 1000)} -in:sent -in:drafts -in:chats`, (id) => !!seen[id]).filter(
    (m) => m.date.getTime() >= from,
  );
}

/** Remembers the check's time and the messages read (kept a few days, for the overlap). */
function markChecked(props: PropsStore, messages: readonly IncomingMessage[], now: Date): void {
  const seen = props.getJson<Record<string, number>>(SEEN_KEY, {});
  for (const m of messages) seen[m.id] = now.getTime();
  const keepAfter = now.getTime() - SEEN_DAYS * 24 * 3600 * 1000;
  props.setJson(SEEN_KEY, Object.fromEntries(Object.entries(seen).filter(([, t]) => t >= keepAfter)));
  props.set(CHECKED_KEY, String(now.getTime()));
}

function repliesLocked(ctx: TimedContext, props: PropsStore, prefetched?: IncomingMessage[]): RepliesReport {
  props.reload();
  const now = ctx.now();
  let l: NurtureLedger | string | undefined;
  const ledger = () => (l ??= readNurtureLedger(props));
  const pending = props.getJson<Answer[]>(PENDING_KEY, []);
  if (pending.length) {
    const lg = ledger();
    if (typeof lg === "string") return { status: "not set up", answers: [] };
    applyAnswers(lg, props, pending, now, true);
    props.setJson(PENDING_KEY, []);
    props.flush();
  }
  // One-click unsubscribes the web app recorded while the ledger was busy.
  const links = pendingLinkUnsubscribes(props);
  if (links.length) {
    const lg = ledger();
    if (typeof lg === "string") return { status: "not set up", answers: [] };
    applyAnswers(lg, props, links, now, true);
    clearLinkUnsubscribes(props, links);
    props.flush();
  }
  const messages = prefetched ?? newMessages(props, now);
  let answers: Answer[] = [];
  const withHeaders = messages.map((m) => ({
    ...m,
    header: (n: string) => m.headers[n.toLowerCase()] ?? "",
  }));
  const unsub = messages.length ? unsubscribeAddress(ownerEmail()) : "";
  // The ledger is read only when some new message could be an answer (most new mail is not).
  if (withHeaders.some((m) => mayBeAnswer(m, unsub))) {
    const lg = ledger();
    if (typeof lg === "string") return { status: "not set up", answers: [] };
    const secret = tokenSecret(props);
    answers = readAnswers(withHeaders, leadIndex(lg), unsubscribeAddress(lg.owner), lg.ownerEmails, (id) =>
      leadToken(id, secret),
    );
    // The answers are kept before the sheet is written: a run cut off in between is finished by the next.
    props.setJson(PENDING_KEY, answers);
  }
  markChecked(props, messages, now);
  props.flush();
  if (answers.length && typeof l === "object") {
    applyAnswers(l, props, answers, now);
    props.setJson(PENDING_KEY, []);
    props.flush();
  }
  return { status: "ran", answers: answers.map((a) => ({ kind: a.kind, leadId: a.leadId })) };
}

/** Nurture threads, addresses and ids of the ledger's leads (from the one read of the Leads tab). */
export function leadIndex(l: NurtureLedger): LeadIndex {
  const byThread = new Map<string, string>();
  const byEmail = new Map<string, string>();
  const ids = new Set<string>();
  const at = (r: unknown[], k: "leadId" | "email" | "nurtureThreadId") =>
    l.map.index[k] === undefined ? "" : String(r[l.map.index[k]!] ?? "").trim();
  for (const row of l.values.slice(1)) {
    const id = at(row, "leadId");
    if (!id) continue;
    ids.add(id);
    const email = at(row, "email").toLowerCase();
    if (email) byEmail.set(email, id);
    for (const t of splitIds(at(row, "nurtureThreadId"))) byThread.set(t, id);
  }
  return { byThread, byEmail, ids };
}
