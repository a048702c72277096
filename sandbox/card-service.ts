// CardService: every builder Apps Script declares, read from @types/google-apps-script, recording what is built.
import fs from "node:fs";
import path from "node:path";
import type { Kernel } from "./kernel";
import { notImplemented } from "./kernel";

/** One built thing (a Card, a widget, an action): its Apps Script type and every setter/adder call made on it. */
export interface Built {
  type: string;
  props: Record<string, unknown>;
  children: Record<string, unknown[]>;
}

interface Declared {
  /** interface name -> method name -> declared return type */
  methods: Map<string, Map<string, string>>;
  enums: Map<string, string[]>;
}

let declared: Declared | null = null;

/** Reads the CardService declarations once: the sandbox accepts exactly the methods Google documents. */
function declarations(): Declared {
  if (declared) return declared;
  const file = path.join(
    path.dirname(require.resolve("@types/google-apps-script/package.json")),
    "google-apps-script.card-service.d.ts",
  );
  const text = fs.readFileSync(file, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
  const methods = new Map<string, Map<string, string>>();
  const enums = new Map<string, string[]>();
  for (const m of text.matchAll(/\binterface (\w+)(?: extends [\w, ]+)? \{([\s\S]*?)\n {8}\}/g)) {
    const table = new Map<string, string>();
    for (const mm of m[2].matchAll(/^\s+(\w+)\([^)]*\):\s*([\w.]+)/gm)) table.set(mm[1], mm[2]);
    methods.set(m[1], table);
  }
  for (const m of text.matchAll(/\benum (\w+) \{([^}]*)\}/g)) {
    enums.set(m[1], m[2].split(",").map((s) => s.trim().split(/\s*=/)[0]).filter(Boolean));
  }
  declared = { methods, enums };
  return declared;
}

/** A builder or widget of Apps Script type `type`: declared setters record and chain; anything else is loud. */
function makeObject(type: string, kernel: Kernel): unknown {
  const table = declarations().methods.get(type);
  if (!table) return notImplemented(`CardService type ${type}`);
  const built: Built = { type, props: {}, children: {} };
  const self: object = new Proxy(built, {
    get(target, prop) {
      if (prop === "toJSON") return () => target;
      if (prop === "__built") return target;
      if (typeof prop !== "string" || prop in target) return Reflect.get(target, prop);
      const returns = table.get(prop);
      if (!returns) return notImplemented(`CardService.${type}.${prop}`);
      return (...args: unknown[]) => {
        if (prop === "build" || prop.startsWith("get") || prop.startsWith("print")) {
          if (prop === "build") return finish(target, returns);
          return notImplemented(`CardService.${type}.${prop}`);
        }
        const value = args.length <= 1 ? unwrap(args[0]) : args.map(unwrap);
        if (prop.startsWith("add")) (target.children[prop.slice(3)] ??= []).push(value);
        else target.props[prop.replace(/^set/, "")] = value;
        return returns === type ? self : makeObject(returns, kernel);
      };
    },
  });
  return self;
}

function finish(b: Built, returns: string): Built {
  return { ...b, type: returns };
}

function unwrap(v: unknown): unknown {
  if (v && typeof v === "object" && "__built" in (v as object)) return (v as { __built: Built }).__built;
  return v;
}

/** The CardService global. */
export function createCardService(kernel: Kernel): GoogleAppsScript.Card_Service.CardService {
  const { methods, enums } = declarations();
  const service = methods.get("CardService") ?? new Map<string, string>();
  return new Proxy({} as GoogleAppsScript.Card_Service.CardService, {
    get(_t, prop) {
      if (typeof prop !== "string") return undefined;
      if (enums.has(prop)) return Object.fromEntries(enums.get(prop)!.map((k) => [k, k]));
      const returns = service.get(prop);
      if (!returns || !prop.startsWith("new")) return notImplemented(`CardService.${prop}`);
      return () => makeObject(returns, kernel);
    },
  });
}

/** Reads a built card back as plain data (what a test asserts about what the user sees). */
export function cardJson(card: unknown): Built {
  return JSON.parse(JSON.stringify(card)) as Built;
}
