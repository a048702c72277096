// Checks a sent nurture .eml the way a receiving mail client reads it: parsed with postal-mime, every required part.
import PostalMime from "postal-mime";
import type { Email } from "postal-mime";

export async function parseEml(raw: string | Uint8Array): Promise<Email> {
  return PostalMime.parse(raw);
}

export function header(email: Email, name: string): string {
  return email.headers.find((h) => h.key === name.toLowerCase())?.value ?? "";
}

/** Asserts the headers and parts every nurture email must carry; returns the parsed email. */
export async function expectNurtureEml(
  raw: string | Uint8Array,
  want: { businessAddress: string; oneClick: boolean },
): Promise<Email> {
  const email = await parseEml(raw);
  expect(email.from?.address).toBeTruthy();
  expect(header(email, "reply-to")).toContain(email.from!.address!);
  expect(email.messageId).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
  const listUnsub = header(email, "list-unsubscribe");
  expect(listUnsub).toMatch(
    /<mailto:[^>]+\+unsubscribe@[^>]+\?subject=unsubscribe%20L-[A-Z0-9]+%20[0-9a-f]{32}>/,
  );
  if (want.oneClick) {
    expect(listUnsub).toMatch(/<https:\/\/[^>]+token=[0-9a-f]{32}>/);
    expect(header(email, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  } else expect(header(email, "list-unsubscribe-post")).toBe("");
  expect(email.text).toBeTruthy();
  expect(email.html).toBeTruthy();
  for (const part of [email.text!, email.html!]) {
    expect(part).not.toMatch(/\{\{|\}\}/);
    expect(part).toContain(want.businessAddress.split("\n")[0]);
  }
  expect(email.text).toMatch(/(mailto:|https:\/\/)\S*[0-9a-f]{32}/);
  expect(email.html).toMatch(/<a href="(mailto:|https:\/\/)[^"]*[0-9a-f]{32}">/);
  return email;
}
