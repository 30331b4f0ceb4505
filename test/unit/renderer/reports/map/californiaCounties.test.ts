import { readFileSync } from 'node:fs';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import californiaCounties from '../../../../../src/renderer/pages/reports/map/californiaCounties.json';

// The app's county list is the seed migration (ids and FIPS never change), so the map is checked
// against that file rather than a copy that could drift.
const seed = readFileSync(
  new URL('../../../../../src/db/migrations/0001_seed_counties.sql', import.meta.url),
  'utf8',
);
const seededCounties = [...seed.matchAll(/\(\d+, '([^']+)', '(06\d{3})'\)/g)].map(
  ([, name, fips]) => ({ fips, name }),
);

const topology = californiaCounties as unknown as Topology<{
  counties: GeometryCollection<{ name: string }>;
}>;
const counties = feature(topology, topology.objects.counties).features;

describe('the California county map', () => {
  it('has one shape for each of the 58 counties the app seeds, under the same FIPS and name', () => {
    expect(seededCounties).toHaveLength(58);
    const mapped = counties.map((county) => ({ fips: county.id, name: county.properties.name }));
    expect(mapped).toEqual(seededCounties);
  });

  it('gives every county an outline that projects to a visible shape', () => {
    const project = geoPath(geoConicEqualArea().parallels([34, 40.5]).rotate([120, 0]));
    for (const county of counties) {
      expect(county.geometry.type, county.properties.name).toMatch(/^(Multi)?Polygon$/);
      expect(project.area(county), county.properties.name).toBeGreaterThan(0);
    }
  });

  it('keeps only the arcs California uses, so the file stays small', () => {
    const rings = topology.objects.counties.geometries.flatMap((county) => {
      if (county.type === 'Polygon') return county.arcs;
      if (county.type === 'MultiPolygon') return county.arcs.flat();
      return [];
    });
    // A reversed arc is referenced as ~index.
    const used = new Set(rings.flat().map((index) => (index < 0 ? ~index : index)));
    expect([...used].sort((a, b) => a - b)).toEqual(topology.arcs.map((_, index) => index));
    expect(JSON.stringify(californiaCounties).length).toBeLessThan(100_000);
  });
});
