// Types of dist/bundled-kernels-data.js, which scripts/embed-kernels.mjs writes after the build.
/** Kernel file name -> its bytes as base64. */
declare const data: Record<string, string>;
export default data;
