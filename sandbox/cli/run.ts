// `lead-ledger run`: deliver an inbox and card photos into a sandbox workspace, run setup and the jobs.

export async function runCommand(_args: string[]): Promise<number> {
  throw new Error("run is not built yet");
}
