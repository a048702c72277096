// Fictional forwarded lead emails for tests and benchmarks: person i of a made-up population, forwarded to
// the owner's plus-address the way Gmail forwards.

export interface Person {
  first: string;
  last: string;
  company: string;
  email: string;
  phone: string;
}

const FIRST = [
  "Priya",
  "Marcus",
  "Elena",
  "Kenji",
  "Dana",
  "Sofia",
  "Omar",
  "Grace",
  "Lucas",
  "Amara",
  "Noah",
  "Ines",
  "Victor",
  "Hana",
  "Felix",
  "Zara",
];
const LAST = [
  "Raman",
  "Hale",
  "Kowalski",
  "Tanaka",
  "Whitfield",
  "Moreau",
  "Haddad",
  "Lindqvist",
  "Brennan",
  "Okafor",
  "Fischer",
  "Costa",
  "Novak",
  "Sato",
  "Ward",
  "Quinn",
];
const TRADE = [
  "Dental",
  "Legal",
  "Bakery",
  "Fleet",
  "Logistics",
  "Design",
  "Roofing",
  "Clinic",
  "Studio",
  "Analytics",
];

/** Person `i`: unique name, company and address; a 555-01xx number (unique for the first 1,000 people only). */
export function person(i: number): Person {
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const n = Math.floor(i / (FIRST.length * LAST.length));
  const company = `${last} ${TRADE[i % TRADE.length]}${n ? ` ${n + 1}` : ""}`;
  const domain = `${company.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.example`;
  const area = [416, 647, 905, 289, 613, 519, 705, 226, 343, 437][Math.floor(i / 100) % 10];
  const line = String(100 + (i % 100)).padStart(4, "0");
  return {
    first,
    last,
    company,
    email: `${first.toLowerCase()}.${last.toLowerCase()}${n || ""}@${domain}`,
    phone: i < 1000 ? `${area}-555-${line}` : "",
  };
}

/** A Gmail-style forward of an inquiry from `p`, to `owner`'s +leads address; `k` makes each message unique. */
export function forwardedInquiry(
  p: Person,
  owner: string,
  k: number,
  date = new Date(Date.UTC(2026, 10, 2, 14, 0) + k * 60000),
): string {
  const [local, domain] = owner.split("@");
  const rfc = date.toUTCString().replace("GMT", "+0000");
  return [
    `From: Ledger Owner <${owner}>`,
    `To: ${local}+leads@${domain}`,
    `Subject: Fwd: Inquiry ${k} from ${p.first} ${p.last}`,
    `Date: ${rfc}`,
    `Message-ID: <lead-${k}@${domain}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Please follow up.",
    "",
    "---------- Forwarded message ---------",
    `From: ${p.first} ${p.last} <${p.email}>`,
    `Date: ${rfc}`,
    `Subject: Inquiry ${k} from ${p.first} ${p.last}`,
    `To: <info@${domain}>`,
    "",
    "Hello, we would like a quote. Could you call me?",
    "",
    `${p.first} ${p.last}`,
    "Operations Manager",
    p.company,
    p.phone ? `Phone: ${p.phone}` : "",
    "",
  ].join("\r\n");
}
