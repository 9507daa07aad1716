#include "gf/search_control.hpp"

#include <algorithm>

namespace sc::gf {

Error cancelled_error() {
  return make_error("SPICE(CANCELLED)", "The GF search was cancelled by its caller before it completed.");
}

void SearchProgress::begin_pass(double measure) {
  ++pass_;
  measure_ = measure;
  done_ = 0;
  have_interval_ = false;
  report(static_cast<double>(pass_ - 1) / passes_);
}

Status SearchProgress::update(double ivbeg, double ivend, double et) {
  // GFREPU counts an interval as done once the search has moved on to the next one.
  if (have_interval_ && (ivbeg != ivbeg_ || ivend != ivend_)) done_ += ivend_ - ivbeg_;
  ivbeg_ = ivbeg;
  ivend_ = ivend;
  have_interval_ = true;
  const double within = measure_ > 0 ? std::clamp((done_ + (et - ivbeg)) / measure_, 0.0, 1.0) : 1.0;
  report((pass_ - 1 + within) / passes_);
  if (control_.hooks != nullptr && control_.hooks->report_update) return control_.hooks->report_update(ivbeg, ivend, et);
  return {};
}

Result<SearchProgress::Stop> SearchProgress::stop() {
  if (cancelled()) return Stop::cancel;
  if (control_.hooks != nullptr && control_.hooks->interrupted) {
    SC_TRY_ASSIGN(const bool bail, control_.hooks->interrupted());
    if (bail) {
      bailed_ = true;
      return Stop::bail;
    }
  }
  return Stop::no;
}

void SearchProgress::end_pass() { report(static_cast<double>(pass_) / passes_); }

void SearchProgress::report(double fraction) {
  if (!control_.progress || fraction <= reported_) return;
  reported_ = fraction;
  control_.progress(fraction);
}

}  // namespace sc::gf
