/*
 * CSPICE's SPICELIB routines as an oracle for tests/contract/spicelib-vectors.test.mjs: loads the
 * CSPICE library inside tspice's native addon (npm @rybosome/tspice-native-linux-x64-gnu, a
 * devDependency; its dynamic symbols include the f2c'd SPICELIB routines, which tspice's JS API does
 * not expose: VSEP, VROTV, MXMT, MTXM, RAXISA, M2EUL, EUL2M, the plane and ellipse routines, SURFPT,
 * EDLIMB, NPEDLN...) and answers one command per input line with the routine's own result. The same
 * approach as tests/golden/tle-oracle.c; the test compiles it with cc.
 *
 *   cc -O1 -o vectors-oracle tests/contract/vectors-oracle.c -ldl -rdynamic
 *   ./vectors-oracle <tspice_backend_node.node>   < commands
 *
 * A command is a routine's name and its inputs as numbers (%.17g; 3x3 matrices as 9 row-major
 * numbers, planes as 4, ellipses as 9; integers as numbers); the answer is "OK v..." with the outputs
 * in the call's order (matrices row-major, found flags and counts as numbers) or "ERR <short code>".
 */
#include "../golden/tspice-addon.h"

static void print_values(const double* v, int n) {
  printf("OK");
  for (int i = 0; i < n; ++i) printf(" %.17g", v[i]);
  printf("\n");
}

/* Fortran keeps matrices by columns: row-major in, column-major to the routine, and back. */
static void transpose(const double* in, double* out) {
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) out[3 * j + i] = in[3 * i + j];
}

typedef int (*F)();

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s <tspice_backend_node.node>\n", argv[0]);
    return 2;
  }
  open_addon(argv[1]);

  char line[8192];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = '\0';
    char name[16] = {0};
    int used = 0;
    if (sscanf(line, "%15s%n", name, &used) != 1) continue;
    double x[64] = {0}, out[64] = {0}, t1[9], t2[9], t3[9];
    int n = 0;
    char* rest = line + used;
    while (n < 64) {
      char* end;
      double v = strtod(rest, &end);
      if (end == rest) break;
      x[n++] = v;
      rest = end;
    }
    integer i1, i2, i3, found = 0, nx = 0;
    int nout = 0;
    if (!strcmp(name, "VSEP")) {
      double (*f)(double*, double*) = need("vsep_");
      out[0] = f(x, x + 3), nout = 1;
    } else if (!strcmp(name, "VPROJ") || !strcmp(name, "VPERP")) {
      ((F)need(!strcmp(name, "VPROJ") ? "vproj_" : "vperp_"))(x, x + 3, out), nout = 3;
    } else if (!strcmp(name, "VROTV")) {
      ((F)need("vrotv_"))(x, x + 3, x + 6, out), nout = 3;
    } else if (!strcmp(name, "MXMT") || !strcmp(name, "MTXM")) {
      transpose(x, t1), transpose(x + 9, t2);
      ((F)need(!strcmp(name, "MXMT") ? "mxmt_" : "mtxm_"))(t1, t2, t3);
      transpose(t3, out), nout = 9;
    } else if (!strcmp(name, "XPOSE")) {
      transpose(x, t1);
      ((F)need("xpose_"))(t1, t2);
      transpose(t2, out), nout = 9;
    } else if (!strcmp(name, "RAXISA")) {
      transpose(x, t1);
      ((F)need("raxisa_"))(t1, out, out + 3), nout = 4;
    } else if (!strcmp(name, "M2EUL")) {
      transpose(x, t1);
      i1 = (integer)x[9], i2 = (integer)x[10], i3 = (integer)x[11];
      ((F)need("m2eul_"))(t1, &i1, &i2, &i3, out, out + 1, out + 2), nout = 3;
    } else if (!strcmp(name, "EUL2M")) {
      i1 = (integer)x[3], i2 = (integer)x[4], i3 = (integer)x[5];
      ((F)need("eul2m_"))(x, x + 1, x + 2, &i1, &i2, &i3, t1);
      transpose(t1, out), nout = 9;
    } else if (!strcmp(name, "VLCOM")) {
      ((F)need("vlcom_"))(x, x + 1, x + 4, x + 5, out), nout = 3;
    } else if (!strcmp(name, "VLCOM3")) {
      ((F)need("vlcom3_"))(x, x + 1, x + 4, x + 5, x + 8, x + 9, out), nout = 3;
    } else if (!strcmp(name, "NVC2PL")) {
      ((F)need("nvc2pl_"))(x, x + 3, out), nout = 4;
    } else if (!strcmp(name, "NVP2PL")) {
      ((F)need("nvp2pl_"))(x, x + 3, out), nout = 4;
    } else if (!strcmp(name, "PL2NVP")) {
      ((F)need("pl2nvp_"))(x, out, out + 3), nout = 6;
    } else if (!strcmp(name, "PSV2PL")) {
      ((F)need("psv2pl_"))(x, x + 3, x + 6, out), nout = 4;
    } else if (!strcmp(name, "PL2PSV")) {
      ((F)need("pl2psv_"))(x, out, out + 3, out + 6), nout = 9;
    } else if (!strcmp(name, "INRYPL")) {
      ((F)need("inrypl_"))(x, x + 3, x + 6, &nx, out + 1);
      out[0] = nx, nout = 4;
    } else if (!strcmp(name, "NPLNPT")) {
      ((F)need("nplnpt_"))(x, x + 3, x + 6, out, out + 3), nout = 4;
    } else if (!strcmp(name, "CGV2EL")) {
      ((F)need("cgv2el_"))(x, x + 3, x + 6, out), nout = 9;
    } else if (!strcmp(name, "SAELGV")) {
      ((F)need("saelgv_"))(x, x + 3, out, out + 3), nout = 6;
    } else if (!strcmp(name, "PJELPL")) {
      ((F)need("pjelpl_"))(x, x + 9, out), nout = 9;
    } else if (!strcmp(name, "INEDPL")) {
      ((F)need("inedpl_"))(x, x + 1, x + 2, x + 3, out + 1, &found);
      out[0] = found, nout = found ? 10 : 1;
    } else if (!strcmp(name, "NPELPT")) {
      ((F)need("npelpt_"))(x, x + 3, out, out + 3), nout = 4;
    } else if (!strcmp(name, "SURFPT")) {
      ((F)need("surfpt_"))(x, x + 3, x + 6, x + 7, x + 8, out + 1, &found);
      out[0] = found, nout = found ? 4 : 1;
    } else if (!strcmp(name, "SURFNM")) {
      ((F)need("surfnm_"))(x, x + 1, x + 2, x + 3, out), nout = 3;
    } else if (!strcmp(name, "EDLIMB")) {
      ((F)need("edlimb_"))(x, x + 1, x + 2, x + 3, out), nout = 9;
    } else if (!strcmp(name, "NPEDLN")) {
      ((F)need("npedln_"))(x, x + 1, x + 2, x + 3, x + 6, out, out + 3), nout = 4;
    } else {
      fprintf(stderr, "unknown command: %s\n", line);
      return 2;
    }
    if (report_failure()) continue;
    print_values(out, nout);
    fflush(stdout);
  }
  return 0;
}
