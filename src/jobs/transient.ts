// Which failures are worth another try on the next run: Google's transient errors; anything else is final.

const TRANSIENT =
  /service unavailable|exceeded maximum execution|too many times|timed? ?out|try again|internal error|backend error|rate limit|server error|temporarily/i;

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function isTransient(err: unknown): boolean {
  return TRANSIENT.test(errorText(err));
}
