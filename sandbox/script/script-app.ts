// The ScriptApp global: triggers of this project, the script id, enums.
import type { Kernel } from "../kernel";
import { strict, declaredEnums } from "../strict";
import { scriptState } from "./state";
import { oauthTokenOf } from "../net/url-fetch";
import { TRIGGER_ERRORS, makeTrigger, triggerBuilder, type Deployment } from "./triggers";

export function createScriptApp(
  kernel: Kernel,
  deployment: Deployment,
  user: string,
): GoogleAppsScript.Script.ScriptApp {
  const call = (m: string): void => kernel.call(`ScriptApp.${m}`);
  const enums = declaredEnums("script");
  const mine = () => scriptState(kernel).triggers.filter((t) => t.user === user);
  return strict(
    {
      ...enums,
      WeekDay: declaredEnums("base").Weekday,
      newTrigger: (functionName: string) => (
        call("newTrigger"),
        triggerBuilder(kernel, deployment, user, functionName)
      ),
      getProjectTriggers: () => (call("getProjectTriggers"), mine().map((t) => makeTrigger(kernel, t))),
      getUserTriggers: (doc: GoogleAppsScript.Spreadsheet.Spreadsheet) => {
        call("getUserTriggers");
        const id = (doc as unknown as { bookId?: string }).bookId;
        return mine()
          .filter((t) => t.sourceId === id)
          .map((t) => makeTrigger(kernel, t));
      },
      deleteTrigger: (trigger: GoogleAppsScript.Script.Trigger) => {
        call("deleteTrigger");
        const id = (trigger as unknown as { triggerId?: string }).triggerId;
        const state = scriptState(kernel);
        const i = state.triggers.findIndex((t) => t.id === id);
        if (i < 0) throw new Error(TRIGGER_ERRORS.missing);
        state.triggers.splice(i, 1);
      },
      getScriptId: () => (call("getScriptId"), scriptState(kernel).scriptId),
      getOAuthToken: () => (call("getOAuthToken"), oauthTokenOf(kernel)),
    },
    "script",
    "ScriptApp",
    "ScriptApp",
  ) as unknown as GoogleAppsScript.Script.ScriptApp;
}
