import { geoConicEqualArea, geoPath } from 'd3-geo';
import { useId } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import californiaCounties from './californiaCounties.json';
import { binColours, binIndex, binLabel, quantileBins } from './mapScale';

export interface MapFigure {
  readonly label: string;
  readonly format: (value: number) => string;
}

const WIDTH = 480;
const HEIGHT = 560;
const BORDER = '#5c5c5c';
/** Hatch lines at 4.5:1 on white, so "no package" reads even over the pale fill and in print. */
const NO_PACKAGE_FILL = '#f0f0f0';
const NO_PACKAGE_HATCH = '#767676';
/** A neutral grey between the 2nd and 3rd blues in lightness, told apart from them by hue. */
const NO_VALUE_FILL = '#bdbdbd';
const NO_PACKAGE = 'no package';
const NO_VALUE = 'no value in package';

const topology = californiaCounties as unknown as Topology<{
  counties: GeometryCollection<{ name: string }>;
}>;
const countyFeatures = feature(topology, topology.objects.counties).features;
// California Albers (EPSG:3310): standard parallels 34° and 40.5°, central meridian 120° W.
const projection = geoConicEqualArea()
  .parallels([34, 40.5])
  .rotate([120, 0])
  .fitExtent(
    [
      [2, 2],
      [WIDTH - 2, HEIGHT - 2],
    ],
    { type: 'FeatureCollection', features: countyFeatures },
  );
const project = geoPath(projection);
/** The shapes never change, so they are projected once, not on every render. */
const counties = countyFeatures.map((county) => ({
  fips: String(county.id),
  name: county.properties.name,
  outline: project(county) ?? '',
}));

function Swatch({ fill }: { fill: string }) {
  return (
    <svg width="24" height="16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="23" height="15" fill={fill} stroke={BORDER} />
    </svg>
  );
}

const legendStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1.25rem',
  listStyle: 'none',
  padding: 0,
  margin: '0.5rem 0 0',
} as const;
const legendItemStyle = { display: 'flex', alignItems: 'center', gap: '0.4rem' } as const;

/**
 * California's 58 counties shaded by one figure of their report packages. The drawing is one image
 * to assistive technology (its caption names it); the page's table carries the same figures, so the
 * counties are not focusable, and each has a tooltip title for pointer users.
 */
export function CaliforniaMap({
  figure,
  values,
  title,
}: {
  figure: MapFigure;
  /**
   * FIPS code "06xxx" → the figure's value; a county absent from the map has no package. A null
   * value means the package has no value for that figure.
   */
  values: ReadonlyMap<string, number | null>;
  /** Accessible name of the map, e.g. "Leverage ratio by county, SFY 2025-26". */
  title: string;
}) {
  const id = useId();
  const captionId = `${id}caption`;
  const hatchId = `${id}no-package`;
  const hatch = `url(#${hatchId})`;
  // Only the counties drawn count towards the bins: a stray key must not shift every shade.
  const bins = quantileBins(counties.map((county) => values.get(county.fips) ?? null));
  const colours = binColours(bins.length);
  const shade = (value: number | null | undefined) => {
    if (value === undefined) return hatch;
    if (value === null) return NO_VALUE_FILL;
    return colours[binIndex(bins, value)] ?? NO_VALUE_FILL;
  };
  const described = (value: number | null | undefined) => {
    if (value === undefined) return NO_PACKAGE;
    return value === null ? NO_VALUE : figure.format(value);
  };

  return (
    <figure className="chart" style={{ maxWidth: `${WIDTH}px` }}>
      <figcaption id={captionId}>{title}</figcaption>
      <svg role="img" aria-labelledby={captionId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        <title>{title}</title>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={NO_PACKAGE_FILL} />
            <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={NO_PACKAGE_HATCH} strokeWidth="1" />
          </pattern>
        </defs>
        {counties.map((county) => {
          const value = values.get(county.fips);
          return (
            <path
              key={county.fips}
              d={county.outline}
              fill={shade(value)}
              stroke={BORDER}
              strokeWidth="0.5"
              strokeLinejoin="round"
            >
              <title>{`${county.name}: ${described(value)}`}</title>
            </path>
          );
        })}
      </svg>
      <ul aria-label={`${figure.label}: legend`} style={legendStyle}>
        {bins.map((bin, index) => (
          <li key={index} style={legendItemStyle}>
            <Swatch fill={colours[index] ?? NO_VALUE_FILL} />
            {binLabel(bin, figure.format)}
          </li>
        ))}
        <li style={legendItemStyle}>
          <Swatch fill={hatch} />
          No package
        </li>
        <li style={legendItemStyle}>
          <Swatch fill={NO_VALUE_FILL} />
          No value in package
        </li>
      </ul>
    </figure>
  );
}
