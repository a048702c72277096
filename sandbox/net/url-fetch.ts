// UrlFetchApp: only what Lead Ledger fetches — a Drive thumbnail with the user's OAuth token. Any other URL is
// a loud "not implemented" (the sandbox has no network), never a silent empty answer.
import type { Kernel } from "../kernel";
import { notImplemented } from "../kernel";
import { SandboxBlob } from "../base/blob";
import { strictObject } from "../strict-object";
import { driveState } from "../drive/store";
import { parseThumbnailUrl, renderThumbnail } from "../drive/thumbnail";

/** The token ScriptApp.getOAuthToken() gives for this sandbox's user. */
export function oauthTokenOf(kernel: Kernel): string {
  const user = kernel.slice("account", () => ({ user: "" })).user;
  return `ya29.sandbox-${Buffer.from(user).toString("base64url")}`;
}

type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

function response(kernel: Kernel, code: number, bytes: Uint8Array, type: string): GoogleAppsScript.URL_Fetch.HTTPResponse {
  const call = (m: string) => kernel.call(`UrlFetchApp.HTTPResponse.${m}`);
  return strictObject("UrlFetchApp.HTTPResponse", {
    getResponseCode: () => (call("getResponseCode"), code),
    getContent: () => (call("getContent"), Array.from(bytes, (b) => (b > 127 ? b - 256 : b))),
    getContentText: () => (call("getContentText"), Buffer.from(bytes).toString("utf8")),
    getBlob: () => (call("getBlob"), new SandboxBlob(kernel, bytes, type, null)),
    getHeaders: () => (call("getHeaders"), { "Content-Type": type, "Content-Length": String(bytes.length) }),
  }) as unknown as GoogleAppsScript.URL_Fetch.HTTPResponse;
}

export function createUrlFetchApp(kernel: Kernel): GoogleAppsScript.URL_Fetch.UrlFetchApp {
  return strictObject("UrlFetchApp", {
    fetch(url: string, params: Params = {}): GoogleAppsScript.URL_Fetch.HTTPResponse {
      kernel.call("UrlFetchApp.fetch");
      const thumb = parseThumbnailUrl(url);
      if (!thumb) return notImplemented(`UrlFetchApp.fetch of ${url} (the sandbox fetches Drive thumbnail links only)`);
      const auth = (params.headers as Record<string, string> | undefined)?.Authorization;
      const f = driveState(kernel).files[thumb.id];
      const fail = (code: number, text: string) => {
        if (params.muteHttpExceptions) return response(kernel, code, new TextEncoder().encode(text), "text/html");
        throw new Error(`Request failed for https://lh3.googleusercontent.com returned code ${code}. Truncated server response: ${text}`);
      };
      if (auth !== `Bearer ${oauthTokenOf(kernel)}`) return fail(403, "Forbidden");
      if (!f || f.trashed || !f.bytes) return fail(404, "Not Found");
      return response(kernel, 200, renderThumbnail(f.bytes, thumb.size), "image/jpeg");
    },
  }) as unknown as GoogleAppsScript.URL_Fetch.UrlFetchApp;
}
