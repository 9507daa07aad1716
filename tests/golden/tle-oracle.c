/*
 * A command-line oracle over CSPICE N0067 for tests/golden/gen-tle-golden.mjs: it loads the CSPICE
 * library inside tspice's native addon (npm @rybosome/tspice-native-linux-x64-gnu, a
 * devDependency; its dynamic symbols include the f2c'd SPICELIB routines) and answers one command
 * per input line with CSPICE's own routines. Not part of the test run: the generator runs it once
 * and records the answers in tests/fixtures/golden/tle.json.
 *
 *   cc -O1 -o tle-oracle tests/golden/tle-oracle.c -ldl -rdynamic
 *   ./tle-oracle <tspice_backend_node.node> <lsk>   < commands
 *
 * Commands (numbers in %.17g, one line each; answers "OK v..." or "ERR <short code>"):
 *   EVSGP4 et geophs[8] elems[10]   EVSGP4's body: XXSGP4I(geophs, elems, AFSPC), then
 *                                   XXSGP4E((et - elems[10]) / 60)
 *   SPKE10 et record[36]            SPKE10 (type 10 record: geophs, two 14-value sets)
 *   TTRANS year day                 TTRANS('YD.D', 'TDB'): GETELM's epoch
 *   NPARSD|text|  NPARSI|text|      the number readers GETELM applies to each field
 *   ZZWAHR et                       the IAU 1980 nutation SPKW10 stores in each packet
 *   ZZTEME et                       TEME to J2000 (TM2J, 36 values, row by row)
 *
 */
#include "tspice-addon.h"

static int (*xxsgp4i)(double*, double*, integer*);
static int (*xxsgp4e)(double*, double*);
static int (*spke10)(double*, double*, double*);
static int (*ttrans)(char*, char*, double*, integer, integer);
static int (*nparsd)(char*, double*, char*, integer*, integer, integer);
static int (*nparsi)(char*, integer*, char*, integer*, integer, integer);
static int (*zzwahr)(double*, double*);
static int (*zzteme)(double*, double*, double*);

static void print_values(const double* v, int n) {
  printf("OK");
  for (int i = 0; i < n; ++i) printf(" %.17g", v[i]);
  printf("\n");
}

static void read_numbers(char* rest, double* v, int n) {
  for (int i = 0; i < n; ++i) v[i] = strtod(rest, &rest);
}

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s <tspice_backend_node.node> <lsk>\n", argv[0]);
    return 2;
  }
  open_addon(argv[1]);
  int (*furnsh)(char*, integer) = need("furnsh_");
  xxsgp4i = need("xxsgp4i_");
  xxsgp4e = need("xxsgp4e_");
  spke10 = need("spke10_");
  ttrans = need("ttrans_");
  nparsd = need("nparsd_");
  nparsi = need("nparsi_");
  zzwahr = need("zzwahr_");
  zzteme = need("zzteme_");
  furnsh(argv[2], (integer)strlen(argv[2]));
  if (report_failure()) return 1;

  char line[4096];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = '\0';
    if (strncmp(line, "EVSGP4 ", 7) == 0) {
      double v[19], state[6];
      integer afspc = 1;
      read_numbers(line + 7, v, 19);
      xxsgp4i(v + 1, v + 9, &afspc);
      if (report_failure()) continue;
      double minutes = (v[0] - v[18]) / 60.0;
      xxsgp4e(&minutes, state);
      if (report_failure()) continue;
      print_values(state, 6);
    } else if (strncmp(line, "SPKE10 ", 7) == 0) {
      double v[37], state[6];
      read_numbers(line + 7, v, 37);
      spke10(v, v + 1, state);
      if (report_failure()) continue;
      print_values(state, 6);
    } else if (strncmp(line, "ZZWAHR ", 7) == 0) {
      double et, dvnut[4];
      read_numbers(line + 7, &et, 1);
      zzwahr(&et, dvnut);
      if (report_failure()) continue;
      print_values(dvnut, 4);
    } else if (strncmp(line, "ZZTEME ", 7) == 0) {
      double et, j2tm[36], tm2j[36], rows[36];
      read_numbers(line + 7, &et, 1);
      zzteme(&et, j2tm, tm2j);
      if (report_failure()) continue;
      for (int i = 0; i < 6; ++i) {
        for (int j = 0; j < 6; ++j) rows[6 * i + j] = tm2j[i + 6 * j]; /* Fortran stores by columns */
      }
      print_values(rows, 36);
    } else if (strncmp(line, "TTRANS ", 7) == 0) {
      double tvec[8] = {0};
      char from[] = "YD.D", to[] = "TDB";
      read_numbers(line + 7, tvec, 2);
      ttrans(from, to, tvec, 4, 3);
      if (report_failure()) continue;
      print_values(tvec, 1);
    } else if (strncmp(line, "NPARSD|", 7) == 0 || strncmp(line, "NPARSI|", 7) == 0) {
      char* text = line + 7;
      char* end = strrchr(text, '|');
      char error[161];
      integer ptr = 0;
      if (!end) return 2;
      memset(error, ' ', 160);
      error[160] = '\0';
      if (line[5] == 'D') {
        double x = 0;
        nparsd(text, &x, error, &ptr, (integer)(end - text), 160);
        if (ptr != 0) printf("ERR parse\n");
        else print_values(&x, 1);
      } else {
        integer n = 0;
        nparsi(text, &n, error, &ptr, (integer)(end - text), 160);
        double x = n;
        if (ptr != 0) printf("ERR parse\n");
        else print_values(&x, 1);
      }
    } else {
      fprintf(stderr, "unknown command: %s\n", line);
      return 2;
    }
    fflush(stdout);
  }
  return 0;
}
