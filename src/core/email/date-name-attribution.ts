// Yandex Mail's attribution line, which has no "wrote" verb: `30.11.2026, 18:20, "Name" <address>:` (ru, uk, all locales
// with a numeric date), over a forwarded message (under its "-------- Пересланий лист --------" banner) or a reply.
import type { Address } from "../contact/email";

/** `dd.mm.yyyy, hh:mm, "Name" <address>:` — the date, the time, the sender's quoted name and address, a colon. */
const YANDEX_RE =
  /^\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?,\s*"?([^"<>]{0,80}?)"?\s*<([^<>\s@]+@[^<>\s]+)>\s*:$/;

/** The sender of a Yandex attribution line, else undefined (cheap: only lines ending in ">:" are tried). */
export function dateNameAttribution(line: string): Address | undefined {
  if (!line.endsWith(">:")) return undefined;
  const m = YANDEX_RE.exec(line);
  return m ? { name: m[1].trim(), email: m[2].toLowerCase() } : undefined;
}
