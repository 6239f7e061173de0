import { describe, expect, it } from "vitest";
import { geoCells } from "@/search/engines/postgres/sql";

/** The cell tag of a point, as migration 0007's search.attribute_tags writes it. */
const cellOf = (lat: number, lng: number) => `_cell=${Math.floor(lat * 10)}:${Math.floor(lng * 10)}`;

describe("geo cells of a radius (PostgreSQL engine)", () => {
  it("covers every point of the circle, with no cell far outside it", () => {
    const near = { lat: 43.29287, lng: 5.56932, radiusKm: 20 };
    const cells = geoCells(near)!;
    for (let k = 0; k < 360; k += 5) {
      const a = (k * Math.PI) / 180;
      const lat = near.lat + (19.9 / 111.2) * Math.cos(a);
      const lng = near.lng + (19.9 / (111.2 * Math.cos((lat * Math.PI) / 180))) * Math.sin(a);
      expect(cells).toContain(cellOf(lat, lng));
    }
    expect(cells).not.toContain(cellOf(near.lat + 0.5, near.lng));
    expect(cells.length).toBeLessThan(60);
  });
  it("handles negative longitudes like SQL floor()", () => {
    expect(geoCells({ lat: 47.21, lng: -1.55, radiusKm: 1 })).toContain("_cell=472:-16");
  });
  it("gives up on huge radiuses (the distance test alone then)", () => {
    expect(geoCells({ lat: 43.3, lng: 5.4, radiusKm: 2000 })).toBeNull();
  });
});
