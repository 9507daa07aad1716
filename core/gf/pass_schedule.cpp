#include "gf/pass_schedule.hpp"

#include <algorithm>

namespace sc::gf {

PassSchedule::PassSchedule(const SearchControl& parent, int total)
    : shared_(std::make_shared<Shared>()), total_(std::max(total, 1)) {
  shared_->parent = &parent;
}

void PassSchedule::Shared::report(double fraction) {
  fraction = std::min(fraction, 1.0);
  if (!parent->progress || fraction <= reported) return;
  reported = fraction;
  parent->progress(fraction);
}

SearchControl PassSchedule::next(int passes) {
  SearchControl child;
  const double start = static_cast<double>(done_) / total_;
  const double width = static_cast<double>(passes) / total_;
  done_ += passes;
  if (shared_->parent->progress) {
    child.progress = [shared = shared_, start, width](double f) { shared->report(start + f * width); };
  }
  if (shared_->parent->cancelled) child.cancelled = shared_->parent->cancelled;
  child.hooks = shared_->parent->hooks;  // gfevnt: the caller's functions reach every part
  return child;
}

void PassSchedule::finish() { shared_->report(1.0); }

}  // namespace sc::gf
