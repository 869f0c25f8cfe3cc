import type { Adapter, AdapterPayload, ClientMetadata } from 'oidc-provider';

interface Entry {
  readonly payload: AdapterPayload;
  readonly expiresAt: number | undefined;
}

/** Storage shared by every model's adapter instance of one provider. */
export interface MemoryStore {
  readonly entries: Map<string, Entry>;
  /** Clients are not stored: they are computed when asked, so the relying party's URL can be set after start. */
  readonly clients: () => readonly ClientMetadata[];
}

/**
 * oidc-provider's storage port, in memory. The development provider forgets its sessions on restart, which is what
 * a development provider should do. Expired entries are dropped when read and swept when written.
 */
export function memoryAdapter(store: MemoryStore): new (model: string) => Adapter {
  return class MemoryAdapter implements Adapter {
    readonly #model: string;

    constructor(model: string) {
      this.#model = model;
    }

    #key(id: string): string {
      return `${this.#model}:${id}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      sweep(store);
      store.entries.set(this.#key(id), {
        payload,
        expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined,
      });
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      if (this.#model === 'Client') {
        return store.clients().find((c) => c.client_id === id) as AdapterPayload | undefined;
      }
      return read(store, this.#key(id));
    }

    async findByUserCode(): Promise<AdapterPayload | undefined> {
      return undefined;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      for (const [key, entry] of store.entries) {
        if (key.startsWith(`${this.#model}:`) && entry.payload.uid === uid) return read(store, key);
      }
      return undefined;
    }

    async consume(id: string): Promise<void> {
      const entry = store.entries.get(this.#key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      store.entries.delete(this.#key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [key, entry] of store.entries) {
        if (entry.payload.grantId === grantId) store.entries.delete(key);
      }
    }
  };
}

function read(store: MemoryStore, key: string): AdapterPayload | undefined {
  const entry = store.entries.get(key);
  if (!entry) return undefined;
  if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
    store.entries.delete(key);
    return undefined;
  }
  return entry.payload;
}

function sweep(store: MemoryStore): void {
  const now = Date.now();
  for (const [key, entry] of store.entries) {
    if (entry.expiresAt !== undefined && entry.expiresAt <= now) store.entries.delete(key);
  }
}
