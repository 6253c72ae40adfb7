/** Persistence: the Store interface and its implementations (SQLite by default). */
export type * from './types.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite.js';
export { contentHash, ftsQuery, searchText } from './text-keys.js';

import { SqliteStore, type SqliteStoreOptions } from './sqlite.js';
import type { Store } from './types.js';

/**
 * Opens the store a location names. Today every location is a SQLite file; a `postgres://` URL is where a
 * PostgreSQL implementation plugs in, without callers changing.
 */
export function openStore(location: string, options: SqliteStoreOptions = {}): Store {
  if (/^postgres(ql)?:\/\//.test(location))
    throw new Error('PostgreSQL stores are not implemented yet; use a SQLite file');
  return new SqliteStore(location, options);
}
