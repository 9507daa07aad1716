#include "async_job.hpp"

#include <atomic>
#include <utility>

namespace sc::node {

AsyncJob::AsyncJob(Napi::Env env, const char* name, const ControlArg& control, Work work, Done done)
    : Napi::AsyncProgressWorker<double>(env, name),
      name_(name),
      deferred_(Napi::Promise::Deferred::New(env)),
      cancel_ref_(Napi::Persistent(control.cancel)),
      cancel_(Napi::Int32Array(control.cancel).Data()),  // a handle copy: Data() of a const one is const
      work_(std::move(work)),
      done_(std::move(done)) {
  if (!control.progress.IsEmpty()) progress_ = Napi::Persistent(control.progress);
}

void AsyncJob::Execute(const ExecutionProgress& progress) {
  sender_ = &progress;
  const sc_control control{progress_.IsEmpty() ? nullptr : &AsyncJob::report, &AsyncJob::cancelled, this};
  finish_ = work_(&control);
  sender_ = nullptr;
}

void AsyncJob::report(void* user, double fraction) {
  auto* self = static_cast<AsyncJob*>(user);
  if (self->sender_ != nullptr) self->sender_->Send(&fraction, 1);
}

// The JS thread writes the flag with Atomics.store; this thread only reads it.
int32_t AsyncJob::cancelled(void* user) {
  auto* self = static_cast<AsyncJob*>(user);
  if (self->abandoned_.load(std::memory_order_relaxed)) return 1;
  return std::atomic_ref<int32_t>(*self->cancel_).load(std::memory_order_relaxed);
}

void AsyncJob::OnProgress(const double* data, size_t count) {
  if (progress_.IsEmpty() || count == 0) return;
  Napi::Env env = Env();
  // The TS layer's callback does not throw (it catches the user's and cancels); should anything
  // else throw, the exception is dropped here rather than left pending on the JS thread.
  progress_.Call({Napi::Number::New(env, data[count - 1])});
  if (env.IsExceptionPending()) env.GetAndClearPendingException();
}

void AsyncJob::OnOK() {
  Napi::Env env = Env();
  Napi::HandleScope scope(env);
  Js js(env);
  Napi::Value value = finish_ ? finish_(js) : env.Undefined();
  done_();
  deferred_.Resolve(value);
}

void AsyncJob::OnError(const Napi::Error& e) {
  done_();
  deferred_.Reject(e.Value());
}

}  // namespace sc::node
