// The unsubscribe web app's pages: a confirmation with one button (GET never unsubscribes: mail scanners
// follow links), and the result. Pure HTML strings.
import { escapeHtml } from "./html";

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family:Arial,Helvetica,sans-serif;max-width:32em;margin:3em auto;padding:0 1em;color:#222">${body}</body></html>`;

export function confirmPage(action: string, leadId: string, token: string, businessName: string): string {
  const who = businessName ? ` from ${escapeHtml(businessName)}` : "";
  return page(
    "Unsubscribe",
    `<h1 style="font-size:1.4em">Stop these emails?</h1><p>You will get no more emails like this${who}.</p>` +
      `<form method="post" action="${escapeHtml(action)}" target="_top">` +
      `<input type="hidden" name="lead" value="${escapeHtml(leadId)}"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
      `<button type="submit" style="font-size:1em;padding:.6em 1.2em">Unsubscribe</button></form>`,
  );
}

export function resultPage(ok: boolean): string {
  return ok
    ? page(
        "Unsubscribed",
        "<h1 style=\"font-size:1.4em\">You're unsubscribed.</h1><p>You won't get these emails again.</p>",
      )
    : page(
        "Link not valid",
        '<h1 style="font-size:1.4em">This link is not valid.</h1><p>Reply to the email with "unsubscribe" and you will be removed.</p>',
      );
}
