"use client";
/**
 * Bar and line charts (recharts), drawn in the browser. They are pictures of data the page also gives in
 * words (the figure's summary) and as a table ("Voir les données", chart-figure.tsx): the SVG is hidden
 * from assistive technology, which reads the figure's label instead.
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export type ChartUnit = "euro" | "percent" | "count";

export interface ChartSeries {
  key: string;
  name: string;
  /** A colour with at least 3:1 contrast on white. */
  color: string;
}

export interface ChartPoint {
  label: string;
  [key: string]: string | number | null;
}

const euro = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const euroShort = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });
const count = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

function formatter(unit: ChartUnit, short = false) {
  return (v: unknown) => {
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isFinite(n)) return "—";
    if (unit === "euro") return short ? `${euroShort.format(n)} €` : euro.format(n);
    if (unit === "percent") return percent.format(n);
    return count.format(n);
  };
}

/** True when at least one series has a non-zero value: otherwise the chart would be empty axes (0–4 €). */
export function hasData(data: ChartPoint[], series: ChartSeries[]): boolean {
  return data.some((p) => series.some((s) => typeof p[s.key] === "number" && p[s.key] !== 0));
}

/** Said instead of drawing axes around nothing; the figure's summary already says it to screen readers. */
function NoData() {
  return <p className="chart__empty">Aucune donnée à représenter sur la période.</p>;
}

const AXIS = { fontSize: 12, fill: "#4a5568" };
const STYLE = { width: "100%", height: 280 };

export function BarsChart({
  data,
  series,
  unit,
  stacked = false,
  horizontal = false,
}: {
  data: ChartPoint[];
  series: ChartSeries[];
  unit: ChartUnit;
  stacked?: boolean;
  /** Bars along long category names (activity families, communes), one row each. */
  horizontal?: boolean;
}) {
  if (!hasData(data, series)) return <NoData />;
  if (horizontal) return <HorizontalBars data={data} series={series} unit={unit} stacked={stacked} />;
  return (
    <BarChart data={data} responsive style={STYLE} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" />
      <YAxis tick={AXIS} tickFormatter={formatter(unit, true)} width={64} domain={unit === "percent" ? [0, 1] : undefined} />
      <Tooltip formatter={formatter(unit)} />
      {series.length > 1 ? <Legend /> : null}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId={stacked ? "s" : undefined} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

function HorizontalBars({ data, series, unit, stacked }: { data: ChartPoint[]; series: ChartSeries[]; unit: ChartUnit; stacked: boolean }) {
  // Tall enough for every category to keep its name on screen.
  const style = { width: "100%", height: Math.max(STYLE.height, 48 + data.length * (stacked ? 28 : 18 * series.length + 10)) };
  return (
    <BarChart data={data} layout="vertical" responsive style={style} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={AXIS} tickFormatter={formatter(unit, true)} domain={unit === "percent" ? [0, 1] : undefined} />
      <YAxis type="category" dataKey="label" tick={AXIS} width={180} interval={0} />
      <Tooltip formatter={formatter(unit)} />
      {series.length > 1 ? <Legend /> : null}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId={stacked ? "s" : undefined} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

export function LinesChart({
  data,
  series,
  unit,
  reference,
}: {
  data: ChartPoint[];
  series: ChartSeries[];
  unit: ChartUnit;
  reference?: { value: number; label: string };
}) {
  if (!hasData(data, series)) return <NoData />;
  return (
    <LineChart data={data} responsive style={STYLE} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" />
      <YAxis tick={AXIS} tickFormatter={formatter(unit, true)} width={64} domain={unit === "percent" ? [0, 1] : [0, "auto"]} />
      <Tooltip formatter={formatter(unit)} />
      <Legend />
      {reference ? (
        <ReferenceLine
          y={reference.value}
          stroke="#b4451f"
          strokeDasharray="6 4"
          label={{ value: reference.label, position: "insideTopLeft", fill: "#8f3618", fontSize: 12 }}
        />
      ) : null}
      {series.map((s) => (
        <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
      ))}
    </LineChart>
  );
}
