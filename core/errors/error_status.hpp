// CSPICE's error subsystem as a context's state (chkin, chkout, setmsg, sigerr, failed, getmsg,
// reset), in RETURN mode as the tspice contract exposes it: every call that fails throws its
// SpiceError and CSPICE's status is reset afterwards, so between calls failed() is false and the
// short message is blank; only setmsg's long message and the traceback names persist.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"

namespace sc::errors {

class ErrorStatus {
 public:
  // CHKIN / CHKOUT: the traceback names. A name chkout does not find on top is not an error in
  // RETURN mode (CSPICE writes SPICE(NAMESDONOTMATCH) to its output and carries on).
  Status chkin(std::string_view module);
  Status chkout(std::string_view module);
  // SETMSG: the long message the next sigerr reports.
  Status setmsg(std::string_view message);
  // SIGERR: always an error with that short code, setmsg's message and the traceback; the status
  // is reset afterwards, as a failed call leaves it.
  Status sigerr(std::string_view short_code);
  // FAILED: always false between calls (see above).
  bool failed() const { return false; }
  // GETMSG: "SHORT", "LONG" or "EXPLAIN" (case and surrounding blanks ignored);
  // SPICE(INVALIDMSGTYPE) for anything else.
  Result<std::string> getmsg(std::string_view which) const;
  // RESET: clears the messages (the traceback stays, as in CSPICE).
  void reset() { long_message_.clear(); }

 private:
  std::string long_message_;
  std::vector<std::string> trace_;
};

}  // namespace sc::errors
