// The forwarder's own comments typed inside the forwarded text ("[Tom: his mobile is …]"), read like their note.

/** A bracketed aside signed with a first name at its start: "[Tom: …]" ("[Note from Tom: …]" is not one). */
const COMMENT_RE = /^\s*\[\s*(\p{Lu}[\p{L}'’-]+)\s*:\s*([^\]]{3,300})\]\s*$/gmu;

/**
 * Comments the forwarder wrote into the middle of the forwarded message, as many clients' users do (Gmail, Outlook,
 * any language): a line "[Name: text]" whose name is the forwarder's first name. Their texts, one per line.
 */
export function forwarderComments(body: string, forwarderName: string | undefined): string {
  const first = (forwarderName || "").trim().split(/\s+/)[0]?.toLowerCase();
  if (!first || first.length < 2 || !body.includes("[")) return "";
  const out: string[] = [];
  for (const m of body.slice(0, 8000).matchAll(COMMENT_RE))
    if (m[1].toLowerCase() === first) out.push(m[2].trim());
  return out.join("\n");
}
