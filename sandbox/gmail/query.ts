// Gmail's search language: a parser (operators, OR, braces, parentheses, negation) and a per-message matcher.
import { fromWallClock } from "../util/zone";
import { addressesOf, labelById, type MailState, type StoredMessage } from "./store";

export type QueryNode =
  | { kind: "and" | "or"; items: QueryNode[] }
  | { kind: "not"; item: QueryNode }
  | { kind: "term"; key: string; value: string };

/** Operators the sandbox understands; any other `word:value` is searched as text, as Gmail does. */
const OPERATORS = new Set([
  "from", "to", "cc", "bcc", "subject", "label", "in", "is", "has", "deliveredto", "newer_than", "older_than",
  "after", "before", "newer", "older", "rfc822msgid", "filename",
]);

/** Gmail reads bare dates in after:/before: as midnight Pacific time. */
const QUERY_ZONE = "America/Los_Angeles";

export function parseQuery(query: string): QueryNode {
  let pos = 0;
  const s = query;
  const skipSpace = () => {
    while (pos < s.length && /\s/.test(s[pos])) pos++;
  };
  const readBare = (): string => {
    const start = pos;
    while (pos < s.length && !/[\s(){}]/.test(s[pos])) pos++;
    return s.slice(start, pos);
  };
  const readQuoted = (): string => {
    pos++; // opening quote
    const start = pos;
    while (pos < s.length && s[pos] !== '"') pos++;
    const v = s.slice(start, pos);
    pos++;
    return v;
  };
  const parseOr = (end: string | null): QueryNode => {
    const alternatives: QueryNode[] = [parseAnd(end)];
    for (;;) {
      skipSpace();
      if (s.startsWith("OR", pos) && /[\s("{-]/.test(s[pos + 2] ?? " ")) {
        pos += 2;
        alternatives.push(parseAnd(end));
      } else break;
    }
    return alternatives.length === 1 ? alternatives[0] : { kind: "or", items: alternatives };
  };
  const parseAnd = (end: string | null): QueryNode => {
    const items: QueryNode[] = [];
    for (;;) {
      skipSpace();
      if (pos >= s.length || (end && s[pos] === end)) break;
      if (s.startsWith("OR", pos) && /[\s("{-]/.test(s[pos + 2] ?? " ") && items.length) break;
      if (s.startsWith("AND", pos) && /\s/.test(s[pos + 3] ?? "")) {
        pos += 3;
        continue;
      }
      items.push(parseUnary(end));
    }
    return items.length === 1 ? items[0] : { kind: "and", items };
  };
  const parseUnary = (end: string | null): QueryNode => {
    if (s[pos] === "-" && pos + 1 < s.length && !/\s/.test(s[pos + 1])) {
      pos++;
      return { kind: "not", item: parseUnary(end) };
    }
    return parseAtom();
  };
  const parseAtom = (): QueryNode => {
    const c = s[pos];
    if (c === "(") {
      pos++;
      const inner = parseOr(")");
      pos++;
      return inner;
    }
    if (c === "{") {
      pos++;
      const items: QueryNode[] = [];
      for (;;) {
        skipSpace();
        if (pos >= s.length || s[pos] === "}") break;
        items.push(parseUnary("}"));
      }
      pos++;
      return { kind: "or", items };
    }
    if (c === ")" || c === "}") {
      pos++;
      return { kind: "and", items: [] };
    }
    if (c === '"') return { kind: "term", key: "", value: readQuoted() };
    const m = /^([a-z_0-9]+):/i.exec(s.slice(pos));
    if (m && OPERATORS.has(m[1].toLowerCase())) {
      pos += m[0].length;
      const key = m[1].toLowerCase();
      if (s[pos] === '"') return { kind: "term", key, value: readQuoted() };
      if (s[pos] === "(") {
        pos++;
        const inner = parseOr(")");
        pos++;
        return withKey(inner, key);
      }
      return { kind: "term", key, value: readBare() };
    }
    return { kind: "term", key: "", value: readBare() };
  };
  return parseOr(null);
}

/** `subject:(a OR b)` applies the operator to every term inside. */
function withKey(node: QueryNode, key: string): QueryNode {
  if (node.kind === "term") return node.key ? node : { ...node, key };
  if (node.kind === "not") return { kind: "not", item: withKey(node.item, key) };
  return { kind: node.kind, items: node.items.map((n) => withKey(n, key)) };
}

/** Gmail writes a label in a query in lower case, spaces and slashes as hyphens: "Lead Ledger/Captured" → lead-ledger-captured. */
export function labelQueryForm(name: string): string {
  return name.trim().toLowerCase().replace(/[\s/\\&()"]+/g, "-");
}

/** Whether the query reaches into Trash or Spam (which a search otherwise leaves out). */
export function reachesTrash(node: QueryNode): boolean {
  if (node.kind === "term") {
    const v = node.value.toLowerCase();
    return (node.key === "in" || node.key === "label") && ["trash", "spam", "anywhere"].includes(v);
  }
  if (node.kind === "not") return false;
  return node.items.some(reachesTrash);
}

function words(text: string): string {
  return " " + (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ") + " ";
}

function containsWords(haystack: string, needle: string): boolean {
  const n = words(needle);
  return n.trim() === "" || words(haystack).includes(n);
}

function addressMatch(field: string, value: string): boolean {
  if (value.includes("@")) return addressesOf(field).some((a) => a.includes(value.toLowerCase()));
  return containsWords(field, value);
}

const UNIT_MS: Record<string, number> = { d: 86400000, m: 30 * 86400000, y: 365 * 86400000, h: 3600000 };

function relativeCutoff(value: string, now: Date): number {
  const m = /^(\d+)([dmyh])$/i.exec(value);
  if (!m) throw new Error(`Invalid argument: ${value}`);
  return now.getTime() - Number(m[1]) * UNIT_MS[m[2].toLowerCase()];
}

function dateValue(value: string): number {
  if (/^\d{9,}$/.test(value)) return Number(value) * 1000;
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!m) throw new Error(`Invalid argument: ${value}`);
  return fromWallClock(QUERY_ZONE, Number(m[1]), Number(m[2]), Number(m[3])).getTime();
}

export interface MatchContext {
  state: MailState;
  now: Date;
}

const SYSTEM_WORDS: Record<string, string> = {
  inbox: "INBOX", sent: "SENT", trash: "TRASH", spam: "SPAM", unread: "UNREAD", starred: "STARRED",
  important: "IMPORTANT", draft: "DRAFT", drafts: "DRAFT",
};

function hasLabel(msg: StoredMessage, value: string, ctx: MatchContext): boolean {
  const wanted = labelQueryForm(value);
  if (SYSTEM_WORDS[wanted]) return msg.labelIds.includes(SYSTEM_WORDS[wanted]);
  return msg.labelIds.some((id) => {
    const label = labelById(ctx.state, id);
    return !!label && labelQueryForm(label.name) === wanted;
  });
}

function matchTerm(msg: StoredMessage, key: string, value: string, ctx: MatchContext): boolean {
  const v = value.toLowerCase();
  const t = msg.internalDate.getTime();
  switch (key) {
    case "":
      return containsWords(
        [msg.subject, msg.plainBody, msg.from, msg.to, msg.cc, ...msg.attachments.map((a) => a.name)].join("\n"),
        value,
      );
    case "from":
      return addressMatch(msg.from, value);
    case "to":
      return addressMatch([msg.to, msg.cc, msg.bcc].join(", "), value);
    case "cc":
      return addressMatch(msg.cc, value);
    case "bcc":
      return addressMatch(msg.bcc, value);
    case "deliveredto":
      return msg.deliveredTo.some((a) => a.toLowerCase() === v);
    case "subject":
      return containsWords(msg.subject, value);
    case "label":
      return hasLabel(msg, value, ctx);
    case "in":
      if (v === "anywhere") return true;
      return hasLabel(msg, v, ctx);
    case "is":
      if (v === "read") return !msg.labelIds.includes("UNREAD");
      return hasLabel(msg, v, ctx);
    case "has":
      if (v === "attachment") return msg.attachments.some((a) => !a.inline);
      if (v === "userlabels") return msg.labelIds.some((id) => id.startsWith("Label_"));
      if (v === "nouserlabels") return !msg.labelIds.some((id) => id.startsWith("Label_"));
      return false;
    case "filename":
      return msg.attachments.some((a) => a.name.toLowerCase().includes(v) || a.contentType.toLowerCase().endsWith("/" + v));
    case "newer_than":
      return t > relativeCutoff(value, ctx.now);
    case "older_than":
      return t < relativeCutoff(value, ctx.now);
    case "after":
    case "newer":
      return t >= dateValue(value);
    case "before":
    case "older":
      return t < dateValue(value);
    case "rfc822msgid":
      return msg.messageId.toLowerCase() === value.replace(/^<|>$/g, "").toLowerCase();
    default:
      return false;
  }
}

export function matches(node: QueryNode, msg: StoredMessage, ctx: MatchContext): boolean {
  switch (node.kind) {
    case "and":
      return node.items.every((n) => matches(n, msg, ctx));
    case "or":
      return node.items.some((n) => matches(n, msg, ctx));
    case "not":
      return !matches(node.item, msg, ctx);
    case "term":
      return matchTerm(msg, node.key, node.value, ctx);
  }
}

/** Ids of the threads a query finds, most recent activity first (as Gmail lists them). */
export function searchThreads(query: string, ctx: MatchContext): string[] {
  const node = parseQuery(query);
  return threadsWhere(ctx.state, (msg) => matches(node, msg, ctx), reachesTrash(node));
}

/** Threads with a message that passes `test` (Trash and Spam left out unless asked), most recent first. */
export function threadsWhere(state: MailState, test: (msg: StoredMessage) => boolean, anywhere = false): string[] {
  const found = new Set<string>();
  for (const msg of Object.values(state.messages)) {
    if (!anywhere && (msg.labelIds.includes("TRASH") || msg.labelIds.includes("SPAM"))) continue;
    if (test(msg)) found.add(msg.threadId);
  }
  const latest = (id: string) => Math.max(...(state.threads[id] ?? []).map((m) => state.messages[m].internalDate.getTime()));
  return [...found].map((id) => [id, latest(id)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1)).map(([id]) => id);
}
