"use client";
/** The commune and NAF pickers used across forms. */
import { AsyncPicker, type PickerOption } from "./async-picker";
import { MultiPicker } from "./multi-picker";

interface CommuneItem {
  code: string;
  name: string;
  postalCodes: string[];
  inTerritory: boolean;
}
interface NafItem {
  code: string;
  label: string;
}

const communeOption = (c: CommuneItem): PickerOption => ({
  id: c.code,
  label: `${c.name}${c.postalCodes[0] ? ` (${c.postalCodes[0]})` : ""}`,
  detail: c.inTerritory ? "Sur le territoire" : `Hors territoire · INSEE ${c.code}`,
});
const nafOption = (n: NafItem): PickerOption => ({ id: n.code, label: `${n.code} — ${n.label}` });

type PickerProps = { name: string; label: string; hint?: string; error?: string; required?: boolean; defaultKey?: string; defaultLabel?: string };

export function CommunePicker(props: PickerProps) {
  return <AsyncPicker {...props} endpoint="/api/reference/communes" toOption={communeOption as (i: never) => PickerOption} placeholder="Nom ou code postal" />;
}

export function NafPicker(props: PickerProps) {
  return (
    <AsyncPicker
      {...props}
      endpoint="/api/reference/naf"
      toOption={nafOption as (i: never) => PickerOption}
      placeholder="Métier ou code NAF, ex. menuiserie, 43.32A"
    />
  );
}

interface AreaItem {
  id: string;
  label: string;
  detail: string;
}
const areaOption = (a: AreaItem): PickerOption => a;

type MultiProps = { name: string; label: string; hint?: string; error?: string; required?: boolean; defaults?: PickerOption[]; max?: number };

export function NafMultiPicker(props: MultiProps) {
  return (
    <MultiPicker
      {...props}
      endpoint="/api/reference/naf"
      toOption={nafOption as (i: never) => PickerOption}
      placeholder="Métier ou code NAF, ex. menuiserie, 43.32A"
    />
  );
}

export function AreaMultiPicker(props: MultiProps) {
  return (
    <MultiPicker
      max={50}
      {...props}
      endpoint="/api/reference/areas"
      toOption={areaOption as (i: never) => PickerOption}
      placeholder="Commune, code postal ou intercommunalité"
    />
  );
}
