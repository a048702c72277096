// The owner's properties (ids made by setup, settings snapshot, capture state): read once, written in batches.

const CHUNK = 8000;

/** One run's view of the user properties: one read at start, changes written with one call. */
export class PropsStore {
  private values: Record<string, string>;
  private pending: Record<string, string> = {};

  constructor(
    private readonly store: GoogleAppsScript.Properties.Properties = PropertiesService.getUserProperties(),
  ) {
    this.values = store.getProperties();
  }

  /** Reads the store again (after another job, e.g. setup, wrote to it). */
  reload(): void {
    this.values = { ...this.store.getProperties(), ...this.pending };
  }

  get(key: string): string | undefined {
    return key in this.pending ? this.pending[key] : this.values[key];
  }

  getJson<T>(key: string, fallback: T): T {
    const count = Number(this.get(`${key}#chunks`) ?? 0);
    const raw =
      count > 0
        ? Array.from({ length: count }, (_x, i) => this.get(`${key}#${i}`) ?? "").join("")
        : this.get(key);
    if (!raw) return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  }

  /** Queues a change; a value equal to the stored one is not written again. */
  set(key: string, value: string): void {
    if (this.get(key) === value || (value === "" && this.get(key) === undefined)) return;
    this.pending[key] = value;
  }

  /** Stores JSON, split into chunks under the per-value size limit. */
  setJson(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    if (text.length <= CHUNK) {
      this.set(key, text);
      if (Number(this.get(`${key}#chunks`) ?? 0) > 0) this.set(`${key}#chunks`, "0");
      return;
    }
    const n = Math.ceil(text.length / CHUNK);
    for (let i = 0; i < n; i++) this.set(`${key}#${i}`, text.slice(i * CHUNK, (i + 1) * CHUNK));
    this.set(`${key}#chunks`, String(n));
    this.set(key, "");
  }

  /** Writes every pending change in one call. */
  flush(): void {
    if (!Object.keys(this.pending).length) return;
    this.store.setProperties(this.pending);
    Object.assign(this.values, this.pending);
    this.pending = {};
  }
}
