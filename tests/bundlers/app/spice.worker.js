// The Worker's script: importing spicecraft/worker makes it serve a backend to createWorkerBackend().
import "spicecraft/worker";
