#include "writers/dla/dlaopn.hpp"

#include <string>

#include "das/dla_writer.hpp"
#include "writers/daf_output.hpp"

namespace sc::writers {

Result<int> dlaopn(Context& ctx, std::string_view name, std::string_view ftype, std::string_view ifname, int ncomch,
                   kernels::OutputKind kind) {
  auto handle = [&]() -> Result<int> {
    if (ncomch < 0) {
      return make_error("SPICE(BADRECORDCOUNT)", "Requested number of comment characters must be non-negative but was " +
                                                     std::to_string(ncomch) + ".");
    }
    if (name.find_first_not_of(' ') == std::string_view::npos) {
      return make_error("SPICE(BLANKFILENAME)", "The file name is blank. ");
    }
    const auto first = ftype.find_first_not_of(' ');
    if (first == std::string_view::npos) return make_error("SPICE(BLANKFILETYPE)", "The file type is blank. ");
    const std::string_view type = ftype.substr(first, ftype.find_last_not_of(' ') - first + 1);
    for (char c : type) {
      if (static_cast<unsigned char>(c) < 32 || static_cast<unsigned char>(c) > 126) {
        return make_error("SPICE(ILLEGALCHARACTER)", "The file type contains nonprinting characters. ");
      }
    }
    return ctx.outputs().open_das(std::string(name), kind,
                                  das::DlaWriter(std::string(type.substr(0, 4)), std::string(ifname), ncomch));
  }();
  return traced(std::move(handle), "dlaopn");
}

}  // namespace sc::writers
