// A name-only sender's own address in their signature: the first name at a domain that spells the surname.
import { findEmails } from "../contact/email";

const plain = (t: string) =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

/**
 * "Dana Whitfield" (iPhone/Apple Mail forward header that drops addresses, any language) signing with
 * "dana@whitfieldlandscapes.example" or "d.whitfield@…": an address of their own business, where the local part is the first
 * name (or its initial and the surname) and the domain spells the surname. The one such address, else none.
 */
export function ownFirstNameAddress(name: string, text: string): string[] {
  const words = name
    .replace(/,.*$/, "")
    .split(/\s+/)
    .map(plain)
    .filter((w) => w.length >= 2);
  if (words.length < 2) return [];
  const first = words[0];
  const surname = words[words.length - 1];
  if (first.length < 3 || surname.length < 3) return [];
  const found = findEmails(text).filter((e) => {
    const at = e.indexOf("@");
    const local = plain(e.slice(0, at));
    const domain = plain(e.slice(at + 1).replace(/\.[a-z]+$/i, ""));
    return (
      domain.includes(surname) && (local === first || local === first[0] + surname || local.startsWith(first))
    );
  });
  if (found.length) return [...new Set(found.map((e) => e.toLowerCase()))].length === 1 ? [found[0]] : [];
  return signedFirstNameAddress(name, first, text);
}

/**
 * BlackBerry 10's "From: Callum Reid" (names only, en and every language) over a signature that opens with the full
 * name on its own line and gives "callum@sparkleshine.example": the one address whose local part is the first name,
 * when the domain does not spell the surname (a trading name).
 */
function signedFirstNameAddress(name: string, first: string, text: string): string[] {
  const full = name.replace(/,.*$/, "").trim();
  const at = text.lastIndexOf(full);
  const lineStart = text.lastIndexOf("\n", at) + 1;
  if (at < 0 || text.slice(lineStart, at).trim() || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(at + full.length))) return [];
  const own = findEmails(text.slice(at)).filter((e) => plain(e.slice(0, e.indexOf("@"))) === first);
  return [...new Set(own.map((e) => e.toLowerCase()))].length === 1 ? [own[0]] : [];
}
