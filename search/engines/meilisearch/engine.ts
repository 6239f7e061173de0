/**
 * The Meilisearch engine (used when MEILI_HOST is set): one index per SearchIndex, settings applied by
 * setup(). Every write waits for its task, so a suspended company is gone from results when the call returns.
 */
import { Meilisearch, type EnqueuedTaskPromise, type SearchParams, type Task } from "meilisearch";
import {
  FILTERABLE,
  MAX_TOTAL_HITS,
  SEARCH_INDEXES,
  SearchUnavailableError,
  type SearchDocument,
  type SearchEngine,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from "../../engine";
import { fromMeiliHit, toMeiliDocument, toMeiliFilter, toMeiliSort, type MeiliHit } from "./filter";
import { DEFAULT_INDEX_PREFIX, indexSettings, indexUid } from "./settings";

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Index name prefix (MEILI_INDEX_PREFIX), default "circuit_court_". */
  prefix?: string;
  /** Per HTTP request. */
  requestTimeoutMs?: number;
  /** How long a write waits for its task to be processed. */
  taskTimeoutMs?: number;
}

/** The part of a search response we read (the client's type depends on the pagination mode). */
interface MeiliResponse {
  hits: MeiliHit[];
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

const SNIPPET_WORDS = 30;
const MARK = { highlightPreTag: "<mark>", highlightPostTag: "</mark>" };

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  private readonly client: Meilisearch;
  private readonly prefix: string;
  private readonly taskTimeoutMs: number;

  constructor(options: MeilisearchEngineOptions) {
    this.prefix = options.prefix ?? DEFAULT_INDEX_PREFIX;
    this.taskTimeoutMs = options.taskTimeoutMs ?? 10_000;
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 5_000,
      defaultWaitOptions: { timeout: this.taskTimeoutMs, interval: 25 },
    });
  }

  private index(index: SearchIndex) {
    return this.client.index(indexUid(this.prefix, index));
  }

  /** Any client failure (network, timeout, HTTP error) becomes "search unavailable". */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw err instanceof SearchUnavailableError ? err : new SearchUnavailableError("meilisearch", err);
    }
  }

  /**
   * Enqueues a task and waits until it is processed. waitTask() resolves on failed tasks too, so the
   * status is checked here; `tolerated` error codes count as success (index already there, nothing to delete).
   */
  private async task(what: string, enqueue: () => EnqueuedTaskPromise, tolerated: string[] = []): Promise<void> {
    const task: Task = await this.call(() => enqueue().waitTask({ timeout: this.taskTimeoutMs }));
    if (task.status === "succeeded" || (task.error && tolerated.includes(task.error.code))) return;
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new SearchUnavailableError("meilisearch", new Error(`${what} (task ${task.uid}) ${reason}`));
  }

  async setup() {
    for (const index of SEARCH_INDEXES) {
      const uid = indexUid(this.prefix, index);
      await this.task(`create ${uid}`, () => this.client.createIndex(uid, { primaryKey: "id" }), ["index_already_exists"]);
      await this.task(`settings of ${uid}`, () => this.index(index).updateSettings(indexSettings(index)));
    }
  }

  async upsert(index: SearchIndex, documents: SearchDocument[]) {
    if (documents.length === 0) return;
    const body = documents.map(toMeiliDocument);
    await this.task(`upsert into ${index}`, () => this.index(index).addDocuments(body, { primaryKey: "id" }));
  }

  async remove(index: SearchIndex, ids: string[]) {
    if (ids.length === 0) return;
    await this.task(`remove from ${index}`, () => this.index(index).deleteDocuments(ids), ["index_not_found"]);
  }

  async clear(index: SearchIndex) {
    await this.task(`clear ${index}`, () => this.index(index).deleteAllDocuments(), ["index_not_found"]);
  }

  async health() {
    try {
      const { status } = await this.client.health();
      return status === "available" ? { ok: true } : { ok: false, detail: `status ${status}` };
    } catch (err) {
      const cause = (err as Error).cause;
      return { ok: false, detail: [(err as Error).message, cause instanceof Error ? cause.message : ""].filter(Boolean).join(": ") };
    }
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const page = Math.max(1, Math.floor(q.page ?? 1));
    const pageSize = Math.min(100, Math.max(1, Math.floor(q.pageSize ?? 20)));
    const filter = toMeiliFilter(q.index, q.filters);
    const sort = toMeiliSort(q.index, q.sort);
    // Unknown facets get an empty count, as on PostgreSQL, rather than a Meilisearch error.
    const facets = (q.facets ?? []).filter((f) => FILTERABLE[q.index].includes(f));
    const origin = q.sort?.by === "distance" ? q.sort.from : q.origin;
    const params: SearchParams = {
      filter: filter.length ? filter : undefined,
      sort,
      facets: facets.length ? facets : undefined,
      // page + hitsPerPage: Meilisearch then counts totalHits exhaustively, up to maxTotalHits.
      page,
      hitsPerPage: pageSize,
      // Every word must match (through synonyms, typos or prefix), like the PostgreSQL engine's AND.
      matchingStrategy: "all",
      // _formatted and _geoDistance are built from the retrieved attributes only: title, body, _geo needed.
      attributesToRetrieve: ["id", "title", "body", "_geo"],
      attributesToHighlight: ["title", "body"],
      attributesToCrop: ["body"],
      cropLength: SNIPPET_WORDS,
      ...MARK,
    };
    const response = (await this.call(() => this.index(q.index).search(q.text.trim(), params))) as unknown as MeiliResponse;
    // maxTotalHits (settings) is MAX_TOTAL_HITS: a count that reaches it is "at least", as on PostgreSQL.
    const counted = response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;
    return {
      hits: response.hits.map((hit) => fromMeiliHit(hit, origin)),
      total: Math.min(counted, MAX_TOTAL_HITS),
      totalIsExact: counted < MAX_TOTAL_HITS,
      facets: Object.fromEntries((q.facets ?? []).map((f) => [f, { ...(response.facetDistribution?.[f] ?? {}) }])),
      page,
      pageSize,
      tookMs: response.processingTimeMs,
    };
  }
}
