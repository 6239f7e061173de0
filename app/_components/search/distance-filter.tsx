/** "Distance from a commune": a commune picker and a radius, part of the GET filter form. */
import { CommunePicker } from "../reference-pickers";

const RADII = [5, 10, 20, 30, 50, 100];

export function DistanceFilter({ commune, communeLabel, radius }: { commune?: string; communeLabel?: string; radius?: number }) {
  return (
    <fieldset className="facet">
      <legend>Distance</legend>
      <CommunePicker name="commune" label="À partir de la commune" defaultKey={commune} defaultLabel={communeLabel} />
      <div className="field">
        <label htmlFor="f-radius">Dans un rayon de</label>
        <select id="f-radius" name="radius" defaultValue={radius?.toString() ?? ""}>
          <option value="">Toute distance</option>
          {RADII.map((r) => (
            <option key={r} value={r}>
              {r} km
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
