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
 * The addon's Node-API imports are never called; stubs below let the dynamic loader resolve them.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int integer; /* f2c's integer, logical and ftnlen on 64-bit Linux */

#define STUB(name) \
  int name(void) { return 1; }
STUB(napi_add_finalizer) STUB(napi_async_destroy) STUB(napi_call_function) STUB(napi_close_callback_scope)
STUB(napi_close_escapable_handle_scope) STUB(napi_close_handle_scope) STUB(napi_create_array)
STUB(napi_create_array_with_length) STUB(napi_create_double) STUB(napi_create_error) STUB(napi_create_function)
STUB(napi_create_object) STUB(napi_create_range_error) STUB(napi_create_reference) STUB(napi_create_string_utf8)
STUB(napi_create_type_error) STUB(napi_define_properties) STUB(napi_delete_reference) STUB(napi_escape_handle)
STUB(napi_fatal_error) STUB(napi_get_and_clear_last_exception) STUB(napi_get_array_length) STUB(napi_get_boolean)
STUB(napi_get_cb_info) STUB(napi_get_element) STUB(napi_get_last_error_info) STUB(napi_get_named_property)
STUB(napi_get_property) STUB(napi_get_reference_value) STUB(napi_get_typedarray_info) STUB(napi_get_undefined)
STUB(napi_get_value_bool) STUB(napi_get_value_double) STUB(napi_get_value_int32) STUB(napi_get_value_string_utf8)
STUB(napi_get_value_uint32) STUB(napi_has_named_property) STUB(napi_has_property) STUB(napi_is_array)
STUB(napi_is_exception_pending) STUB(napi_is_typedarray) STUB(napi_open_escapable_handle_scope)
STUB(napi_open_handle_scope) STUB(napi_set_element) STUB(napi_set_named_property) STUB(napi_throw) STUB(napi_typeof)

static void* lib;
static void* need(const char* name) {
  void* f = dlsym(lib, name);
  if (!f) {
    fprintf(stderr, "missing %s\n", name);
    exit(2);
  }
  return f;
}

static int (*bods2c)(char*, integer*, integer*, integer);
static int (*srfscc)(char*, integer*, integer*, integer*, integer);
static int (*zzsrfc2n)(integer*, integer*, char*, integer*, integer);
static integer (*failed)(void);
static int (*getmsg)(char*, char*, integer, integer);
static int (*reset)(void);

/* "ERR <short>" and a cleared error state when CSPICE signalled one; 0 otherwise. */
static int report_failure(void) {
  char msg[41];
  if (!failed()) return 0;
  memset(msg, ' ', sizeof msg);
  getmsg("SHORT", msg, 5, 40);
  msg[40] = '\0';
  for (int i = 39; i >= 0 && msg[i] == ' '; --i) msg[i] = '\0';
  printf("ERR %s\n", msg);
  reset();
  return 1;
}

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
  lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "%s\n", dlerror());
    return 2;
  }
  int (*erract)(char*, char*, integer, integer) = need("erract_");
  int (*errprt)(char*, char*, integer, integer) = need("errprt_");
  int (*furnsh)(char*, integer) = need("furnsh_");
  bods2c = need("bods2c_");
  srfscc = need("srfscc_");
  zzsrfc2n = need("zzsrfc2n_");
  failed = need("failed_");
  getmsg = need("getmsg_");
  reset = need("reset_");
  char ret[] = "RETURN", set[] = "SET", none[] = "NONE";
  erract(set, ret, 3, 6);
  errprt(set, none, 3, 4);
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
