// A delegate's mail sent for a mailbox named after the writer's own company ("Priya Nair on behalf of Acme Cowork").

import { LEGAL_FORMS_SOURCE } from "../contact/legal-forms";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `owner`, the name after "on behalf of" in Outlook desktop's forward header (which shows no address: "From:
 * Priya Nair on behalf of Harbourside Cowork"), is the company the body signs for: a line starting with that name and
 * a legal form ("Harbourside Cowork Ltd", "Hofer Bau GmbH"), any language. Then the mailbox is the company's, and the
 * mail is the writer's, not the mailbox's.
 */
export function isCompanyInBody(owner: string, body: string): boolean {
  if (!body || owner.length < 3 || owner.length > 60) return false;
  const re = new RegExp(`^[ \\t>]*${escape(owner)},?\\s+(?:${LEGAL_FORMS_SOURCE})(?![\\p{L}])`, "imu");
  return re.test(body.slice(0, 16 * 1024));
}

const plain = (t: string) =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

/**
 * The company mailbox's own address, when the header shows none: the one address in the body whose domain spells the
 * mailbox's name ("Harbourside Cowork" -> hello@harbourside-cowork.example), else "".
 */
export function companyMailboxAddress(owner: string, body: string): string {
  const name = plain(owner);
  if (name.length < 4) return "";
  const found = new Set<string>();
  for (const m of body.slice(-4000).matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) {
    const domain = plain(m[1].replace(/\.[a-z]+$/i, ""));
    if (domain.length >= 4 && (domain.includes(name) || name.includes(domain))) found.add(m[0].toLowerCase());
  }
  return found.size === 1 ? [...found][0] : "";
}
