// The HTML part of a nurture email: the same words as the text, paragraphs kept, the unsubscribe link a link.

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function bodyHtml(
  text: string,
  marker: string,
  unsubscribeUrl: string,
  businessName: string,
  businessAddress: string,
): string {
  const link = `<a href="${escapeHtml(unsubscribeUrl)}">unsubscribe</a>`;
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).split(escapeHtml(marker)).join(link).replace(/\n/g, "<br>\n")}</p>`);
  const footer = [businessName, businessAddress].filter(Boolean).map(escapeHtml).join("<br>\n");
  return [
    "<!DOCTYPE html>",
    '<html><head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
    ...paragraphs,
    footer ? `<p style="color:#777;font-size:12px">${footer}</p>` : "",
    "</body></html>",
  ].join("\n");
}
