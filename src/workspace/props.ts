// The owner's properties (ids made by setup, settings snapshot, capture state): read once, written in batches.

/** Characters per stored value: 9 KB is the limit per value, and a character takes up to 3 bytes in UTF-8. */
const CHUNK = 2800;

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

  /** Keys that start with `prefix` and hold a value. */
  keys(prefix: string): string[] {
    const all = new Set([...Object.keys(this.values), ...Object.keys(this.pending)]);
    return [...all].filter((k) => k.startsWith(prefix) && this.get(k));
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
    const before = Number(this.get(`${key}#chunks`) ?? 0);
    const n = text.length <= CHUNK ? 0 : Math.ceil(text.length / CHUNK);
    for (let i = 0; i < n; i++) this.set(`${key}#${i}`, text.slice(i * CHUNK, (i + 1) * CHUNK));
    // Chunks left from a longer value are emptied, so the store never fills up with stale pieces.
    for (let i = n; i < before; i++) this.set(`${key}#${i}`, "");
    if (n || before) this.set(`${key}#chunks`, String(n));
    this.set(key, n ? "" : text);
  }

  /** Writes every pending change in one call. */
  flush(): void {
    if (!Object.keys(this.pending).length) return;
    this.store.setProperties(this.pending);
    Object.assign(this.values, this.pending);
    this.pending = {};
  }
}
