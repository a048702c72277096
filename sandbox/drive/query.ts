// Drive's query language (v2 for DriveApp.searchFiles, v3 for Drive.Files.list): parsed strictly, matched per file.
import type { StoredFile } from "./store";

export type DriveQuery =
  | { kind: "and" | "or"; items: DriveQuery[] }
  | { kind: "not"; item: DriveQuery }
  | { kind: "cmp"; field: string; op: string; value: string | boolean }
  | { kind: "in"; value: string; field: string }
  | { kind: "has"; field: string; key: string; value: string };

/** Field names each API version accepts, mapped to what the matcher reads. */
const FIELDS: Record<2 | 3, Record<string, string>> = {
  2: { title: "name", fullText: "fullText", mimeType: "mimeType", modifiedDate: "updated", createdDate: "created", trashed: "trashed", starred: "starred", properties: "properties", parents: "parents", description: "description" },
  3: { name: "name", fullText: "fullText", mimeType: "mimeType", modifiedTime: "updated", createdTime: "created", trashed: "trashed", starred: "starred", properties: "properties", appProperties: "appProperties", parents: "parents" },
};

export class DriveQueryError extends Error {}

function tokenize(q: string): string[] {
  const out: string[] = [];
  const re = /\s*('(?:\\.|[^'\\])*'|!=|<=|>=|[=<>(){}]|[A-Za-z_][A-Za-z0-9_]*|\S)/gy;
  for (let m = re.exec(q); m; m = re.exec(q)) out.push(m[1]);
  return out;
}

function unquote(tok: string | undefined): string {
  if (!tok || tok[0] !== "'") throw new DriveQueryError(`expected a quoted value, got ${tok}`);
  return tok.slice(1, -1).replace(/\\(.)/g, "$1");
}

export function parseDriveQuery(q: string, version: 2 | 3): DriveQuery {
  const toks = tokenize(q);
  let i = 0;
  const peek = () => toks[i];
  const next = () => toks[i++];
  const expect = (t: string) => {
    if (next() !== t) throw new DriveQueryError(`expected ${t}`);
  };
  const field = (name: string | undefined): string => {
    const f = name && FIELDS[version][name];
    if (!f) throw new DriveQueryError(`unknown field ${name}`);
    return f;
  };
  const parseOr = (): DriveQuery => {
    const items = [parseAnd()];
    while (peek()?.toLowerCase() === "or") {
      next();
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0] : { kind: "or", items };
  };
  const parseAnd = (): DriveQuery => {
    const items = [parseNot()];
    while (peek()?.toLowerCase() === "and") {
      next();
      items.push(parseNot());
    }
    return items.length === 1 ? items[0] : { kind: "and", items };
  };
  const parseNot = (): DriveQuery => {
    if (peek()?.toLowerCase() === "not") {
      next();
      return { kind: "not", item: parseNot() };
    }
    if (peek() === "(") {
      next();
      const inner = parseOr();
      expect(")");
      return inner;
    }
    return parseTerm();
  };
  const parseTerm = (): DriveQuery => {
    const first = next();
    if (first?.startsWith("'")) {
      if (next()?.toLowerCase() !== "in") throw new DriveQueryError("expected in");
      return { kind: "in", value: unquote(first), field: field(next()) };
    }
    const f = field(first);
    const op = next();
    if (op?.toLowerCase() === "has") {
      expect("{");
      const parts: Record<string, string> = {};
      for (;;) {
        const k = next();
        expect("=");
        parts[k] = unquote(next());
        if (peek()?.toLowerCase() === "and") next();
        else break;
      }
      expect("}");
      if (parts.key === undefined || parts.value === undefined) throw new DriveQueryError("has needs key and value");
      return { kind: "has", field: f, key: parts.key, value: parts.value };
    }
    if (!op || !["=", "!=", "<", "<=", ">", ">=", "contains"].includes(op.toLowerCase())) throw new DriveQueryError(`bad operator ${op}`);
    const raw = next();
    const value = raw === "true" ? true : raw === "false" ? false : unquote(raw);
    if ((f === "trashed" || f === "starred") !== (typeof value === "boolean")) throw new DriveQueryError(`bad value for ${f}`);
    return { kind: "cmp", field: f, op: op.toLowerCase(), value };
  };
  if (!toks.length) throw new DriveQueryError("empty query");
  const node = parseOr();
  if (i !== toks.length) throw new DriveQueryError(`unexpected ${toks[i]}`);
  return node;
}

/** Drive's `name contains` matches from the start of a word only: "HelloWorld" is found by 'Hello', not 'World'. */
function namePrefixMatch(name: string, needle: string): boolean {
  const n = name.toLowerCase();
  const v = needle.toLowerCase();
  for (let i = 0; i <= n.length - v.length; i++) {
    if ((i === 0 || !/[\p{L}\p{N}]/u.test(n[i - 1])) && n.startsWith(v, i)) return true;
  }
  return false;
}

function compare(a: string | number, op: string, b: string | number): boolean {
  switch (op) {
    case "=": return a === b;
    case "!=": return a !== b;
    case "<": return a < b;
    case "<=": return a <= b;
    case ">": return a > b;
    case ">=": return a >= b;
  }
  return false;
}

export function matchesDrive(node: DriveQuery, f: StoredFile): boolean {
  switch (node.kind) {
    case "and": return node.items.every((n) => matchesDrive(n, f));
    case "or": return node.items.some((n) => matchesDrive(n, f));
    case "not": return !matchesDrive(node.item, f);
    case "in": return f.parents.includes(node.value);
    case "has": {
      const props = node.field === "appProperties" ? f.appProperties : f.properties;
      return props[node.key] === node.value;
    }
    case "cmp": {
      const { field, op, value } = node;
      if (field === "trashed" || field === "starred") return op === "=" ? f[field] === value : op === "!=" && f[field] !== value;
      const v = String(value);
      if (field === "created" || field === "updated") {
        const t = Date.parse(v.endsWith("Z") || /[+-]\d\d:\d\d$/.test(v) ? v : v + "Z");
        if (isNaN(t)) throw new DriveQueryError(`bad date ${v}`);
        return compare(f[field].getTime(), op, t);
      }
      if (field === "fullText") {
        if (op !== "contains") throw new DriveQueryError("fullText takes contains");
        return [f.name, f.description, f.docText ?? ""].join("\n").toLowerCase().includes(v.toLowerCase());
      }
      const actual = field === "name" ? f.name : field === "mimeType" ? f.mimeType : f.description;
      if (op === "contains") return field === "name" ? namePrefixMatch(actual, v) : actual.includes(v);
      if (op !== "=" && op !== "!=") throw new DriveQueryError(`${op} is not allowed on ${field}`);
      return compare(actual, op, v);
    }
  }
}
