// Panel (a): the inner planets' paths during 2015 and their positions at the slider's time, seen from
// ecliptic north (ECLIPJ2000 x to the right, y up), the Sun at the centre.
import { prepare, theme } from "./canvas.js";
import { AU_KM, PLANETS } from "./compute.js";

const SPAN_AU = 1.75; // the canvas's half-width in AU: Mars's aphelion (1.67 AU) fits

/**
 * @param {HTMLCanvasElement} canvas
 * @param {{ name: string, positions: Float64Array }[]} tracks from orbitTracks
 * @param {{ name: string, position: number[] }[]} planets from planetPositions
 */
export function drawOrbits(canvas, tracks, planets) {
  const { ctx, width, height } = prepare(canvas);
  const colors = theme();
  const scale = Math.min(width, height) / 2 / (SPAN_AU * AU_KM);
  const x = (km) => width / 2 + km * scale;
  const y = (km) => height / 2 - km * scale;

  // Rings every 0.5 AU and the direction of the vernal equinox (ECLIPJ2000 +x).
  ctx.strokeStyle = colors.grid;
  ctx.fillStyle = colors.faint;
  ctx.font = "11px system-ui, sans-serif";
  ctx.lineWidth = 1;
  for (let au = 0.5; au <= SPAN_AU; au += 0.5) {
    ctx.beginPath();
    ctx.arc(width / 2, height / 2, au * AU_KM * scale, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.fillText(`${au} AU`, width / 2 + 3, height / 2 - au * AU_KM * scale - 3);
  }
  ctx.beginPath();
  ctx.moveTo(width / 2, height / 2);
  ctx.lineTo(width - 8, height / 2);
  ctx.stroke();
  ctx.fillText("♈︎ equinox", width - 70, height / 2 - 5);

  for (const { name, positions } of tracks) {
    const { color } = PLANETS.find((p) => p.name === name);
    ctx.strokeStyle = color;
    ctx.globalAlpha = 0.45;
    ctx.beginPath();
    for (let i = 0; i < positions.length / 3; i++) ctx[i ? "lineTo" : "moveTo"](x(positions[3 * i]), y(positions[3 * i + 1]));
    ctx.stroke();
  }
  ctx.globalAlpha = 1;

  ctx.fillStyle = colors.sun;
  ctx.beginPath();
  ctx.arc(width / 2, height / 2, 7, 0, 2 * Math.PI);
  ctx.fill();

  ctx.font = "12px system-ui, sans-serif";
  for (const { name, position } of planets) {
    const { color, label } = PLANETS.find((p) => p.name === name);
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x(position[0]), y(position[1]), 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = colors.ink;
    ctx.fillText(label, x(position[0]) + 8, y(position[1]) - 6);
  }
}
