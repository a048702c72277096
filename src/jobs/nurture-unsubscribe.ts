// The web app's unsubscribe (RFC 8058 one-click POST, or the confirmation page's button): a valid token
// tags the lead Do not email for good; a wrong one changes nothing.
import { PropsStore } from "../workspace/props";
import { withLock } from "../workspace/lock";
import { leadToken } from "../workspace/nurture-mail";
import { readNurtureLedger, UNSUB_PREFIX } from "./nurture-ledger";
import { applyAnswers } from "./nurture-answer-apply";
import type { Answer } from "../core/nurture/answers";

export type UnsubscribeResult = "unsubscribed" | "invalid" | "not set up";

const SECRET_KEY = "nurture.secret";
export { UNSUB_PREFIX };
const TOKEN_RE = /^[0-9a-f]{32}$/;

export function unsubscribeByLink(
  leadId: unknown,
  token: unknown,
  now: () => Date = () => new Date(),
): UnsubscribeResult {
  const id = String(leadId ?? "")
    .trim()
    .toUpperCase();
  const tok = String(token ?? "")
    .trim()
    .toLowerCase();
  if (!/^L-\d+$/.test(id) || !TOKEN_RE.test(tok)) return "invalid";
  const props = new PropsStore();
  const secret = props.get(SECRET_KEY);
  if (!secret || leadToken(id, secret) !== tok) return "invalid";
  // Recorded first (one property write): if the ledger is busy, the next timer pass applies it.
  const at = now();
  props.set(`${UNSUB_PREFIX}${id}`, at.toISOString());
  props.flush();
  const run = withLock(20000, (): UnsubscribeResult => {
    const l = readNurtureLedger(props);
    if (typeof l === "string") return "not set up";
    applyAnswers(l, props, [linkAnswer(id, at)], at);
    props.set(`${UNSUB_PREFIX}${id}`, "");
    props.flush();
    return "unsubscribed";
  });
  return run.locked ? run.value : "unsubscribed";
}

/** Requests recorded by the web app and not yet applied (the answers pass applies them). */
export function pendingLinkUnsubscribes(props: PropsStore): Answer[] {
  return props
    .keys(UNSUB_PREFIX)
    .map((k) => linkAnswer(k.slice(UNSUB_PREFIX.length), new Date(props.get(k) ?? "")));
}

export function clearLinkUnsubscribes(props: PropsStore, answers: readonly Answer[]): void {
  for (const a of answers) props.set(`${UNSUB_PREFIX}${a.leadId}`, "");
}

function linkAnswer(leadId: string, at: Date): Answer {
  return {
    kind: "unsubscribed",
    leadId,
    messageId: `web:${leadId}:${at.getTime()}`,
    from: "",
    subject: "",
    details: "by the one-click unsubscribe link",
  };
}
