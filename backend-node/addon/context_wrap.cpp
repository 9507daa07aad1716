// The hand-written part of the Node binding: the context's life cycle. Every other method comes
// from the call list (node_methods.cpp).
#include "context_wrap.hpp"

#include <string>

namespace sc::node {

Napi::Function ContextWrap::Define(Napi::Env env) {
  std::vector<PropertyDescriptor> methods = GeneratedMethods();
  methods.push_back(InstanceMethod<&ContextWrap::Dispose>("dispose"));
  return DefineClass(env, "Context", methods);
}

ContextWrap::ContextWrap(const Napi::CallbackInfo& info)
    : Napi::ObjectWrap<ContextWrap>(info), api_(sc_get_api(SC_ABI_VERSION)) {
  sc_error err{};
  if (api_ == nullptr || api_->context_create_native(&ctx_, &err) != SC_OK) {
    Napi::Error::New(info.Env(), std::string("spicecraft: cannot create a context: ") + err.long_msg)
        .ThrowAsJavaScriptException();
  }
}

ContextWrap::~ContextWrap() {
  if (ctx_ != nullptr) api_->context_destroy(ctx_);
}

// Frees the context now rather than at garbage collection; later calls answer SPICE(DISPOSED).
Napi::Value ContextWrap::Dispose(const Napi::CallbackInfo& info) {
  if (ctx_ != nullptr) api_->context_destroy(ctx_);
  ctx_ = nullptr;
  return info.Env().Undefined();
}

}  // namespace sc::node
