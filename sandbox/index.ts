// The sandbox: one Google account's Apps Script services, in memory, with a kernel that counts and faults.
import fs from "node:fs";
import path from "node:path";
import { Kernel, encodeState, decodeState } from "./kernel";
import { SHEET_SERVICES } from "./register-sheets";
import { MAIL_SERVICES } from "./register-mail";
import { createCardService } from "./card-service";
import { createContentService, createHtmlService } from "./web/web-output";
import { SheetsControl } from "./spreadsheet/control";
import { ScriptControl } from "./script/control";
import { virtualDate } from "./util/virtual-date";

export interface SandboxOptions {
  now?: Date;
  /** The account the script runs as. */
  user?: string;
  clockFollowsRealTime?: boolean;
  /** How the script is deployed: an add-on (time triggers at most hourly) or a script bound to the sheet. */
  deployment?: "addon" | "bound";
}

/** A service's factory: given the kernel (and the sandbox), the global object Apps Script code sees. */
export type ServiceFactory = (kernel: Kernel, sandbox: Sandbox) => unknown;

/** Every Apps Script global the sandbox provides, by its global name. */
export const SERVICES: Record<string, ServiceFactory> = {
  ...SHEET_SERVICES,
  ...MAIL_SERVICES,
  CardService: (kernel) => createCardService(kernel),
  ContentService: (kernel) => createContentService(kernel),
  HtmlService: (kernel) => createHtmlService(kernel),
};

export class Sandbox {
  readonly kernel: Kernel;
  readonly user: string;
  readonly deployment: "addon" | "bound";
  /** Test handle on the spreadsheet side: UI context, menus, user edits, raw workbook state. */
  readonly sheets: SheetsControl;
  /** Test handle on the script side: locks held by another run, executions, time triggers due and fired. */
  readonly script: ScriptControl;
  private globalsCache: Record<string, unknown> | null = null;

  constructor(opts: SandboxOptions = {}) {
    this.kernel = new Kernel({ now: opts.now, clockFollowsRealTime: opts.clockFollowsRealTime });
    this.user = opts.user ?? "owner@ledger-owner.example";
    this.deployment = opts.deployment ?? "bound";
    this.script = new ScriptControl(this.kernel, () => this.install());
    this.sheets = new SheetsControl(this.kernel, this.script, this.user);
    this.kernel.slice("account", () => ({ user: this.user, deployment: this.deployment }));
  }

  /** The Apps Script globals (SpreadsheetApp, GmailApp, …) over this sandbox's state. */
  get globals(): Record<string, unknown> {
    if (!this.globalsCache) {
      this.globalsCache = {};
      for (const [name, make] of Object.entries(SERVICES)) this.globalsCache[name] = make(this.kernel, this);
    }
    return this.globalsCache;
  }

  /** Puts the globals on `target` (globalThis by default), as Apps Script does before running code. */
  install(target: Record<string, unknown> = globalThis as never): () => void {
    const previous = new Map<string, unknown>();
    // `new Date()` in the script is the sandbox's clock (virtual in tests): time budgets see modelled latency.
    const globals = { ...this.globals, Date: virtualDate(() => this.kernel.now().getTime()) };
    for (const [k, v] of Object.entries(globals)) {
      previous.set(k, target[k]);
      target[k] = v;
    }
    return () => {
      for (const [k, v] of previous) {
        if (v === undefined) delete target[k];
        else target[k] = v;
      }
    };
  }

  save(dir: string): void {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "sandbox-state.json"), encodeState(this.kernel.state));
  }

  static load(dir: string, opts: SandboxOptions = {}): Sandbox {
    const file = path.join(dir, "sandbox-state.json");
    const state = fs.existsSync(file)
      ? (decodeState(fs.readFileSync(file, "utf8")) as Record<string, unknown>)
      : {};
    const account = state.account as { user?: string; deployment?: "addon" | "bound" } | undefined;
    const sb = new Sandbox({
      ...opts,
      user: opts.user ?? account?.user,
      deployment: opts.deployment ?? account?.deployment,
    });
    if (fs.existsSync(file))
      sb.kernel.state = { ...state, account: { ...account, user: sb.user, deployment: sb.deployment } };
    return sb;
  }
}
