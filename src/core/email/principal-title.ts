// The principal's title an assistant writes: "Assistant to Dr. X, CEO" in a signature, "our Director" in prose.
import { normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";
import { titleBeforeName } from "./title-aside";
import { lowercaseTitleBefore } from "./title-apposition";
import { ASSISTS_AFTER_NAME_RE } from "./written-for";

/** A title of two to eight CJK characters, then the name the assistant's word follows ("代表取締役 山本健一の秘書"). */
const CJK_TITLE_BEFORE_RE = new RegExp(
  `([\\p{sc=Han}\\p{sc=Katakana}\\p{sc=Hangul}]{2,8})[ \\u3000]${ASSISTS_AFTER_NAME_RE.source}`,
  "u",
);

/** "Executive Assistant to Dr. ", "Assistentin von Herrn ": right before the principal's name in a signature. */
export const ASSISTANT_TO_RE =
  /(?:assistant|assistente|assistentin|assistante|asistente|secretary|sekretärin|secrétaire|\bPA|\bEA)\s+(?:to|of|for|von|de|di)\s+(?:(?:Herrn|Frau|Dr|Mr|Mrs|Ms|Prof|Mme|M)\.?\s+){0,2}$/iu;

/**
 * A role label right before the principal's name in the writer's signature: de "Inhaber: Dr. med. dent. ", "Praxisinhaberin:
 * ", en "Owner: ", fr "Gérant : ", es "Titular: " (a practice's or shop's footer under its staff's mail).
 */
const ROLE_LABEL_RE =
  /(?:^|\n)\s*(?:(?:praxis)?inhaber(?:in)?|owner|principal|gérante?|titular)\s*:\s*(?:(?:Herrn|Frau|Dr|Mr|Mrs|Ms|Prof|Mme|M|med|dent|vet)\.?\s+){0,4}$/iu;

/**
 * The principal's title an assistant's signature gives: "Executive Assistant to Dr. Helena Varga, Principal
 * Orthodontist" (en), "Assistentin von Herrn X, Geschäftsführer" (de), "Assistante de X, directrice" (fr), es, it.
 */
export function principalTitle(body: string, principal: string): string | undefined {
  const name = normalizeName(principal);
  // ja/zh/ko put the title before the name the assistant's word follows ("代表取締役 山本健一の秘書").
  const cjk = CJK_TITLE_BEFORE_RE.exec(body);
  if (cjk && cjk[2].replace(/[ \u3000]/g, "") === name.replace(/[ \u3000]/g, "") && hasTitleWord(cjk[1]))
    return cjk[1];
  if (!name.includes(" ")) return undefined;
  const before = titleBeforeName(body, name) ?? lowercaseTitleBefore(body, name);
  if (before) return before;
  const tail = body.slice(-3000);
  for (let at = tail.indexOf(name); at >= 0; at = tail.indexOf(name, at + name.length)) {
    const left = tail.slice(Math.max(0, at - 60), at);
    if (!ASSISTANT_TO_RE.test(left) && !ROLE_LABEL_RE.test(left)) continue;
    const title = /^\s*,\s*([^,]{2,50}?)\s*$/.exec(tail.slice(at + name.length).split("\n")[0])?.[1];
    return title && hasTitleWord(title) && !COMPANY_WORDS_RE.test(title) ? title : undefined;
  }
  return undefined;
}

/**
 * "on behalf of our Managing Director, Dr Alan Whitcombe": the writer's own principal, by the possessive before the
 * title before their name (en our/my, fr notre/mon/ma, de unser/mein, es nuestro/mi, it nostro/mio, nl onze/mijn,
 * pt nosso/meu), honorifics aside. The title; undefined when the text does not say so.
 */
export function ownPrincipalTitle(body: string, principal: string): string | undefined {
  const name = normalizeName(principal);
  if (!name.includes(" ")) return undefined;
  const flat = body.slice(0, 4000).replace(/\s+/g, " ");
  const at = flat.indexOf(name.split(" ")[0]);
  if (at < 0) return undefined;
  const m =
    /(?<![\p{L}])(?:our|my|notre|mon|ma|unser(?:e[mnr]?)?|mein(?:e[mnr]?)?|nuestr[oa]|mi|(?:il |la )?nostr[oa]|(?:il |la )?mi[oa]|onze|ons|mijn|(?:o |a )?noss[oa]|(?:o |a )?meu|(?:o |a )?minha)\s+([\p{L}&' -]{2,40}?),?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Herrn?|Frau|M|Mme|Sr|Sra|Dott|Ing)\.?\s+)?$/iu.exec(
      flat.slice(Math.max(0, at - 60), at),
    );
  if (m && hasTitleWord(m[1])) return m[1].trim();
  // After the name: "on behalf of Mr Tan Wei Ming, our Director, who …", "de la part de X, notre directrice."
  const after = flat.indexOf(name);
  const n =
    after < 0
      ? null
      : /^\s*,\s*(?:our|my|notre|mon|ma|unser(?:e[mnr]?)?|mein(?:e[mnr]?)?|nuestr[oa]|mi|(?:il |la )?nostr[oa]|onze|mijn|(?:o |a )?noss[oa])\s+(?:(?:new|nouvel(?:le)?|nouveau|neue[mnrs]?|nuev[oa]|nuov[oa]|nieuwe|nov[oa])\s+)?([\p{L}&' -]{2,40}?)\s*[,.;)]/iu.exec(
          flat.slice(after + name.length, after + name.length + 60),
        );
  return n && hasTitleWord(n[1]) ? n[1].trim() : undefined;
}
