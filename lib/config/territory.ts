/**
 * The territory the platform serves is configuration: an EPCI (default: Métropole d'Aix-Marseille-Provence).
 * Another chamber sets TERRITORY_EPCI (and optionally TERRITORY_NAME) without touching code.
 */
import { z } from "@/lib/validation/zod";

const ZTerritoryEnv = z.object({
  TERRITORY_EPCI: z
    .string()
    .regex(/^\d{9}$/, "TERRITORY_EPCI doit être un code SIREN d'EPCI à 9 chiffres")
    .default("200054807"),
  TERRITORY_NAME: z.string().min(1).optional(),
});

export interface TerritoryConfig {
  epciCode: string;
  /** Overrides the EPCI's official name in the UI when set. */
  displayName?: string;
}

export function territoryConfig(env: NodeJS.ProcessEnv = process.env): TerritoryConfig {
  const parsed = ZTerritoryEnv.parse({ TERRITORY_EPCI: env.TERRITORY_EPCI || undefined, TERRITORY_NAME: env.TERRITORY_NAME || undefined });
  return { epciCode: parsed.TERRITORY_EPCI, displayName: parsed.TERRITORY_NAME };
}
