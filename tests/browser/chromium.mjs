// Debian's Chromium, headless, through playwright-core: the one launch every browser test uses.
// The flags keep it off the network this machine does not have (background services, updates).
import { chromium } from "playwright-core";

/** Launches headless Chromium (SPICECRAFT_CHROMIUM overrides /usr/bin/chromium). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.SPICECRAFT_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
