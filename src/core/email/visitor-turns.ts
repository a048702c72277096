// What a site chat's visitor said in its transcript: the lines of their own turns.

/**
 * The visitor's turns in a chat widget's transcript, each a line "[3:27 pm] Jo Blake: …" (LiveChat, tawk.to, Tidio,
 * Intercom) or "3:27 PM Jo Blake: …", by their full or first name; the agent's turns (their own direct line) left out.
 */
export function visitorTurns(text: string, name: string): string {
  const first = name.trim().split(/\s+/)[0];
  if (!first || !text.includes(`${first}`)) return "";
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const who = `(?:${escape(name.trim())}|${escape(first)})`;
  const re = new RegExp(
    `^\\s*\\[?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?\\]?\\s+${who}\\s*:\\s*(.+)$`,
    "gmu",
  );
  return [...text.matchAll(re)].map((m) => m[1]).join("\n");
}
