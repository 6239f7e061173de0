/** A chart with no data says so instead of drawing empty axes. */
import { describe, expect, it } from "vitest";
import { hasData } from "../../app/_components/dashboards/charts";

const series = [
  { key: "local", name: "Local", color: "#000" },
  { key: "other", name: "Autre", color: "#111" },
];

describe("hasData", () => {
  it("is false for no points, zeros only or secrets only (null)", () => {
    expect(hasData([], series)).toBe(false);
    expect(
      hasData(
        [
          { label: "janv.", local: 0, other: 0 },
          { label: "févr.", local: 0, other: 0 },
        ],
        series,
      ),
    ).toBe(false);
    expect(hasData([{ label: "T1", local: null, other: null }], series)).toBe(false);
  });
  it("is true as soon as one series has one non-zero value", () => {
    expect(
      hasData(
        [
          { label: "janv.", local: 0, other: 0 },
          { label: "févr.", local: 0, other: 1200 },
        ],
        series,
      ),
    ).toBe(true);
  });
});
