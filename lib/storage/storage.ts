/**
 * Where uploaded bytes live. One small interface so a deployment can swap the disk for object storage;
 * metadata and authorization stay in the `files` table.
 */
export interface Storage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}
