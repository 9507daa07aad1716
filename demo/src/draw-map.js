// Panel (c): an equirectangular Earth graticule (every 30°) with the night side shaded and the
// sub-solar point marked. The terminator is the great circle 90° from the sub-solar point (a
// drawing aid on a sphere, not a SPICE computation).
import { prepare, theme } from "./canvas.js";

/**
 * @param {HTMLCanvasElement} canvas
 * @param {{ lonDeg: number, latDeg: number }} subsolar from subsolarPoint
 */
export function drawMap(canvas, subsolar) {
  const { ctx, width, height } = prepare(canvas);
  const colors = theme();
  const x = (lon) => ((lon + 180) / 360) * width;
  const y = (lat) => ((90 - lat) / 180) * height;
  const rad = Math.PI / 180;

  ctx.fillStyle = colors.day;
  ctx.fillRect(0, 0, width, height);

  // Night: for each longitude, the terminator's latitude; the night is on the side away from the Sun.
  const lat0 = Math.max(Math.abs(subsolar.latDeg), 1e-6) * Math.sign(subsolar.latDeg || 1) * rad;
  ctx.fillStyle = colors.night;
  ctx.beginPath();
  const nightBelow = lat0 > 0; // Sun north of the equator: the night reaches the south pole
  ctx.moveTo(x(-180), y(nightBelow ? -90 : 90));
  for (let lon = -180; lon <= 180; lon += 2) {
    const terminator = Math.atan(-Math.cos((lon - subsolar.lonDeg) * rad) / Math.tan(lat0)) / rad;
    ctx.lineTo(x(lon), y(terminator));
  }
  ctx.lineTo(x(180), y(nightBelow ? -90 : 90));
  ctx.closePath();
  ctx.fill();

  ctx.strokeStyle = colors.grid;
  ctx.fillStyle = colors.faint;
  ctx.font = "10px system-ui, sans-serif";
  ctx.lineWidth = 1;
  for (let lon = -180; lon <= 180; lon += 30) {
    ctx.beginPath();
    ctx.moveTo(x(lon), 0);
    ctx.lineTo(x(lon), height);
    ctx.stroke();
    if (lon > -180 && lon < 180) ctx.fillText(`${lon}°`, x(lon) + 2, height - 4);
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    ctx.beginPath();
    ctx.moveTo(0, y(lat));
    ctx.lineTo(width, y(lat));
    ctx.stroke();
    ctx.fillText(`${lat}°`, 3, y(lat) - 3);
  }
  // Tropics and the equator, a little brighter.
  ctx.strokeStyle = colors.faint;
  ctx.setLineDash([2, 3]);
  for (const lat of [23.44, -23.44]) {
    ctx.beginPath();
    ctx.moveTo(0, y(lat));
    ctx.lineTo(width, y(lat));
    ctx.stroke();
  }
  ctx.setLineDash([]);

  const sx = x(subsolar.lonDeg);
  const sy = y(subsolar.latDeg);
  ctx.fillStyle = colors.sun;
  ctx.beginPath();
  ctx.arc(sx, sy, 7, 0, 2 * Math.PI);
  ctx.fill();
  ctx.strokeStyle = colors.sun;
  ctx.lineWidth = 1.5;
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4;
    ctx.beginPath();
    ctx.moveTo(sx + 10 * Math.cos(a), sy + 10 * Math.sin(a));
    ctx.lineTo(sx + 14 * Math.cos(a), sy + 14 * Math.sin(a));
    ctx.stroke();
  }
}
