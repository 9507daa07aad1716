// One async call of the Node addon (issue 14): a table entry run on the libuv thread pool, so a
// long GF search leaves the JS thread free. The method reads and copies its arguments on the JS
// thread; Execute runs the entry with an sc_control whose progress goes back to the JS thread
// (AsyncProgressWorker keeps the latest value) and whose cancellation reads the JS side's flag;
// the Promise then settles with exactly the value the synchronous method would have returned
// (a value, null, or an error record), built on the JS thread.
#pragma once

#include <napi.h>

#include <atomic>
#include <functional>

#include "marshal.hpp"
#include "spicecraft.h"

namespace sc::node {

class AsyncJob : public Napi::AsyncProgressWorker<double> {
 public:
  // Builds the call's JS value on the JS thread from what Execute produced.
  using Finish = std::function<Napi::Value(Js& js)>;
  // Runs on a pool thread: calls the table entry with the control and returns its Finish.
  using Work = std::function<Finish(const sc_control* control)>;
  // Called on the JS thread once the Promise has settled (the owner's bookkeeping).
  using Done = std::function<void()>;

  AsyncJob(Napi::Env env, const char* name, const ControlArg& control, Work work, Done done);

  Napi::Promise promise() const { return deferred_.Promise(); }
  const char* name() const { return name_; }
  // Stops the call at its next step (the context is being disposed): it settles SPICE(CANCELLED).
  void abandon() { abandoned_.store(true, std::memory_order_relaxed); }

 protected:
  void Execute(const ExecutionProgress& progress) override;
  void OnProgress(const double* data, size_t count) override;
  void OnOK() override;
  void OnError(const Napi::Error& e) override;

 private:
  static void report(void* user, double fraction);
  static int32_t cancelled(void* user);

  const char* name_;
  Napi::Promise::Deferred deferred_;
  Napi::Reference<Napi::Int32Array> cancel_ref_;  // keeps the flag's memory alive while we read it
  int32_t* cancel_ = nullptr;
  Napi::FunctionReference progress_;
  Work work_;
  Done done_;
  Finish finish_;
  std::atomic<bool> abandoned_{false};
  const ExecutionProgress* sender_ = nullptr;  // set during Execute only
};

}  // namespace sc::node
