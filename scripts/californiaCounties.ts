// `npm run map:counties`: the county map's shapes, cut from us-atlas so the app ships no national
// file and fetches nothing (the renderer's CSP allows no remote origin).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { bbox } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Polygon,
  Topology,
} from 'topojson-specification';

interface CountyProperties {
  name: string;
}
type CountyGeometry = (Polygon<CountyProperties> | MultiPolygon<CountyProperties>) & {
  id: string;
  properties: CountyProperties;
};

const CALIFORNIA_FIPS = '06';
const source = createRequire(import.meta.url).resolve('us-atlas/counties-10m.json');
const target = fileURLToPath(
  new URL('../src/renderer/pages/reports/map/californiaCounties.json', import.meta.url),
);

const nation = JSON.parse(readFileSync(source, 'utf8')) as Topology<{
  counties?: GeometryCollection<CountyProperties>;
}>;
const countiesObject = nation.objects.counties;
if (countiesObject?.type !== 'GeometryCollection') {
  throw new Error(`${source} has no counties collection; has us-atlas changed its layout?`);
}

function isCounty(geometry: GeometryObject<CountyProperties>): geometry is CountyGeometry {
  return (
    (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
    String(geometry.id).startsWith(CALIFORNIA_FIPS)
  );
}

const counties = countiesObject.geometries
  .filter(isCounty)
  .sort((a, b) => a.id.localeCompare(b.id));

// Arcs are shared between neighbours and referenced by index (negative = reversed, as ~index), so
// the nation's 10,000-odd arcs are cut to the ones California uses and renumbered in first-use order.
// Each quantized arc starts from an absolute position, so dropping others leaves it intact.
const renumbered = new Map<number, number>();
const keptArcs: Topology['arcs'] = [];
function keep(index: number): number {
  const original = index < 0 ? ~index : index;
  let kept = renumbered.get(original);
  if (kept === undefined) {
    kept = keptArcs.length;
    renumbered.set(original, kept);
    const arc = nation.arcs[original];
    if (!arc) throw new Error(`Arc ${original} is missing from ${source}.`);
    keptArcs.push(arc);
  }
  return index < 0 ? ~kept : kept;
}
const ring = (arcs: number[]) => arcs.map(keep);

const geometries: CountyGeometry[] = counties.map((county) => {
  const properties = { name: county.properties.name };
  return county.type === 'Polygon'
    ? { type: 'Polygon', id: county.id, properties, arcs: county.arcs.map(ring) }
    : {
        type: 'MultiPolygon',
        id: county.id,
        properties,
        arcs: county.arcs.map((polygon) => polygon.map(ring)),
      };
});

const california: Topology = {
  type: 'Topology',
  ...(nation.transform ? { transform: nation.transform } : {}),
  objects: { counties: { type: 'GeometryCollection', geometries } },
  arcs: keptArcs,
};
california.bbox = bbox(california);

// Written in the repository's Prettier style so `npm run lint` passes without an ignore entry.
const text = await format(JSON.stringify(california), {
  ...(await resolveConfig(target)),
  filepath: target,
});
writeFileSync(target, text);
console.log(
  `Wrote ${geometries.length} counties and ${keptArcs.length} arcs (${text.length} bytes) to ${target}.`,
);
