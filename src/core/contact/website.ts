// Websites: find a written web address and reduce it to its bare host.

const URL_RE = /\b(?:https?:\/\/)?(?:www\d?\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?::\d+)?(?:\/[^\s<>"')]*)?/gi;

/** "https://www.Northwind-Dental.ca/about" -> "northwind-dental.ca" */
export function bareHost(url: string): string {
  return url
    .trim()
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/^www\d?\./i, "")
    .replace(/[/?#:].*$/, "")
    .replace(/\.$/, "")
    .toLowerCase();
}

/** Web addresses written in text (not the domain part of an e-mail address), as bare hosts. */
export function findWebsites(text: string): string[] {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  URL_RE.lastIndex = 0;
  while ((m = URL_RE.exec(text))) {
    const before = text[m.index - 1];
    if (before === "@" || before === "." || /[a-z0-9-]/i.test(before ?? "")) continue;
    const written = m[0];
    const explicit = /^(https?:\/\/|www\d?\.)/i.test(written);
    const host = bareHost(written);
    // A bare "name.tld" only counts on common web TLDs; avoids "e.g" or "file.pdf".
    if (!explicit && !/\.(com|ca|net|org|io|co|biz|info|de|fr|es|it|uk|us|eu|ch|at|be|nl|mx|au|example|dev|app|shop|store|studio|design)$/i.test(host))
      continue;
    if (!out.includes(host)) out.push(host);
  }
  return out;
}
