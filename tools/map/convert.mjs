// Converts Natural Earth's country shapes, as the world-atlas package ships them (TopoJSON, ISO 3166-1
// numeric ids), into the small text file the application reads to draw its maps:
// src/main/resources/taxonomy/world-map.txt (see the header this script writes into it).
//
// Run with `npm ci && npm run build` in this folder. The output depends only on the pinned packages, so
// running it again gives the same file.
//
// Steps: every arc of the topology (a border shared by two countries, or a coast) is projected with the
// Natural Earth projection onto a map 1000 units wide, rounded to whole units and simplified
// (Douglas-Peucker, three quarters of a unit), once, so that neighbours keep exactly the same border; then each
// country's rings are assembled from those arcs (topojson-client) and written as an SVG path with
// relative moves. Countries too small for the 1:110m shapes (Malta, Cabo Verde, Singapore...) are taken
// from the 1:50m file as a dot at their largest island. Antarctica is left out (it would take a fifth of
// the map's height).

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { ALPHA2_BY_NAME_WITHOUT_ID, ALPHA2_BY_NUMERIC } from './iso-codes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUTPUT = join(HERE, '..', '..', 'src', 'main', 'resources', 'taxonomy', 'world-map.txt');
const ATLAS = join(HERE, 'node_modules', 'world-atlas');

const WIDTH = 1000;
const MARGIN = 2;
const TOLERANCE = 0.75;
const DOT_RADIUS = 3;
const LEFT_OUT = new Set(['AQ']);

/** The Natural Earth projection (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011), in radians. */
function naturalEarth(longitude, latitude) {
  const lambda = (longitude * Math.PI) / 180;
  const phi = (latitude * Math.PI) / 180;
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  const x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
  const y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
  return [x, y];
}

const HALF_WIDTH = naturalEarth(180, 0)[0];
const SCALE = (WIDTH - 2 * MARGIN) / (2 * HALF_WIDTH);

/** Projected and scaled, y downwards, not yet shifted to the top of the map. */
function project([longitude, latitude]) {
  const [x, y] = naturalEarth(longitude, latitude);
  return [(x + HALF_WIDTH) * SCALE + MARGIN, -y * SCALE];
}

/** The arcs of a quantized topology in longitude and latitude. */
function decodedArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas-Peucker: the points that stay within the tolerance of the line; both ends always kept. */
function simplify(points) {
  if (points.length <= 2) {
    return points;
  }
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let distance = TOLERANCE;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((point, i) => keep[i]);
}

/** Consecutive equal points (after rounding) as one. */
function withoutRepeats(points) {
  return points.filter((point, i) => i === 0 || point[0] !== points[i - 1][0] || point[1] !== points[i - 1][1]);
}

/** Points projected, simplified and rounded. */
function projected(points) {
  return withoutRepeats(simplify(points.map(project)).map(([x, y]) => [Math.round(x), Math.round(y)]));
}

/**
 * An arc that crosses the antimeridian (Fiji, the east of Russia) jumps from one edge of the map to the
 * other: the arc keeps the points on the side of its ends (where its neighbours join it), and each run of
 * points on the other side becomes a ring of its own, closed along the edge.
 */
function splitAtAntimeridian(arc) {
  const kept = [];
  const excursions = [];
  let excursion = null;
  for (let i = 0; i < arc.length; i++) {
    const jump = i > 0 && Math.abs(arc[i][0] - arc[i - 1][0]) > 180;
    if (jump) {
      if (excursion === null) {
        excursion = [];
      } else {
        excursions.push(excursion);
        excursion = null;
      }
    }
    (excursion ?? kept).push(arc[i]);
  }
  if (excursion !== null) {
    throw new Error('An arc that ends on the other side of the antimeridian');
  }
  return { kept, excursions };
}

/**
 * The topology with its arcs projected, rounded and simplified, ready for topojson-client, and the extra
 * rings that arcs crossing the antimeridian gave, by arc index.
 */
function projectedTopology(topology, leftOut) {
  const extraRings = new Map();
  const arcs = decodedArcs(topology).map((arc, index) => {
    if (leftOut.has(index)) {
      return []; // Antarctica's coast, which goes round the pole
    }
    const { kept, excursions } = splitAtAntimeridian(arc);
    if (excursions.length > 0) {
      extraRings.set(
        index,
        excursions.map((points) => {
          const ring = projected(points);
          return [...ring, ring[0]];
        }),
      );
    }
    return projected(kept);
  });
  return { topology: { type: 'Topology', arcs, objects: topology.objects }, extraRings };
}

/** The indexes of the arcs a geometry uses (a reversed arc ~i is arc i). */
function arcIndexes(geometry) {
  return (geometry.arcs ?? []).flat(3).map((index) => (index < 0 ? ~index : index));
}

function codeOf(geometry) {
  if (geometry.id !== undefined) {
    const code = ALPHA2_BY_NUMERIC[geometry.id];
    if (code === undefined) {
      throw new Error(`No ISO 3166-1 alpha-2 code for numeric id ${geometry.id} (${geometry.properties.name})`);
    }
    return code;
  }
  const name = geometry.properties.name;
  if (!(name in ALPHA2_BY_NAME_WITHOUT_ID)) {
    return undefined; // neither a country nor land that the 1:110m map needs
  }
  return ALPHA2_BY_NAME_WITHOUT_ID[name];
}

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') {
    return [geometry.coordinates];
  }
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates;
  }
  return [];
}

/** A ring as the surface it encloses (shoelace), unsigned. */
function area(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2);
}

const countries110 = JSON.parse(readFileSync(join(ATLAS, 'countries-110m.json'), 'utf8'));
const countries50 = JSON.parse(readFileSync(join(ATLAS, 'countries-50m.json'), 'utf8'));

// Rings of each code (null: land without a code of the directory).
const rings = new Map();
const leftOutArcs = new Set(
  countries110.objects.countries.geometries
    .filter((geometry) => LEFT_OUT.has(codeOf(geometry)))
    .flatMap(arcIndexes),
);
const { topology: projectedCountries, extraRings } = projectedTopology(countries110, leftOutArcs);
function addRing(code, points) {
  const ring = withoutRepeats(points);
  // A closed ring repeats its first point: at least three others make a surface.
  if (ring.length >= 4 && area(ring) > 0) {
    rings.set(code, [...(rings.get(code) ?? []), ring]);
  }
}
for (const geometry of countries110.objects.countries.geometries) {
  const code = codeOf(geometry);
  if (code === undefined || LEFT_OUT.has(code)) {
    continue;
  }
  for (const polygon of polygonsOf(feature(projectedCountries, geometry).geometry)) {
    for (const ring of polygon) {
      addRing(code, ring);
    }
  }
  for (const index of arcIndexes(geometry)) {
    for (const ring of extraRings.get(index) ?? []) {
      addRing(code, ring);
    }
  }
}

// Dots for the countries that the 1:110m shapes leave out, at the middle of their largest island.
const dots = new Map();
for (const geometry of countries50.objects.countries.geometries) {
  const code = geometry.id === undefined ? undefined : ALPHA2_BY_NUMERIC[geometry.id];
  if (code === undefined || code === null || rings.has(code) || dots.has(code) || LEFT_OUT.has(code)) {
    continue;
  }
  let largest;
  let largestArea = -1;
  for (const polygon of polygonsOf(feature(countries50, geometry).geometry)) {
    const outer = polygon[0].map(project);
    const surface = area(outer);
    if (surface > largestArea) {
      largestArea = surface;
      largest = outer;
    }
  }
  if (largest !== undefined) {
    const xs = largest.map(([x]) => x);
    const ys = largest.map(([, y]) => y);
    dots.set(code, [Math.round((Math.min(...xs) + Math.max(...xs)) / 2), Math.round((Math.min(...ys) + Math.max(...ys)) / 2)]);
  }
}

// The map's top: the northernmost point drawn, less the margin.
let top = Infinity;
let bottom = -Infinity;
for (const list of rings.values()) {
  for (const ring of list) {
    for (const [, y] of ring) {
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
}
for (const [, y] of dots.values()) {
  top = Math.min(top, y - DOT_RADIUS);
  bottom = Math.max(bottom, y + DOT_RADIUS);
}
const shift = MARGIN - top;
const height = bottom + shift + MARGIN;

/** An SVG path: each ring from the end of the one before (relative moves), closed. */
function path(list) {
  let d = '';
  let current = [0, 0];
  for (const ring of list) {
    const points = ring.slice(0, -1).map(([x, y]) => [x, y + shift]);
    const [x0, y0] = points[0];
    d += d === '' ? `M${x0} ${y0}` : `m${pair(x0 - current[0], y0 - current[1])}`;
    let previous = points[0];
    let deltas = '';
    for (const point of points.slice(1)) {
      deltas += (deltas === '' || point[0] - previous[0] < 0 ? '' : ' ') + pair(point[0] - previous[0], point[1] - previous[1]);
      previous = point;
    }
    d += `l${deltas}z`;
    current = points[0];
  }
  return d;
}

/** Two numbers as SVG path data, a minus sign doubling as separator. */
function pair(dx, dy) {
  return `${dx}${dy < 0 ? '' : ' '}${dy}`;
}

function box(list) {
  const xs = list.flatMap((ring) => ring.map(([x]) => x));
  const ys = list.flatMap((ring) => ring.map(([, y]) => y + shift));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].join(' ');
}

/** The box of the largest ring: the main land, which a country's own map is centred on. */
function mainBox(list) {
  return box([list.reduce((largest, ring) => (area(ring) > area(largest) ? ring : largest))]);
}

const lines = [
  '# The countries of the maps, drawn from Natural Earth (public domain, naturalearthdata.com) as the',
  '# world-atlas 2.0.2 package ships them (ISC licence, copyright 2013-2019 Michael Bostock: see NOTICE).',
  '# Made by tools/map/convert.mjs: do not edit by hand.',
  '# Natural Earth projection; Antarctica left out. Lines after the size: code (ISO 3166-1 alpha-2, or -',
  '# for land that is no country of the directory), S (shape) or D (dot: too small for the 1:110m shapes),',
  '# the box of its largest ring and the box of all its rings (each min x, min y, max x, max y), and the',
  '# SVG path (for a dot: its centre).',
  `size ${WIDTH} ${Math.round(height)}`,
];
const sorted = [...rings.entries()].sort(([a], [b]) => (a ?? '-').localeCompare(b ?? '-'));
for (const [code, list] of sorted) {
  lines.push([code ?? '-', 'S', mainBox(list), box(list), path(list)].join('\t'));
}
for (const [code, [x, y]] of [...dots.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const yShifted = y + shift;
  const dotBox = [x - DOT_RADIUS, yShifted - DOT_RADIUS, x + DOT_RADIUS, yShifted + DOT_RADIUS].join(' ');
  lines.push([code, 'D', dotBox, dotBox, `${x} ${yShifted}`].join('\t'));
}
writeFileSync(OUTPUT, lines.join('\n') + '\n');
console.log(`${OUTPUT}: ${rings.size} shapes, ${dots.size} dots, ${lines.join('\n').length} bytes`);
