// The play button: advances the slider `stepHours` at a time, each step once the page has shown the
// previous one (so a slow machine plays slower instead of queueing work), wrapping at the year's end.
/**
 * @param {HTMLButtonElement} button
 * @param {HTMLInputElement} slider
 * @param {() => Promise<void>} update redraws the page for the slider's value
 */
export function setupPlayback(button, slider, update, stepHours = 6) {
  let playing = false;
  const step = async () => {
    if (!playing) return;
    const next = Number(slider.value) + stepHours;
    slider.value = String(next > Number(slider.max) ? 0 : next);
    await update();
    requestAnimationFrame(step);
  };
  button.addEventListener("click", () => {
    playing = !playing;
    button.textContent = playing ? "❚❚ pause" : "▶ play";
    button.setAttribute("aria-pressed", String(playing));
    if (playing) requestAnimationFrame(step);
  });
}
