// The Origin column: a short label ("email", "photo") linked to where the lead came from. Only links to
// Google's own Gmail and Drive pages become links; the label is ours, so no text from outside is ever a formula.

/** The label of an Origin link, or undefined for a URL that is not a Gmail message or a Drive file. */
export function originLabel(url: string): "email" | "photo" | undefined {
  if (/^https:\/\/mail\.google\.com\/mail\/[\w/?=&#%.-]+$/.test(url)) return "email";
  if (/^https:\/\/(drive|docs)\.google\.com\/[\w/?=&%.-]+$/.test(url)) return "photo";
  return undefined;
}
