// zh: a secretary or colleague naming whom to reach by title and name ("我们的总经理 周建国 … 麻烦您直接联系他：手机 …").
import { findEmails, type Address } from "../contact/email";

/**
 * A zh title then the name, set off by a space or a comma ("总经理 周建国", "董事长，李明"), then within the sentence
 * after it a cue to reach that person: "联系他/她", "与他/她联系", "给他/她打电话", "找他/她" (zh-CN, zh-TW, any client).
 * The title is how the text names them; the name, 2–3 Han characters, stands alone between the title and a space or
 * punctuation (a name run into the next words cannot be cut from them).
 */
const TITLED_RE =
  /(总经理|總經理|董事长|董事長|总裁|總裁|总监|總監|经理|經理|主任|负责人|負責人|老板|老闆|厂长|廠長|院长|院長|校长|校長|合伙人|合夥人)[ \u3000，,]([\p{sc=Han}]{2,3})(?=[ \u3000，,、（(。])/u;
const REACH_RE =
  /(?:联系|聯繫|联络|聯絡)(?:他|她)|(?:与|與|和|跟)(?:他|她)(?:联系|聯繫|联络|聯絡)|给(?:他|她)打电话|給(?:他|她)打電話|找(?:他|她)/u;

/**
 * "代表本公司总经理 X 先生与您联系", "代表我們董事長 X": the writer speaks for the titled person (zh "on behalf of", a
 * secretary or assistant); the cue to reach them may then come in a later sentence.
 */
const FOR_TITLED_RE = /代表(?:本公司|我们|我們|公司|敝公司|我司)?(?:的)?$/u;

/** The person the text tells the reader to reach, with the address written after the cue, and their title. */
export function zhTitledContact(own: string): (Address & { title: string }) | undefined {
  const head = own.slice(0, 2000);
  const m = TITLED_RE.exec(head);
  if (!m) return undefined;
  const speaksFor = FOR_TITLED_RE.test(head.slice(Math.max(0, (m.index ?? 0) - 8), m.index));
  const after = head.slice(
    (m.index ?? 0) + m[0].length,
    (m.index ?? 0) + m[0].length + (speaksFor ? 600 : 160),
  );
  const cue = REACH_RE.exec(after);
  if (!cue || (!speaksFor && /[。！？!?]/.test(after.slice(0, cue.index)))) return undefined;
  const email = findEmails(after.slice(cue.index, cue.index + 120))[0] ?? "";
  return { name: m[2], email, title: m[1] };
}
