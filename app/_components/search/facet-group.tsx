/**
 * One facet as a group of checkboxes with counts; a GET form submits it (AutoSubmit adds instant updates).
 * Counts are shown only when `counted` (the engine counted every match): past MAX_TOTAL_HITS they cover
 * only the first matches, so the values are listed without numbers.
 */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export function FacetGroup({
  name,
  legend,
  options,
  selected,
  counted = true,
}: {
  name: string;
  legend: string;
  options: FacetOption[];
  selected: string[];
  counted?: boolean;
}) {
  if (options.length === 0 && selected.length === 0) return null;
  const shown = [...options];
  for (const value of selected) if (!shown.some((o) => o.value === value)) shown.push({ value, label: value, count: 0 });
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {shown.map((o) => {
        const id = `facet-${name}-${o.value}`;
        return (
          <div key={o.value} className="checkbox">
            <input id={id} type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
            <label htmlFor={id}>
              {o.label}
              {counted ? (
                <>
                  {" "}
                  <span className="muted">({o.count.toLocaleString("fr-FR")})</span>
                </>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Facet counts → options sorted by count, labelled. */
export function facetOptions(counts: Record<string, number> | undefined, label: (value: string) => string, limit = 12): FacetOption[] {
  return Object.entries(counts ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value, count]) => ({ value, label: label(value), count }));
}
