/*
 * What the command-line oracles over tspice's native addon share (tests/golden/tle-oracle.c,
 * tests/golden/surface-oracle.c, tests/contract/vectors-oracle.c): the addon (npm
 * @rybosome/tspice-native-linux-x64-gnu, a devDependency) holds CSPICE N0067's f2c'd SPICELIB, and
 * an oracle dlopens it and calls the routines directly. Its Node-API imports are never called; the
 * stubs let the dynamic loader resolve them.
 */
#pragma once

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
static integer (*failed)(void);
static int (*getmsg)(char*, char*, integer, integer);
static int (*reset)(void);

/* A routine of the addon by its symbol name ("furnsh_"); exits with status 2 when it is missing. */
static void* need(const char* name) {
  void* f = dlsym(lib, name);
  if (!f) {
    fprintf(stderr, "missing %s\n", name);
    exit(2);
  }
  return f;
}

/* Opens the addon at `path` (exit status 2 when it cannot) and puts SPICELIB's error handling in
 * RETURN mode with nothing printed, so that each command's failure is read with FAILED/GETMSG. */
static void open_addon(const char* path) {
  lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "%s\n", dlerror());
    exit(2);
  }
  int (*erract)(char*, char*, integer, integer) = need("erract_");
  int (*errprt)(char*, char*, integer, integer) = need("errprt_");
  char ret[] = "RETURN", set[] = "SET", none[] = "NONE";
  erract(set, ret, 3, 6);
  errprt(set, none, 3, 4);
  failed = need("failed_");
  getmsg = need("getmsg_");
  reset = need("reset_");
}

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
