// The lead-ledger command's help: usage of each command with every option and its default.

export const COMMANDS = ["parse", "run", "summary", "edit", "help"] as const;

const PARSE = `usage: lead-ledger parse FILE

Reads one input the way the add-on would and prints the lead it finds, as JSON.
  FILE   an e-mail (.eml), a business card photo (.png, .jpg, .jpeg, .gif, .bmp, .webp, .tif)
         or card text (.txt). Any other name: the content decides (RFC 5322 headers: e-mail;
         image bytes: photo; otherwise card text), and a note on stderr says which was assumed.

Environment: LEAD_LEDGER_REGION  region for card phone numbers without a country code (default: US)
`;

const RUN = `usage: lead-ledger run [--inbox DIR] [--cards DIR] [--history FILE] [--workspace DIR] [--now ISO-DATE] [--stats]

Runs Lead Ledger on a local sandbox of Google Workspace: delivers the inbox to the mailbox (as mail to the
capture label), puts the card photos in the Lead cards folder, sets up the ledger on first use, runs capture,
saves the workspace and writes the ledger as "Lead Ledger.xlsx" and one CSV per tab.

  --inbox DIR       .eml files to deliver (default: none). Other files are reported as skipped;
                    sub-folders are ignored with a warning.
  --cards DIR       card photos to upload (default: none): .png .jpg .jpeg .gif .webp .heic .pdf .txt
  --workspace DIR   the sandbox workspace, kept between runs (default: workspace, in the current folder)
  --now ISO-DATE    move the clock forward to this time, e.g. 2026-11-30T15:00:00Z (default: the workspace's
                    saved clock; a new one starts at the real time), firing every time trigger due on the way
  --history FILE    past leads to add, from a JSON file like examples/history/leads.json; dates count back
                    from the run's clock, each Lead ID is added once (default: none)
  --stats           also print the service calls made, as JSON (default: off)
  -h, --help        this help
`;

const EDIT = `usage: lead-ledger edit --workspace DIR --lead L-0001 --set "COLUMN=VALUE" [--set …]

Changes cells of one lead in the Leads tab as a person typing in the sheet would: the on-edit trigger fires
(stage dates, follow-up events). Columns are named by their header text.

  --workspace DIR   the sandbox workspace (default: workspace, in the current folder)
  --lead ID         the Lead ID of the row to change (required)
  --set "C=V"       the column and its new value, e.g. "Next follow-up=2026-12-10" or "Stage=Won" (at least one)
  -h, --help        this help

An unknown lead or column is an error (exit 2) and nothing is changed.
`;

const SUMMARY = `usage: lead-ledger summary [--workspace DIR] [--json]

Prints the Summary tab of a sandbox workspace as a person reads it: last week with its changes, the 12-week flow,
sources, cohorts, speed to lead, the leads not accounted for, lost and nurtured.

  --workspace DIR   the sandbox workspace (default: workspace, in the current folder)
  --json            one JSON object with the same numbers instead (default: off)
  -h, --help        this help
`;

const GENERAL = `usage: lead-ledger COMMAND [OPTIONS]

Commands:
  parse FILE    the lead one e-mail or card would give
  run           run Lead Ledger on a local sandbox workspace (mail in, ledger out)
  summary       print the Summary (last week, 12 weeks, sources, …) of a workspace
  edit          change a lead's cells as a person would (the on-edit trigger fires)
  help COMMAND  help on a command

Run "lead-ledger help run" or "lead-ledger run --help" for a command's options and defaults.
`;

/** The help text of `command` (general help when none), or undefined for a command that does not exist. */
export function helpText(command?: string): string | undefined {
  if (!command) return GENERAL;
  if (command === "run") return RUN;
  if (command === "parse") return PARSE;
  if (command === "edit") return EDIT;
  if (command === "summary") return SUMMARY;
  if (command === "help") return GENERAL;
  return undefined;
}

export function isHelpFlag(arg: string | undefined): boolean {
  return arg === "--help" || arg === "-h";
}
