// Generates ../../assets/korea-to-kursk-map.svg: a locator map from the Korean
// peninsula to Russia's Kursk region, for the article on North Korean troops.
// Run: cd tools/illustrations && npm ci && node korea-to-kursk-map.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoContains, geoMercator, geoStream } from "d3-geo";
import { feature, merge, mesh } from "topojson-client";

const W = 1200, H = 720;
const OUT = new URL("../../assets/korea-to-kursk-map.svg", import.meta.url);

// Natural Earth 1:50m admin-0 countries (public domain) via world-atlas.
// 1:110m turns the Korean peninsula into a blocky wedge; 1:50m keeps its shape
// and the point thinning below keeps the file small.
const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const geoms = topo.objects.countries.geometries;
const byId = (id) => geoms.find((g) => g.id === id);

// Natural Earth draws Crimea inside Russia (de facto control). News maps show
// internationally recognised borders, so move that polygon over to Ukraine.
const CRIMEA = [34.1, 44.95]; // Simferopol
const russia = byId("643"), ukraine = byId("804");
const crimeaIx = russia.arcs.findIndex((p) =>
  geoContains(feature(topo, { type: "Polygon", arcs: p }), CRIMEA));
if (crimeaIx >= 0) {
  ukraine.arcs = [...ukraine.arcs, russia.arcs[crimeaIx]];
  russia.arcs = russia.arcs.filter((_, i) => i !== crimeaIx);
}

// Mercator, the projection readers know from web maps: north is up
// everywhere, so the Korean peninsula keeps its familiar upright shape at the
// map's edge (a conic centred on Central Asia tilts it by over 30 degrees).
// The band from Ukraine's western border (~20°E) to Japan (~142°E) and from
// 25°N to 70°N has almost exactly the frame's 5:3 shape. Russia's far north
// is enlarged, which a locator map can afford.
const projection = geoMercator()
  .fitExtent([[0, 0], [W, H]], { type: "MultiPoint", coordinates: [[19.5, 70.3], [142, 24.8]] })
  .clipExtent([[-1, -1], [W + 1, H + 1]]);

// Own path writer instead of geoPath: each projected ring is simplified with
// Douglas-Peucker (TOL px tolerance: invisible at 1200 px, and what keeps the
// 1:50m data small), rounded to 0.1 px and written with relative "l"
// commands, which roughly halves the bytes again.
const TOL = 0.7;
const r1 = (v) => Math.round(v * 10) / 10;
const num = (v) => String(r1(v)).replace(/^(-?)0\./, "$1.");
function simplify(pts, tol) {
  if (pts.length < 3) return pts;
  let imax = 0, dmax = 0;
  const [ax, ay] = pts[0], [bx, by] = pts[pts.length - 1];
  const len = Math.hypot(bx - ax, by - ay);
  for (let i = 1; i < pts.length - 1; i++) {
    const [px, py] = pts[i];
    const d = len ? Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len : Math.hypot(px - ax, py - ay);
    if (d > dmax) { dmax = d; imax = i; }
  }
  if (dmax <= tol) return [pts[0], pts[pts.length - 1]];
  return [...simplify(pts.slice(0, imax + 1), tol).slice(0, -1), ...simplify(pts.slice(imax), tol)];
}
const area = (pts) => pts.reduce((a, [x, y], i) => {
  const [x2, y2] = pts[(i + 1) % pts.length];
  return a + (x * y2 - x2 * y) / 2;
}, 0);
function path(geo) {
  let out = "", ring, poly = false;
  const sink = {
    point(x, y) { ring.push([x, y]); },
    lineStart() { ring = []; },
    lineEnd() {
      // closed rings: split in two so DP has distinct end points
      const h = poly ? Math.floor(ring.length / 2) : 0;
      const pts = poly ? [...simplify(ring.slice(0, h + 1), TOL).slice(0, -1), ...simplify(ring.slice(h), TOL)] : simplify(ring, TOL);
      if (poly && (pts.length < 4 || Math.abs(area(pts)) < 3)) return; // specks < 3 px²
      let [px, py] = pts[0].map(r1);
      out += `M${num(px)} ${num(py)}l`;
      let seg = "";
      for (const [x, y] of pts.slice(1)) {
        const [rx, ry] = [r1(x), r1(y)], dx = r1(rx - px), dy = r1(ry - py);
        if (!dx && !dy) continue;
        const sx = num(dx), sy = num(dy);
        seg += (seg && !sx.startsWith("-") ? " " : "") + sx + (sy.startsWith("-") ? "" : " ") + sy;
        [px, py] = [rx, ry];
      }
      out += seg + (poly ? "z" : "");
    },
    polygonStart() { poly = true; }, polygonEnd() { poly = false; },
  };
  const stream = projection.stream(sink);
  const feed = (g) => g.type === "FeatureCollection" ? g.features.forEach(feed)
    : g.type === "Feature" ? feed(g.geometry) : geoStream(g, stream);
  feed(geo);
  return out.replace(/l(?=[Mz]|$)/g, "");
}
const xy = (lonLat) => projection(lonLat).map(r1);

// Fills: muted neutral land, warm tan for Russia, blue for Ukraine, a strong
// red for North Korea and a lighter red for South Korea (related, not equal).
const FILL = { land: "#ecebe6", "643": "#e8cfae", "804": "#a9c8e3", "408": "#c8102e", "410": "#f0a3a8" };
const SEA = "#d4e3ee";
const shape = (id, fill) =>
  `<path fill="${fill}" d="${path(merge(topo, geoms.filter((g) => g.id === id)))}"/>`;
const others = geoms.filter((g) => !(g.id in FILL));

// Borders drawn once as a mesh (no double strokes); coastlines come for free
// from the land/sea colour contrast.
const borders = path(mesh(topo, topo.objects.countries, (a, b) => a !== b));

// Labels: system fonts only (the SVG is shown through <img>, no web fonts),
// sized to stay legible when the image is scaled down to a 375 px phone width;
// a white halo (paint-order) keeps text readable over any fill or line.
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const text = (x, y, s, { size = 24, weight = 600, fill = "#1a1a1a", anchor = "middle", spacing = 0 } = {}) => {
  const lines = s.split("\n"); // multi-line labels: one tspan per line
  const body = lines.length === 1 ? s
    : lines.map((l, i) => `<tspan x="${x}"${i ? ` dy="${Math.round(size * 1.05)}"` : ""}>${l}</tspan>`).join("");
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"` +
    (anchor === "start" ? "" : ` text-anchor="${anchor}"`) + (spacing ? ` letter-spacing="${spacing}"` : "") + `>${body}</text>`;
};
// Country names: upper case, letter-spaced, muted so cities and arrow lead.
const country = (lonLat, name, o = {}) =>
  text(...xy(lonLat), name, { size: 26, fill: "#5e5a52", spacing: 4, ...o });

// Cities: dot + label offset by [dx, dy] px from the dot.
const city = (lonLat, name, [dx, dy], anchor) => {
  const [x, y] = xy(lonLat);
  return `<circle cx="${x}" cy="${y}" r="6.5" fill="#1a1a1a" stroke="#fff" stroke-width="2"/>` +
    text(r1(x + dx), r1(y + dy), name, { size: 26, anchor });
};

// The Koreas are too small to hold their names: label them in the sea nearby
// with a thin leader line from a point inside the country to the label.
const leader = (lonLat, [x2, y2], [lx, ly], name, fill) =>
  `<path d="M${xy(lonLat).join(" ")}L${x2} ${y2}" stroke="#333" stroke-width="1.5" fill="none"/>` +
  text(lx, ly, name, { size: 24, weight: 700, fill, spacing: 2 });

const PYONGYANG = [125.75, 39.03], SEOUL = [126.98, 37.57];
const MOSCOW = [37.62, 55.76], KURSK = [36.19, 51.73];

// Schematic arrow: one smooth, exaggerated arc over Russia, so it cannot be
// read as an actual route. Starts at North Korea's edge; its head stops 12 px
// short of the Kursk dot.
const [ax, ay] = xy([126.3, 41.5]), [kx, ky] = xy(KURSK);
const [cx, cy] = [r1((ax + kx) / 2), r1(Math.min(ay, ky) - 170)];
const tl = Math.hypot(kx - cx, ky - cy), [ux, uy] = [(kx - cx) / tl, (ky - cy) / tl];
const [tipx, tipy] = [kx - ux * 12, ky - uy * 12], [bx, by] = [r1(tipx - ux * 24), r1(tipy - uy * 24)];
const head = [[tipx, tipy], [bx - uy * 11, by + ux * 11], [bx + uy * 11, by - ux * 11]]
  .map((p) => p.map(r1).join(" "));
const ARROW = "#c8102e";
const arrow =
  `<path d="M${ax} ${ay}Q${cx} ${cy} ${bx} ${by}" fill="none" stroke="${ARROW}" ` +
  `stroke-width="4.5" stroke-dasharray="14 10" stroke-linecap="round"/>` +
  `<path d="M${head.join("L")}z" fill="${ARROW}"/>`;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<title>Map of Russia, Ukraine, North Korea and South Korea with a schematic arrow from North Korea to Russia's Kursk region</title>
<rect width="${W}" height="${H}" fill="${SEA}"/>
<path fill="${FILL.land}" d="${path(merge(topo, others))}"/>
${["643", "804", "408", "410"].map((id) => shape(id, FILL[id])).join("\n")}
<path d="${borders}" fill="none" stroke="#fff" stroke-width="1.2" stroke-linejoin="round"/>
${arrow}
<g font-family="${FONT}" paint-order="stroke" stroke="#fff" stroke-width="5" stroke-linejoin="round">
${country([92, 64], "RUSSIA", { size: 32, spacing: 10 })}
${country([28.6, 48.9], "UKRAINE", { size: 24, spacing: 2, fill: "#24507a" })}
${country([67, 47.5], "KAZAKHSTAN")}
${country([103, 46], "MONGOLIA")}
${country([102, 33.5], "CHINA", { size: 30, spacing: 8 })}
${leader([127.6, 40.6], [1108, 497], [1140, 462], "NORTH\nKOREA", "#b0102a")}
${leader([128.3, 36.2], [1040, 640], [1000, 665], "SOUTH\nKOREA", "#a33a44")}
${city(PYONGYANG, "Pyongyang", [-13, 9], "end")}
${city(SEOUL, "Seoul", [-12, 26], "end")}
${city(MOSCOW, "Moscow", [0, -17], "middle")}
${city(KURSK, "Kursk region", [12, 36], "start")}
</g>
<g font-family="${FONT}" font-size="20" fill="#444" paint-order="stroke" stroke="#fff" stroke-width="4" stroke-linejoin="round">
<path d="M16 ${H - 22}h52" stroke="${ARROW}" stroke-width="4.5" stroke-dasharray="14 10" stroke-linecap="round"/>
<path d="M84 ${H - 22}l-16-8v16z" fill="${ARROW}" stroke="none"/>
<text x="94" y="${H - 15}">North Korean troops sent to Russia (schematic, not a route)</text>
<text x="${W - 12}" y="${H - 15}" text-anchor="end" font-size="16">Map data: Natural Earth</text>
</g>
</svg>
`;

writeFileSync(OUT, svg);
console.log(`wrote ${OUT.pathname} (${Buffer.byteLength(svg)} bytes)`);
