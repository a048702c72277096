// Java SimpleDateFormat patterns (what Utilities.formatDate/parseDate take) over IANA time zones via Intl.
import { fixedOffset, fromWallClock, isValidZone, normalizeZone, wallClock, zoneOffsetMinutes } from "../util/zone";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Java falls back to GMT for a time zone id it does not know (Apps Script does the same). */
export function javaZone(tz: string): string {
  const z = normalizeZone(tz);
  return isValidZone(z) ? z : "UTC";
}

type Token = { field: string; count: number } | { literal: string };

export function tokenizePattern(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = "";
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new Error(`Illegal pattern: unterminated quote in ${pattern}`);
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else text += pattern[j++];
      }
      out.push({ literal: text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      if (!"GyYMLdEuHkKhmsSaZzXD".includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      out.push({ field: c, count: j - i });
      i = j;
    } else {
      out.push({ literal: c });
      i++;
    }
  }
  return out;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");

function offsetText(minutes: number, style: "Z" | "X1" | "X2" | "X3"): string {
  if (minutes === 0 && style !== "Z") return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === "X1") return `${sign}${h}`;
  if (style === "X3") return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function shortZoneName(date: Date, tz: string, offset: number): string {
  if (fixedOffset(tz) !== null) return offset === 0 ? "GMT" : `GMT${offsetText(offset, "X3")}`;
  const name = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "";
  if (fixedOffset(tz) === null && /^[A-Z]{2,5}$/.test(name) && name !== "GMT" && name !== "UTC") return name;
  if (offset === 0) return tz === "UTC" || tz === "Etc/UTC" ? "UTC" : "GMT";
  return `GMT${offsetText(offset, "X3")}`;
}

export function formatJavaDate(date: Date, tz: string, pattern: string): string {
  const zone = javaZone(tz);
  const w = wallClock(date, zone);
  const offset = zoneOffsetMinutes(date, zone);
  const dayOfYear = Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
  return tokenizePattern(pattern)
    .map((t) => {
      if ("literal" in t) return t.literal;
      const n = t.count;
      switch (t.field) {
        case "G": return w.year > 0 ? "AD" : "BC";
        case "y": case "Y": return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        case "M": case "L": return n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        case "d": return pad(w.day, n);
        case "D": return pad(dayOfYear, n);
        case "E": return n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
        case "u": return String(w.weekday === 0 ? 7 : w.weekday);
        case "H": return pad(w.hour, n);
        case "k": return pad(w.hour === 0 ? 24 : w.hour, n);
        case "K": return pad(w.hour % 12, n);
        case "h": return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        case "m": return pad(w.minute, n);
        case "s": return pad(w.second, n);
        case "S": return pad(w.ms, n);
        case "a": return w.hour < 12 ? "AM" : "PM";
        case "Z": return offsetText(offset, "Z");
        case "X": return offsetText(offset, n === 1 ? "X1" : n === 2 ? "X2" : "X3");
        case "z": return n >= 4 ? zone : shortZoneName(date, zone, offset);
      }
      return "";
    })
    .join("");
}

/** SimpleDateFormat.parse, for the numeric and name fields; throws Java's "Unparseable date" otherwise. */
export function parseJavaDate(text: string, tz: string, pattern: string): Date {
  const fail = () => new Error(`Unparseable date: "${text}"`);
  const f: Record<string, number> = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0 };
  let pm: boolean | undefined;
  let offset: number | undefined;
  let pos = 0;
  const tokens = tokenizePattern(pattern);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ("literal" in t) {
      if (!text.startsWith(t.literal, pos)) throw fail();
      pos += t.literal.length;
      continue;
    }
    const rest = text.slice(pos);
    const nextIsNumber = i + 1 < tokens.length && "field" in tokens[i + 1];
    const names = (list: string[]) => {
      const idx = list.findIndex((name) => rest.toLowerCase().startsWith(name.toLowerCase()) || rest.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()));
      if (idx < 0) throw fail();
      pos += rest.toLowerCase().startsWith(list[idx].toLowerCase()) ? list[idx].length : 3;
      return idx;
    };
    if ((t.field === "M" || t.field === "L") && t.count >= 3) f.M = names(MONTHS) + 1;
    else if (t.field === "E") names(DAYS);
    else if (t.field === "a") {
      const m = /^(AM|PM)/i.exec(rest);
      if (!m) throw fail();
      pm = m[1].toUpperCase() === "PM";
      pos += 2;
    } else if (t.field === "Z" || t.field === "X") {
      const m = /^(Z|[+-]\d{2}(?::?\d{2})?)/.exec(rest);
      if (!m) throw fail();
      const v = m[1];
      offset = v === "Z" ? 0 : (v[0] === "-" ? -1 : 1) * (Number(v.slice(1, 3)) * 60 + Number(v.replace(":", "").slice(3, 5) || 0));
      pos += v.length;
    } else {
      const m = (nextIsNumber ? new RegExp(`^\\d{1,${t.count}}`) : /^\d+/).exec(rest);
      if (!m) throw fail();
      pos += m[0].length;
      const key = t.field === "h" || t.field === "k" || t.field === "K" ? "H" : t.field === "Y" ? "y" : t.field;
      f[key] = Number(m[0]);
      if (t.field === "y" && t.count === 2 && m[0].length <= 2) f.y += 2000;
    }
  }
  if (pm !== undefined) f.H = (f.H % 12) + (pm ? 12 : 0);
  if (f.M < 1 || f.M > 12 || f.d < 1 || f.d > 31 || f.H > 24 || f.m > 59 || f.s > 60) throw fail();
  if (offset !== undefined) return new Date(Date.UTC(f.y, f.M - 1, f.d, f.H, f.m, f.s, f.S) - offset * 60000);
  return fromWallClock(javaZone(tz), f.y, f.M, f.d, f.H, f.m, f.s, f.S);
}
