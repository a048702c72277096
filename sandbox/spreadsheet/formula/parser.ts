// Formula parser: Sheets formula text ("=SUM('Leads'!A:A)*2") to a small syntax tree.
import { parseA1, type GridRef } from "../a1";

export type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "err"; v: string }
  | { k: "ref"; ref: GridRef; text: string }
  | { k: "fn"; name: string; args: Node[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node }
  | { k: "pct"; a: Node };

export class FormulaSyntaxError extends Error {}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const CELLREF = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const RANGE = String.raw`(?:${CELLREF}(?::(?:\$?[A-Za-z]{1,3}\$?\d*))?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?:\$?\d+)?|\$?\d+:\$?\d+)`;
const TOKEN = new RegExp(
  [
    String.raw`(?<ws>\s+)`,
    String.raw`(?<str>"(?:[^"]|"")*")`,
    String.raw`(?<err>#(?:N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!|ERROR!))`,
    String.raw`(?<fn>[A-Za-z_][\w.]*)(?=\s*\()`,
    String.raw`(?<ref>(?:${SHEET})?${RANGE})(?![\w(])`,
    String.raw`(?<bool>TRUE|FALSE)(?![\w(])`,
    String.raw`(?<num>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)`,
    String.raw`(?<op><>|<=|>=|[-+*/^&=<>%(),;])`,
  ].join("|"),
  "iy",
);

export interface Token {
  type: string;
  text: string;
}

/** Every token of a formula, whitespace included (joining their text gives the formula back). */
export function tokenizeAll(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m || m.index !== at)
      throw new FormulaSyntaxError(`cannot read formula at "${src.slice(at, at + 12)}"`);
    const [type, text] = Object.entries(m.groups!).find(([, v]) => v !== undefined)!;
    out.push({ type, text });
  }
  return out;
}

const BINARY: { ops: string[] }[] = [
  { ops: ["=", "<>", "<", ">", "<=", ">="] },
  { ops: ["&"] },
  { ops: ["+", "-"] },
  { ops: ["*", "/"] },
  { ops: ["^"] },
];

/** Parses a formula (with or without its leading "="). */
export function parseFormula(formula: string): Node {
  const tokens = tokenizeAll(formula.replace(/^=/, "")).filter((t) => t.type !== "ws");
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (t: Token | undefined, ...ops: string[]): boolean =>
    !!t && t.type === "op" && ops.includes(t.text);
  const expect = (op: string): void => {
    if (!isOp(peek(), op)) throw new FormulaSyntaxError(`expected "${op}"`);
    i++;
  };

  const binary = (level: number): Node => {
    if (level === BINARY.length) return unary();
    let left = binary(level + 1);
    while (isOp(peek(), ...BINARY[level].ops)) {
      const op = tokens[i++].text;
      left = { k: "bin", op, a: left, b: binary(level + 1) };
    }
    return left;
  };
  const unary = (): Node => {
    if (isOp(peek(), "-")) {
      i++;
      return { k: "neg", a: unary() };
    }
    if (isOp(peek(), "+")) {
      i++;
      return unary();
    }
    let node = primary();
    while (isOp(peek(), "%")) {
      i++;
      node = { k: "pct", a: node };
    }
    return node;
  };
  const primary = (): Node => {
    const t = tokens[i++];
    if (!t) throw new FormulaSyntaxError("formula ends too early");
    switch (t.type) {
      case "num":
        return { k: "num", v: Number(t.text) };
      case "str":
        return { k: "str", v: t.text.slice(1, -1).replace(/""/g, '"') };
      case "bool":
        return { k: "bool", v: t.text.toUpperCase() === "TRUE" };
      case "err":
        return { k: "err", v: t.text.toUpperCase() };
      case "ref": {
        const ref = parseA1(t.text.replace(/\$/g, ""));
        if (!ref) throw new FormulaSyntaxError(`bad reference ${t.text}`);
        return { k: "ref", ref, text: t.text };
      }
      case "fn": {
        expect("(");
        const args: Node[] = [];
        if (!isOp(peek(), ")")) {
          do {
            args.push(isOp(peek(), ",", ";", ")") ? { k: "str", v: "" } : binary(0));
          } while (isOp(peek(), ",", ";") && ++i);
        }
        expect(")");
        return { k: "fn", name: t.text.toUpperCase(), args };
      }
    }
    if (isOp(t, "(")) {
      const inner = binary(0);
      expect(")");
      return inner;
    }
    throw new FormulaSyntaxError(`unexpected "${t.text}"`);
  };

  const tree = binary(0);
  if (i < tokens.length) throw new FormulaSyntaxError(`unexpected "${tokens[i].text}"`);
  return tree;
}
