// The JS class `Context` over one sc_context, bound through the shim's function table only. Its
// methods are generated from shim-c/calls.idl (node_methods.hpp/.cpp in the build's generated/
// folder); they return plain values, null for "not found", or an error record { short, long,
// trace } that the shared TS layer turns into a SpiceError, exactly as the WASM binding does.
#pragma once

#include <napi.h>

#include <vector>

#include "async_job.hpp"
#include "spicecraft.h"

namespace sc::node {

class ContextWrap : public Napi::ObjectWrap<ContextWrap> {
 public:
  static Napi::Function Define(Napi::Env env);
  explicit ContextWrap(const Napi::CallbackInfo& info);
  ~ContextWrap() override;

 private:
  Napi::Value Dispose(const Napi::CallbackInfo& info);
  Napi::Value Scratch(const Napi::CallbackInfo& info);
  static std::vector<PropertyDescriptor> GeneratedMethods();

#include "node_methods.hpp"

  // Where the lean `<name>Into` methods write their outputs (shim-c/codegen/lean.mjs): a
  // Float64Array made once, its memory written directly.
  double* scratch_data() { return scratch_ptr_; }

  // Queues an async call (issue 14). Until it settles the context is the job's: other methods
  // answer SPICE(CONTEXTBUSY), this object is kept from garbage collection, and dispose() stops the
  // job and frees the context when it has settled.
  Napi::Value start_job(Napi::Env env, const char* name, const ControlArg& control, AsyncJob::Work work);
  void job_settled();

  const sc_api* api_;
  Napi::Reference<Napi::Float64Array> scratch_;
  double* scratch_ptr_ = nullptr;
  sc_context* ctx_ = nullptr;
  AsyncJob* job_ = nullptr;      // the running async call, owned by node-addon-api until it settles
  sc_context* dispose_after_job_ = nullptr;
};

}  // namespace sc::node
