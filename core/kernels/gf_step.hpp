// GFSSTP/GFSTEP's saved step of one context (issue 14): set by gfsstp_c and, as in CSPICE, by every
// GF search that takes a step (they call GFSSTP before searching), read by gfstep_c, which signals
// SPICE(NOTINITIALIZED) before any was set. A search only records its step, so this is atomic:
// searches stay readers of the context and may run on several threads (the last step set wins,
// as with CSPICE's saved variable).
#pragma once

#include <atomic>
#include <optional>

namespace sc::kernels {

class GfStep {
 public:
  GfStep() = default;
  // A context is a value (moved into its handle): copies carry the step over.
  GfStep(const GfStep& other) : seconds_(other.seconds_.load(std::memory_order_relaxed)) {}
  GfStep& operator=(const GfStep& other) {
    seconds_.store(other.seconds_.load(std::memory_order_relaxed), std::memory_order_relaxed);
    return *this;
  }

  void set(double seconds) const { seconds_.store(seconds, std::memory_order_relaxed); }
  std::optional<double> get() const {
    const double s = seconds_.load(std::memory_order_relaxed);
    return s > 0 ? std::optional<double>(s) : std::nullopt;  // a step set is always positive
  }

 private:
  mutable std::atomic<double> seconds_{-1.0};  // GFSTEP's SVSTEP; -1 until set, as in CSPICE
};

}  // namespace sc::kernels
