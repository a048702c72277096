// Loads an Apps Script bundle the way Apps Script does: a bare V8 context, only ECMAScript built-ins and
// the Apps Script globals, and reports what would break there.
import vm from "node:vm";
import { Sandbox } from "../../sandbox/index";

export interface BundleLoad {
  context: vm.Context;
  sandbox: Sandbox;
  /** Problems found: a load error, a service touched at load, a missing entry point. */
  errors: string[];
}

/** Every function name Apps Script may call: appsscript.json's add-on triggers and our handler table. */
export function manifestFunctionNames(manifest: unknown): string[] {
  const names = new Set<string>();
  const walk = (v: unknown, key = ""): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (typeof v === "string" && /(runFunction|onTriggerFunction|FunctionName)$/i.test(key))
      names.add(v);
  };
  walk(manifest);
  return [...names];
}

export function loadBundle(code: string, entryPoints: string[], sandbox = new Sandbox()): BundleLoad {
  const errors: string[] = [];
  let loading = true;
  const context = vm.createContext({});
  // Each service global is wrapped: touching one while the file loads is an error (Apps Script loads the whole
  // project on every execution, and a call there runs before any trigger can handle it).
  for (const [name, service] of Object.entries(sandbox.globals)) {
    context[name] = new Proxy(service as object, {
      get(target, prop, receiver) {
        if (loading && typeof prop === "string")
          errors.push(`${name}.${prop} touched while the bundle loads`);
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }
  const callsBefore = sandbox.kernel.totalCalls;
  try {
    vm.runInContext(code, context, { filename: "Code.js", timeout: 10000 });
  } catch (err) {
    errors.push(`the bundle fails to load: ${err instanceof Error ? err.message : String(err)}`);
  }
  loading = false;
  if (sandbox.kernel.totalCalls !== callsBefore)
    errors.push(`${sandbox.kernel.totalCalls - callsBefore} service calls while the bundle loads`);
  for (const name of entryPoints) {
    if (typeof context[name] !== "function") errors.push(`entry point ${name} is not a top-level function`);
  }
  return { context, sandbox, errors };
}
