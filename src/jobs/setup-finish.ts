// The timed pass finishes a setup that a card started and had no time to end (labels, filter, folder, calendar).
import { PropsStore } from "../workspace/props";
import type { DeploymentMode } from "../workspace/triggers";
import { MODE_KEY, SETUP_PENDING_KEY, setupLedger } from "./setup";
import type { TimedContext, TimedJob } from "./timed";

export function finishSetup(ctx: Pick<TimedContext, "now">): { finished: string[] } | "nothing pending" {
  const props = new PropsStore();
  const pending = props.get(SETUP_PENDING_KEY);
  if (!pending) return "nothing pending";
  const mode = (props.get(MODE_KEY) as DeploymentMode | undefined) || "bound";
  setupLedger({ now: ctx.now, mode });
  return { finished: pending.split(", ") };
}

export const FINISH_SETUP_JOB: TimedJob = { name: "finish setup", run: finishSetup };
