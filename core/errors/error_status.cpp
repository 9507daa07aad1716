#include "errors/error_status.hpp"

#include <cctype>

namespace sc::errors {
namespace {

// The C wrappers' CHKFSTR check, before the Fortran routine runs.
Status nonempty(std::string_view value, const char* operation, const char* what) {
  if (!value.empty()) return {};
  return make_error("SPICE(EMPTYSTRING)", std::string("String \"") + what + "\" has length zero.").within(operation);
}

std::string upper_trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(' ');
  std::string out(s.substr(first, last - first + 1));
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Status ErrorStatus::chkin(std::string_view module) {
  SC_TRY(nonempty(module, "chkin_c", "module"));
  trace_.emplace_back(module);
  return {};
}

Status ErrorStatus::chkout(std::string_view module) {
  SC_TRY(nonempty(module, "chkout_c", "module"));
  // CHKOUT pops the top name whether or not it matches (a mismatch is only reported on CSPICE's
  // output, not signalled); Fortran compares without trailing blanks.
  if (!trace_.empty()) trace_.pop_back();
  return {};
}

Status ErrorStatus::setmsg(std::string_view message) {
  SC_TRY(nonempty(message, "setmsg_c", "msg"));
  long_message_.assign(message);
  return {};
}

Status ErrorStatus::sigerr(std::string_view short_code) {
  SC_TRY(nonempty(short_code, "sigerr_c", "msg"));
  Error e = make_error(std::string(short_code), long_message_);
  e.trace = trace_;  // CSPICE's traceback: the chkin names, outermost first
  // The call fails, and a failed call leaves CSPICE's status reset (see error_status.hpp).
  reset();
  return e;
}

Result<std::string> ErrorStatus::getmsg(std::string_view which) const {
  const auto option = upper_trimmed(which);
  // Between calls no error is signalled: the short message and its explanation are blank.
  if (option == "SHORT" || option == "EXPLAIN") return std::string();
  if (option == "LONG") return long_message_;
  return make_error("SPICE(INVALIDMSGTYPE)", "The option '" + std::string(which) +
                                                 "' is not one of SHORT, LONG or EXPLAIN.")
      .within("getmsg_c");
}

}  // namespace sc::errors
