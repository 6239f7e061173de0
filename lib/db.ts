/**
 * The database handle that pages, actions and route handlers hand to lib/ services and reads: app/ never
 * imports db/ (docs/ARCHITECTURE.md, « Layers »), it gets the handle here and the queries through lib/.
 */
export { getDb } from "@/db/client";
