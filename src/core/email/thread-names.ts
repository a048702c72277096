// Names in a split thread: Outlook's unquoted "Last, First" put back, and a sender known only by name given the
// address the thread holds for that name.
import { findEmails, type Address } from "../contact/email";
import { ownFirstNameAddress } from "./first-name-address";
import type { ThreadMessage } from "./thread";

/**
 * Outlook writes "Last, First <address>" unquoted in quoted To/Cc lines ("Cc: Lee, Hana <hana@…>;"): an address
 * list split at the comma keeps only "Hana". The whole "Lee, Hana" is put back, for the name rules to turn round.
 */
function restoreCommaName(a: Address, text: string, lower: string): Address {
  if (!a.email || /[\s,]/.test(a.name.trim())) return a;
  const at = lower.indexOf(`<${a.email}>`);
  if (at < 0 || !text.slice(Math.max(0, at - 80), at).includes(",")) return a;
  const m = /(?:^|[\s:;*])([\p{L}'’.-]+(?:[ -][\p{L}'’.-]+)?),\s*([\p{L}'’.-]+(?:\s[\p{L}'’.-]+)?)\s*$/u.exec(
    text.slice(Math.max(0, at - 80), at),
  );
  if (!m || (a.name && m[2] !== a.name.trim())) return a;
  return { name: `${m[1]}, ${m[2]}`, email: a.email };
}

export function restoreCommaNames(m: ThreadMessage, text: string, lower: string): void {
  if (m.from) m.from = restoreCommaName(m.from, text, lower);
  m.to = m.to.map((a) => restoreCommaName(a, text, lower));
  m.cc = m.cc.map((a) => restoreCommaName(a, text, lower));
}

/** A sender known only by name (a name-only attribution) gets the address the thread gives that name. */
export function resolveNamesOnly(messages: ThreadMessage[]): void {
  // Most threads have no sender known only by name: nothing to look up.
  if (!messages.some((m) => m.from && !m.from.email && m.from.name)) return;
  const key = (n: string) =>
    n
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, " ")
      .trim();
  const known = new Map<string, string>();
  for (const m of messages)
    for (const a of [m.from, ...m.to, ...m.cc]) if (a?.email && a.name) known.set(key(a.name), a.email);
  const addresses = [
    ...new Set(messages.flatMap((m) => [m.from, ...m.to, ...m.cc]).map((a) => a?.email ?? "")),
  ];
  const plain = (t: string) =>
    t
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  for (const m of messages)
    if (m.from && !m.from.email && m.from.name) {
      // Else the one address whose local part holds the surname ("Luis Herrera" -> lherrera@…).
      // "Grace, Rebecca M." (Outlook's "Last, First"): the surname is before the comma.
      const written = m.from.name.includes(",") ? m.from.name.split(",")[0] : m.from.name;
      const surname = plain(key(written).split(" ").pop() ?? "");
      // The thread's addresses first, else the ones written in the message itself (a signature's "rgrace@…" under
      // an Outlook header "From: Grace, Rebecca M." that has no address).
      const local = (e: string) => surname.length >= 3 && plain(e.slice(0, e.indexOf("@"))).includes(surname);
      let bySurname = addresses.filter(local);
      if (!bySurname.length) bySurname = findEmails(m.body.slice(-4000)).filter(local);
      // iPhone Mail's "From: Dana Whitfield" (names only): the signature's first-name address on a domain that
      // spells the surname ("dana@whitfieldlandscapes…").
      if (!bySurname.length) bySurname = ownFirstNameAddress(m.from.name, m.body.slice(-4000));
      const email = known.get(key(m.from.name)) ?? (bySurname.length === 1 ? bySurname[0] : undefined);
      if (email) m.from = { ...m.from, email };
    }
}
