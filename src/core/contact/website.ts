// Websites: find a written web address, say which labelled or bracketed one is the person's site, reduce it to its bare host.

const URL_RE =
  /\b(?:https?:\/\/)?(?:www\d?\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?::\d+)?(?:\/[^\s<>"')]*)?/gi;

/** Hosts of other services (social networks, link pages, webmail): never a person's or company's own site. */
const OTHER_SERVICE_HOSTS =
  /(?:^|\.)(?:linkedin\.com|twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|xing\.com|github\.com|medium\.com|substack\.com|calendly\.com|linktr\.ee|wa\.me|t\.me|bit\.ly|goo\.gl|aka\.ms|zoom\.us|teams\.microsoft\.com|maps\.google\.com|google\.com|apple\.com|microsoft\.com|gmail\.com|outlook\.com)$/i;

/** TLDs a bare "name.tld" must end in to count as a site; avoids "e.g" or "file.pdf". */
const WEB_TLD_RE = new RegExp(
  "\\.(?:" +
    [
      "com|net|org|io|co|biz|info|example|dev|app",
      "ca|us|mx|uk|ie|de|at|ch|fr|be|nl|lu|es|pt|it|eu|dk|se|no|fi|pl|cz|au|nz|jp",
      // more country codes (a signature's bare "zernotrans.ua" in uk, ru, Balkan, Asian and Latin American mail)
      "ua|ru|by|kz|ro|hu|sk|si|hr|rs|ba|bg|gr|cy|tr|il|ae|sa|qa|eg|za|in|cn|hk|tw|kr|sg|my|id|th|vn|ph|br|ar|cl|pe|uy|lt|lv|ee|is",
      "shop|store|studio|design|agency|consulting|law|legal|media|tech|ai|health|clinic|dental|realty|homes|build|works|art|online|site|cloud|digital|solutions|group|partners|finance|capital|travel|events|photography|photo|gallery|coffee|cafe|wine|beer|farm|garden|restaurant|bar|life|email|global|world",
    ].join("|") +
    ")$",
  "i",
);

/** "https://www.Northwind-Dental.ca/about" -> "northwind-dental.ca" */
export function bareHost(url: string): string {
  return url
    .trim()
    .replace(/^<|>$/g, "")
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/^www\d?\./i, "")
    .replace(/[/?#:>].*$/, "")
    .replace(/\.$/, "")
    .toLowerCase();
}

/** Web addresses written in text (not the domain part of an e-mail address, not a social network), as bare hosts. */
export function findWebsites(text: string): string[] {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  URL_RE.lastIndex = 0;
  while ((m = URL_RE.exec(text))) {
    const before = text[m.index - 1];
    if (before === "@" || before === "." || /[a-z0-9-]/i.test(before || "")) continue;
    const written = m[0];
    const explicit = /^(https?:\/\/|www\d?\.)/i.test(written);
    const host = bareHost(written);
    // A bare "name.tld" only counts on common web TLDs (country codes, and the generic ones small businesses use).
    if (!explicit && !WEB_TLD_RE.test(host)) continue;
    if (OTHER_SERVICE_HOSTS.test(host)) continue;
    if (!out.includes(host)) out.push(host);
  }
  return out;
}

/** The address a link really goes to, when a mail gateway rewrote it to pass through its scanner. */
const REDIRECTS: { re: RegExp; decode: (target: string) => string }[] = [
  {
    // Microsoft 365 Safe Links
    re: /https?:\/\/[a-z0-9.-]*safelinks\.protection\.outlook\.com\/\?url=([^&\s<>]+)[^\s<>]*/gi,
    decode: decodeURIComponent,
  },
  {
    // Google redirect (Gmail, Groups)
    re: /https?:\/\/(?:www\.)?google\.com\/url\?(?:[^\s<>]*?&)?q=([^&\s<>]+)[^\s<>]*/gi,
    decode: decodeURIComponent,
  },
  {
    // Proofpoint URL Defense v2
    re: /https?:\/\/urldefense\.proofpoint\.com\/v2\/url\?u=([^&\s<>]+)[^\s<>]*/gi,
    decode: (t) => decodeURIComponent(t.replace(/_/g, "/").replace(/-([0-9A-F]{2})/g, "%$1")),
  },
  {
    // Proofpoint URL Defense v3
    re: /https?:\/\/urldefense\.com\/v3\/__(.+?)__;[^\s<>]*/gi,
    decode: (t) => t,
  },
];

/** A line with its gateway-rewritten links put back ("https://…safelinks…/?url=http%3A%2F%2Fwww.x.com%2F…" -> "http://www.x.com/"). */
export function withoutRedirects(line: string): string {
  if (!/safelinks|google\.com\/url|urldefense/i.test(line)) return line;
  let out = line;
  for (const r of REDIRECTS)
    out = out.replace(r.re, (all, target: string) => {
      try {
        return r.decode(target);
      } catch {
        return all;
      }
    });
  return out;
}

/**
 * Labels that announce the person's own site, by language: en (Web, Website, W, URL, Home page, Visit us at),
 * fr (Site, Site Web, Site internet), es (Web, Sitio web, Página web), de (Internet, Webseite, Homepage).
 * Other labelled pages ("Blog:", "LinkedIn:") are not the site.
 */
const SITE_LABEL_RE =
  /^(?:web(?:site| site|page)?|w|url|home ?page|visit us(?: at| online)?|site(?: web| internet)?|sitio(?: web)?|página(?: web)?|internet|webseite)(?:\s*\.?\s*:\s*|\s+)/i;
/**
 * The words of a link to the person's site, its address only in the link (HTML signatures): en "Visit our website",
 * "Our website", "Website"; fr "Notre site (web)"; de "Zur Webseite", "Unsere Website"; es "Nuestra web", "Sitio web";
 * it "Sito web"; pt "Nosso site"; nl "Onze website".
 */
export const SITE_LINK_TEXT_RE =
  /^(?:(?:visit|see|view)\s+)?(?:(?:our|my|the|notre|unsere|zur|nuestra|nuestro|nosso|onze|il nostro)\s+)?(?:web ?site|web|site(?: web| internet)?|webseite|homepage|sitio(?: web)?|página web|sito(?: web)?)$/i;

const OTHER_PAGE_LABEL_RE =
  /^(?:blog|linkedin|twitter|x|instagram|facebook|fb|youtube|tiktok|xing|github|portfolio|shop|store|book(?:ing)?|calendar|schedule)\s*\.?\s*:/i;

/**
 * The site written in one signature or card line, and the line without it: "Marlow Ridge Vineyards |
 * www.marlowridge.com", "Tidewater Labs - … <http://www.tidewaterlabs.com/>", "Home page: http://…",
 * "p: … | w: quarrylanemedia.com". E-mail addresses are not sites.
 */
export function siteInLine(written: string): { host?: string; rest: string } {
  const line = withoutRedirects(written);
  let host: string | undefined;
  const kept: string[] = [];
  for (const segment of line.split(/\s+[|•·]\s+/)) {
    const seg = segment.trim();
    if (OTHER_PAGE_LABEL_RE.test(seg)) {
      kept.push(seg);
      continue;
    }
    const bracketed = /<((?:https?:\/\/|www\.)[^<>\s]+)>/i.exec(seg);
    const unlabelled = seg.replace(SITE_LABEL_RE, "");
    const labelled = unlabelled !== seg;
    const noMail = unlabelled.replace(/\S*@\S+/g, " ");
    const sites = findWebsites(bracketed ? bracketed[1] : noMail);
    const whole = /^<?(?:https?:\/\/)?(?:www\d?\.)?[a-z0-9.-]+\.[a-z]{2,}(?:\/\S*)?>?\/?$/i.test(unlabelled);
    const explicitInside = /\b(?:https?:\/\/|www\d?\.)\S+/i.exec(noMail);
    if (sites.length && (bracketed || whole || (labelled && sites.length) || explicitInside)) {
      host ??= sites[0];
      const rest = bracketed
        ? seg.replace(bracketed[0], "")
        : whole || labelled
          ? ""
          : seg.replace(explicitInside?.[0] || "", "");
      const left = rest.trim().replace(/[\s,;|–—-]+$/, "");
      if (left && !SITE_LINK_TEXT_RE.test(left)) kept.push(left);
    } else kept.push(seg);
  }
  return { host, rest: kept.filter(Boolean).join(" | ") };
}
