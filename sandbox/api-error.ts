// How Apps Script reports an advanced service's failure: "API call to <method> failed with error: <message>".

export function apiError(method: string, message: string): Error {
  const err = new Error(`API call to ${method} failed with error: ${message}`);
  err.name = "GoogleJsonResponseException";
  return err;
}
