/*
 * A command-line oracle over CSPICE N0067 for tests/golden/gen-surface-golden.mjs: it loads the
 * CSPICE library inside tspice's native addon (npm @rybosome/tspice-native-linux-x64-gnu, a
 * devDependency) and answers surface-name look-ups with CSPICE's own routines: BODS2C, SRFSCC and
 * ZZSRFC2N (the addon exports these; SRFS2C, SRFC2S and SRFCSS are composed from them exactly as
 * their SPICELIB bodies compose them). Not part of the test run: the generator runs it once and
 * records the answers in tests/fixtures/golden/surface-names.json.
 *
 *   cc -O1 -o surface-oracle tests/golden/surface-oracle.c -ldl -rdynamic
 *   ./surface-oracle <tspice_backend_node.node> <kernel>...   < commands
 *
 * Commands (one per line, fields separated by '|'; answers "OK ..." or "ERR <short code>"):
 *   SRFS2C|srfstr|bodstr     -> OK <found 0|1> <code>
 *   SRFSCC|srfstr|bodyid     -> OK <found 0|1> <code>
 *   SRFC2S|code|bodyid       -> OK <isname 0|1> <srfstr>
 *   SRFCSS|code|bodstr       -> OK <isname 0|1> <srfstr>
 *
 */
#include "tspice-addon.h"

static int (*bods2c)(char*, integer*, integer*, integer);
static int (*srfscc)(char*, integer*, integer*, integer*, integer);
static int (*zzsrfc2n)(integer*, integer*, char*, integer*, integer);

/* SRFC2S's tail: ZZSRFC2N, else INTSTR (the code's decimal digits). */
static void code_to_string(integer code, integer body) {
  char name[37];
  integer isname = 0;
  memset(name, ' ', 36);
  name[36] = '\0';
  zzsrfc2n(&code, &body, name, &isname, 36);
  if (report_failure()) return;
  if (isname) {
    for (int i = 35; i >= 0 && name[i] == ' '; --i) name[i] = '\0';
    printf("OK 1 %s\n", name);
  } else {
    printf("OK 0 %d\n", code);
  }
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s <tspice_backend_node.node> <kernel>...\n", argv[0]);
    return 2;
  }
  open_addon(argv[1]);
  int (*furnsh)(char*, integer) = need("furnsh_");
  bods2c = need("bods2c_");
  srfscc = need("srfscc_");
  zzsrfc2n = need("zzsrfc2n_");
  for (int i = 2; i < argc; ++i) {
    furnsh(argv[i], (integer)strlen(argv[i]));
    if (report_failure()) return 1;
  }

  char line[4096];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = '\0';
    char* command = strtok(line, "|");
    char* a = strtok(NULL, "|");
    char* b = strtok(NULL, "|");
    if (!command || !a || !b) {
      printf("ERR bad command\n");
      continue;
    }
    integer body = 0, found = 0, code = 0;
    if (strcmp(command, "SRFS2C") == 0 || strcmp(command, "SRFSCC") == 0) {
      if (strcmp(command, "SRFS2C") == 0) {
        bods2c(b, &body, &found, (integer)strlen(b));
        if (report_failure()) continue;
        if (!found) {
          printf("OK 0 0\n");
          continue;
        }
      } else {
        body = atoi(b);
      }
      srfscc(a, &body, &code, &found, (integer)strlen(a));
      if (report_failure()) continue;
      printf("OK %d %d\n", found ? 1 : 0, code);
    } else if (strcmp(command, "SRFC2S") == 0) {
      code_to_string(atoi(a), atoi(b));
    } else if (strcmp(command, "SRFCSS") == 0) {
      bods2c(b, &body, &found, (integer)strlen(b));
      if (report_failure()) continue;
      if (found) {
        code_to_string(atoi(a), body);
      } else {
        printf("OK 0 %d\n", atoi(a));
      }
    } else {
      printf("ERR unknown command\n");
    }
  }
  return 0;
}
