// The person's web site written only in the HTML part's signature (Outlook/Gmail HTML tables the plain part leaves out).
import { domainOf } from "../contact/email";
import { bareHost } from "../contact/website";

/** A link whose visible text is a web address: "<a href=…>www.example.com</a>" (any HTML client). */
const LINK_TEXT_RE = /<a\s[^>]*>\s*((?:https?:\/\/)?(?:www\d?\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?)\s*<\/a>/gi;

/**
 * The site an HTML signature writes as a link's text when the plain part shows none: only the host of the person's
 * own address ("brightwater.example" for tom@brightwater.example), written out, never derived from the address alone.
 */
export function siteInHtml(html: string | undefined, email: string | undefined): string | undefined {
  const own = email ? domainOf(email).toLowerCase() : "";
  if (!html || !own || !html.includes(own)) return undefined;
  for (const m of html.slice(0, 256 * 1024).matchAll(LINK_TEXT_RE)) {
    const host = bareHost(m[1]);
    if (host === own || host === own.replace(/^www\d?\./, "")) return host;
  }
  return undefined;
}
