// `lead-ledger summary --workspace DIR [--json]`: the Summary of a sandbox workspace, as a person reads it.
import { Sandbox } from "../index";
import { execution } from "./run-jobs";
import { TAB_NAMES } from "../../src/core/ledger/columns";
import { PropsStore } from "../../src/workspace/props";
import { openLedger } from "../../src/workspace/spreadsheet";
import { loadSettings } from "../../src/jobs/settings";
import { ledgerSummary } from "../../src/jobs/summary";
import type { Summary } from "../../src/core/summary/summary";
import { formatSummary } from "./summary-text";
import { openWorkspace } from "./workspace";

function parseArgs(args: string[]): { workspace: string; json: boolean } {
  const out = { workspace: "workspace", json: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--workspace") {
      const v = args[++i];
      if (v === undefined) throw new Error("--workspace needs a value");
      out.workspace = v;
    } else if (args[i] === "--json") out.json = true;
    else throw new Error(`unknown option ${args[i]}`);
  }
  return out;
}

/** The workspace's Summary, computed by the same core code the tab and the email use, at the sandbox's clock. */
export function workspaceSummary(sandbox: Sandbox): Summary | null {
  return execution(sandbox, () => {
    const props = new PropsStore();
    const ss = openLedger(props);
    const leads = ss?.getSheetByName(TAB_NAMES.leads);
    if (!ss || !leads) return null;
    return ledgerSummary(
      leads,
      loadSettings(props, () => ss),
      sandbox.kernel.now(),
    );
  });
}

export async function summaryCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  // The Summary as of the workspace's own clock (where `run --now` left it), not the real date.
  const sandbox = openWorkspace(args.workspace);
  const summary = workspaceSummary(sandbox);
  if (!summary) {
    process.stderr.write(
      `lead-ledger: no ledger in ${args.workspace} yet (run \`lead-ledger run --workspace ${args.workspace}\` first)\n`,
    );
    return 1;
  }
  process.stdout.write(args.json ? JSON.stringify(summary, null, 2) + "\n" : formatSummary(summary) + "\n");
  return 0;
}
