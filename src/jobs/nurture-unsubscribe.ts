// The web app's unsubscribe (RFC 8058 one-click POST, or the confirmation page's button): a valid token
// tags the lead Do not email for good; a wrong one changes nothing.
import { PropsStore } from "../workspace/props";
import { withLock } from "../workspace/lock";
import { leadToken } from "../workspace/nurture-mail";
import { readNurtureLedger } from "./nurture-ledger";
import { applyAnswers } from "./nurture-answer-apply";

export type UnsubscribeResult = "unsubscribed" | "invalid" | "busy" | "not set up";

const SECRET_KEY = "nurture.secret";
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
  const run = withLock(20000, (): UnsubscribeResult => {
    const l = readNurtureLedger(props);
    if (typeof l === "string") return "not set up";
    const at = now();
    applyAnswers(
      l,
      props,
      [
        {
          kind: "unsubscribed",
          leadId: id,
          messageId: `web:${id}:${at.getTime()}`,
          from: "",
          subject: "",
          details: "by the one-click unsubscribe link",
        },
      ],
      at,
    );
    return "unsubscribed";
  });
  return run.locked ? run.value : "busy";
}
