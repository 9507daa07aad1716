// Panel (b): the Moon's illuminated fraction (filled curve, left axis 0..100 %) and phase angle
// (line, right axis 0..180°) over a calendar month, the slider's time marked.
import { prepare, theme } from "./canvas.js";

const PAD = { left: 44, right: 44, top: 14, bottom: 26 };

/**
 * @param {HTMLCanvasElement} canvas
 * @param {{ month: string, start: number, end: number, samples: { et: number, phaseDeg: number, fraction: number }[] }} month from moonMonth
 * @param {number} et the slider's time (ET)
 * @param {number} fraction the illuminated fraction at `et`
 */
export function drawMoon(canvas, month, et, fraction) {
  const { ctx, width, height } = prepare(canvas);
  const colors = theme();
  const w = width - PAD.left - PAD.right;
  const h = height - PAD.top - PAD.bottom;
  const x = (t) => PAD.left + ((t - month.start) / (month.end - month.start)) * w;
  const yFraction = (f) => PAD.top + (1 - f) * h;
  const yPhase = (deg) => PAD.top + (1 - deg / 180) * h;

  ctx.font = "11px system-ui, sans-serif";
  ctx.lineWidth = 1;
  ctx.strokeStyle = colors.grid;
  ctx.fillStyle = colors.faint;
  for (let q = 0; q <= 4; q++) {
    const yy = PAD.top + (q / 4) * h;
    ctx.beginPath();
    ctx.moveTo(PAD.left, yy);
    ctx.lineTo(PAD.left + w, yy);
    ctx.stroke();
    ctx.textAlign = "right";
    ctx.fillText(`${100 - q * 25}%`, PAD.left - 5, yy + 4);
    ctx.textAlign = "left";
    ctx.fillText(`${180 - q * 45}°`, PAD.left + w + 5, yy + 4);
  }
  const days = Math.round((month.end - month.start) / 86_400);
  ctx.textAlign = "center";
  for (let d = 0; d < days; d += 5) ctx.fillText(String(d + 1), x(month.start + d * 86_400), height - 8);
  ctx.textAlign = "left";

  // The illuminated fraction, filled.
  ctx.beginPath();
  ctx.moveTo(x(month.start), yFraction(0));
  for (const s of month.samples) ctx.lineTo(x(s.et), yFraction(s.fraction));
  ctx.lineTo(x(month.end), yFraction(0));
  ctx.closePath();
  ctx.fillStyle = "rgba(240, 232, 200, 0.35)";
  ctx.fill();
  ctx.strokeStyle = "#f0e8c8";
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  month.samples.forEach((s, i) => ctx[i ? "lineTo" : "moveTo"](x(s.et), yFraction(s.fraction)));
  ctx.stroke();

  // The phase angle.
  ctx.strokeStyle = colors.accent;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  month.samples.forEach((s, i) => ctx[i ? "lineTo" : "moveTo"](x(s.et), yPhase(s.phaseDeg)));
  ctx.stroke();
  ctx.setLineDash([]);

  // The slider's time.
  ctx.strokeStyle = colors.sun;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x(et), PAD.top);
  ctx.lineTo(x(et), PAD.top + h);
  ctx.stroke();
  ctx.fillStyle = colors.sun;
  ctx.beginPath();
  ctx.arc(x(et), yFraction(fraction), 4.5, 0, 2 * Math.PI);
  ctx.fill();
}
