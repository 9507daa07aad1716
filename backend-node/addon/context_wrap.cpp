// The hand-written part of the Node binding: the context's life cycle. Every other method comes
// from the call list (node_methods.cpp).
#include "context_wrap.hpp"

#include <string>

namespace sc::node {

Napi::Function ContextWrap::Define(Napi::Env env) {
  std::vector<PropertyDescriptor> methods = GeneratedMethods();
  methods.push_back(InstanceMethod<&ContextWrap::Dispose>("dispose"));
  methods.push_back(InstanceMethod<&ContextWrap::Scratch>("scratch"));
  return DefineClass(env, "Context", methods);
}

ContextWrap::ContextWrap(const Napi::CallbackInfo& info)
    : Napi::ObjectWrap<ContextWrap>(info), api_(sc_get_api(SC_ABI_VERSION)) {
  auto scratch = Napi::Float64Array::New(info.Env(), kScratchSize);
  scratch_ = Napi::Persistent(scratch);
  scratch_ptr_ = scratch.Data();
  sc_error err{};
  if (api_ == nullptr || api_->context_create_native(&ctx_, &err) != SC_OK) {
    Napi::Error::New(info.Env(), std::string("spicecraft: cannot create a context: ") + err.long_msg)
        .ThrowAsJavaScriptException();
  }
}

ContextWrap::~ContextWrap() {
  // Never while a job runs: start_job holds a reference to this object until the job settles.
  if (ctx_ != nullptr) api_->context_destroy(ctx_);
}

// The lean methods' output array (the same object every time; it never detaches).
Napi::Value ContextWrap::Scratch(const Napi::CallbackInfo&) { return scratch_.Value(); }

// Frees the context now rather than at garbage collection; later calls answer SPICE(DISPOSED). A
// running async call is stopped first: the context is freed once it has settled.
Napi::Value ContextWrap::Dispose(const Napi::CallbackInfo& info) {
  if (job_ != nullptr) {
    job_->abandon();
    if (ctx_ != nullptr) dispose_after_job_ = ctx_;
  } else if (ctx_ != nullptr) {
    api_->context_destroy(ctx_);
  }
  ctx_ = nullptr;
  return info.Env().Undefined();
}

Napi::Value ContextWrap::start_job(Napi::Env env, const char* name, const ControlArg& control, AsyncJob::Work work) {
  // node-addon-api deletes the worker after OnOK/OnError (which call job_settled first).
  auto* job = new AsyncJob(env, name, control, std::move(work), [this] { job_settled(); });  // NOLINT: owned by N-API
  job_ = job;
  Ref();
  Napi::Promise promise = job->promise();
  job->Queue();
  return promise;
}

void ContextWrap::job_settled() {
  job_ = nullptr;
  if (dispose_after_job_ != nullptr) {
    api_->context_destroy(dispose_after_job_);
    dispose_after_job_ = nullptr;
  }
  Unref();
}

}  // namespace sc::node
