// Errors are SpiceErrors with CSPICE's short codes; argument mistakes are TypeErrors first.
// Run: node examples/node/errors.mjs
import { createBackend, SpiceError } from "spicecraft";

const spice = await createBackend();
try {
  spice.str2et("2015-03-02T12:00:00"); // no leapseconds kernel loaded yet
} catch (error) {
  if (error instanceof SpiceError) console.log(`${error.short} from ${error.operation}: ${error.long.split(".")[0]}.`);
}
try {
  spice.str2et(2015);
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
spice.dispose();
