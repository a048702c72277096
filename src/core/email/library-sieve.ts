// Runs only the forward library patterns whose fixed words a text holds: the same answer in a fraction of the time.
// email-forward-parser tries every pattern of a list and keeps the highest match, so a pattern that cannot match changes
// nothing: leaving it out of the lists for one read gives the same answer for less time (most of a read's cost).
import { hasPairs, PAIR_WORDS, pairsOf } from "./char-pairs";

/**
 * The longest run of plain characters a pattern cannot match without: outside groups, classes and optional parts,
 * with no top-level alternation. Under the ignore-case flag only ASCII letters count (their case folding is simple).
 */
export function requiredWord(re: RegExp): string {
  if (/[uvsy]/.test(re.flags)) return "";
  const fold = re.flags.includes("i");
  const word = wordOf(re.source, fold);
  return fold ? word.toLowerCase() : word;
}

function wordOf(src: string, fold: boolean): string {
  let best = "";
  let run = "";
  let lastLiteral = false;
  const cut = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "|") return "";
    if (c === "[") {
      // A class ends at its first unescaped "]" (classes do not nest without the v flag).
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
      cut();
      lastLiteral = false;
    } else if (c === "(") {
      // A group ends at its matching ")", past the classes and escapes inside it.
      const start = i;
      for (let depth = 0; i < src.length; i++) {
        const d = src[i];
        if (d === "\\") i++;
        else if (d === "[") {
          for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
        } else if (d === "(") depth++;
        else if (d === ")" && --depth === 0) break;
      }
      cut();
      lastLiteral = false;
      // A group that must match once (capturing, (?: or named, not optional) holds its own required word.
      const head = src.slice(start, start + 40);
      const inner = /^\((?!\?)/.test(head)
        ? 1
        : /^\(\?:/.test(head)
          ? 3
          : (/^\(\?<[A-Za-z_]\w*>/.exec(head)?.[0].length ?? 0);
      const optional = /^(?:[*?]|\{0[,}])/.test(src.slice(i + 1));
      if (inner && !optional) {
        const w = wordOf(src.slice(start + inner, i), fold);
        if (w.length > best.length) best = w;
      }
    } else if (c === "*" || c === "?" || c === "{" || c === "+") {
      const braces = c === "{" ? /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i)) : null;
      const min = braces ? Number(braces[1]) : c === "+" ? 1 : 0;
      if (braces) i += braces[0].length - 1;
      if (src[i + 1] === "?") i++;
      if (lastLiteral && min === 0) run = run.slice(0, -1);
      cut();
      lastLiteral = false;
    } else if (c === "\\") {
      const e = src[++i] ?? "";
      if (/[A-Za-z0-9]/.test(e)) {
        // A class (\s, \d, \p{…}), an assertion (\b), a code (\u00A0, \x41, \cJ, \n) or a back-reference.
        if (e === "u") i += src[i + 1] === "{" ? src.indexOf("}", i) - i : 4;
        else if (e === "x") i += 2;
        else if (e === "c") i += 1;
        else if ((e === "p" || e === "P" || e === "k") && /[{<]/.test(src[i + 1] ?? ""))
          i = src.indexOf(e === "k" ? ">" : "}", i);
        cut();
        lastLiteral = false;
      } else {
        lastLiteral = add(e);
      }
    } else if (c === "." || c === "^" || c === "$") {
      cut();
      lastLiteral = false;
    } else {
      lastLiteral = add(c);
    }
  }
  cut();
  return best;

  function add(ch: string): boolean {
    if (fold && !/^[\x20-\x7e]$/.test(ch)) {
      cut();
      return false;
    }
    run += ch;
    return true;
  }
}

/** The library's own lists of patterns run on a message's text (not on its subject or on one address). */
const TEXT_LIST = /^(?:separator|original_)/;

interface Plan {
  /** Each distinct word once, with whether it is looked up in lower case. */
  words: { word: string; fold: boolean }[];
  /** Each text list: its patterns and the index of their word (-1: none known, always run). */
  lists: [string, { re: RegExp; at: number }[]][];
  subject: RegExp[];
  /** Scratch space of one read: each word's answer (0 not asked, 1 held, -1 not), the text's pairs of characters. */
  known: Int8Array;
  pairs: Uint32Array;
  lowerPairs: Uint32Array;
}

const plans = new WeakMap<object, Plan>();

function planOf(regexes: Record<string, unknown>): Plan {
  let plan = plans.get(regexes);
  if (!plan) {
    const words: Plan["words"] = [];
    const index = new Map<string, number>();
    const lists: Plan["lists"] = [];
    for (const [key, list] of Object.entries(regexes)) {
      if (!TEXT_LIST.test(key) || !Array.isArray(list) || !list.length) continue;
      if (!list.every((r) => r instanceof RegExp)) continue;
      const entries = (list as RegExp[]).map((re) => {
        const word = requiredWord(re);
        if (!word) return { re, at: -1 };
        const id = (re.ignoreCase ? "i" : "") + word;
        let at = index.get(id);
        if (at === undefined) {
          at = words.push({ word, fold: re.ignoreCase }) - 1;
          index.set(id, at);
        }
        return { re, at };
      });
      lists.push([key, entries]);
    }
    const subject = Array.isArray(regexes.subject) ? (regexes.subject as unknown[]) : [];
    plan = {
      words,
      lists,
      subject: subject.filter((r): r is RegExp => r instanceof RegExp),
      known: new Int8Array(words.length),
      pairs: new Uint32Array(PAIR_WORDS),
      lowerPairs: new Uint32Array(PAIR_WORDS),
    };
    plans.set(regexes, plan);
  }
  return plan;
}

/**
 * Sets the library's text pattern lists to those that can match `text` (and everything the library derives from it:
 * it drops byte-order marks, turns no-break spaces into spaces, and cuts lines and quote marks, never joining two
 * words). A list keeps at least its last pattern: the library's "replace" mode answers "" for an empty list. Nothing
 * to do when the library will not read the text (a subject that is not a forward's).
 */
export function sieveFor(regexes: Record<string, unknown>, text: string, subject?: string): void {
  const plan = planOf(regexes);
  if (subject && plan.subject.length && !plan.subject.some((re) => re.test(subject))) return;
  const plain = text.replace(/\uFEFF/g, "").replace(/\u00A0/g, " ");
  let lower: string | undefined;
  let pairs: Uint32Array | undefined;
  let lowerPairs: Uint32Array | undefined;
  const known = plan.known.fill(0);
  const holds = (at: number): boolean => {
    if (at < 0) return true;
    if (!known[at]) {
      const { word, fold } = plan.words[at];
      const within = fold ? (lower ??= plain.toLowerCase()) : plain;
      // Two characters side by side that the text never has rule a word out without searching for it.
      const seen = fold
        ? (lowerPairs ??= pairsOf(within, plan.lowerPairs))
        : (pairs ??= pairsOf(within, plan.pairs));
      known[at] = hasPairs(seen, word) && within.includes(word) ? 1 : -1;
    }
    return known[at] > 0;
  };
  for (const [key, list] of plan.lists) {
    const kept: RegExp[] = [];
    for (const { re, at } of list) if (holds(at)) kept.push(re);
    regexes[key] = kept.length ? kept : [list[list.length - 1].re];
  }
}
