// A list digest the owner forwards: its posts as messages of their own, and the poster the owner's note names.
import type { Address } from "../contact/email";
import { parseAddressList } from "../contact/email";
import { normalizeName } from "../contact/name";
import { isSystemSender, type OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/** A digest's subject: Mailman "X Digest, Vol 42, Issue 7", Google Groups "Digest for x@… - 3 updates", groups.io. */
const DIGEST_SUBJECT_RE = /\bdigest\b/i;

/** A Google Groups topic digest's post opens with its author and time: "Rachel Ambrose <r@…>: Apr 07 08:12PM -0400". */
const POST_START_RE = /^([^<>:\n]{2,60}<[^<>\s]+@[^<>\s]+>):\s+(\S.{2,40})$/;

/** The posts of a Google Groups digest as messages (Mailman's "Message: N" blocks are header blocks already). */
export function digestPosts(m: ThreadMessage): ThreadMessage[] | undefined {
  // The forward's own subject may stand for the digest's: its opening lines ("Topic digest") say it too.
  if (!DIGEST_SUBJECT_RE.test(m.subject) && !DIGEST_SUBJECT_RE.test(m.body.slice(0, 400))) return undefined;
  const lines = m.body.split(/\r?\n/);
  const posts: ThreadMessage[] = [];
  for (const line of lines) {
    const start = POST_START_RE.exec(line.trim());
    const from = start ? parseAddressList(start[1])[0] : undefined;
    if (from?.email)
      posts.push({
        from,
        to: m.to,
        cc: [],
        subject: m.subject,
        date: start?.[2] ?? "",
        body: "",
        kind: "forward",
      });
    else if (posts.length) posts[posts.length - 1].body += `${line}\n`;
  }
  return posts.length ? posts.map((p) => ({ ...p, body: p.body.trim() })) : undefined;
}

/**
 * Posts to one list (two or more outside posters writing to the same address, as a digest holds them) of which the
 * owner's note names one poster by first name or surname ("See message 3 - Harriet needs a bookkeeper"): that post.
 */
export function postTheNoteNames(
  note: string,
  messages: ThreadMessage[],
  side: OwnerSide,
): ThreadMessage | undefined {
  const list = (m: ThreadMessage) => (m.to.length === 1 ? m.to[0].email : "");
  const posts = messages.filter(
    (m) => m.from?.email && !side.has(m.from) && !isSystemSender(m.from) && list(m) && !side.has(m.to[0]),
  );
  const onList = posts.filter((m) => posts.some((o) => o !== m && list(o) === list(m)));
  if (onList.length < 2) return undefined;
  const words = new Set(note.match(/(?<![\p{L}])\p{Lu}[\p{L}'’-]+/gu) ?? []);
  const named = (a: Address) =>
    normalizeName(a.name)
      .split(/\s+/)
      .some((w) => w.length > 1 && words.has(w));
  const people = new Set(onList.filter((m) => named(m.from as Address)).map((m) => m.from?.email));
  return people.size === 1 ? onList.find((m) => people.has(m.from?.email)) : undefined;
}
