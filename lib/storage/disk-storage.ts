/** Storage on the local disk (STORAGE_DIR, default .data/uploads). Keys are generated, never user input. */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Storage } from "./storage";

export class DiskStorage implements Storage {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    if (!/^[a-zA-Z0-9/_-]+$/.test(key) || key.includes("..")) throw new Error(`Invalid storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Uint8Array) {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: "wx" }); // keys are unique: never overwrite
  }

  get(key: string) {
    return readFile(this.pathOf(key));
  }

  async delete(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}

let storage: Storage | undefined;

export function getStorage(): Storage {
  storage ??= new DiskStorage(path.resolve(process.env.STORAGE_DIR ?? ".data/uploads"));
  return storage;
}
