#include "frames/kplfrm.hpp"

#include <algorithm>
#include <string>

#include "frames/frame_text.hpp"
#include "pool/pool_queries.hpp"

namespace sc::frames {
namespace {

constexpr int kAllClasses = -1;
constexpr int kLastClass = 6;  // SWTCH, the switch frames of N0067

// The first value of an integer variable (GIPOOL with room 1), nullopt when there is none.
Result<std::optional<int>> first_int(const pool::Pool& pool, const std::string& name) {
  SC_TRY_ASSIGN(auto&& values, pool::gipool(pool, name, 0, 1));
  if (!values || values->empty()) return std::optional<int>();
  return std::optional<int>((*values)[0]);
}

Result<std::optional<std::string>> first_string(const pool::Pool& pool, const std::string& name) {
  SC_TRY_ASSIGN(auto&& values, pool::gcpool(pool, name, 0, 1));
  if (!values || values->empty()) return std::optional<std::string>();
  return std::optional<std::string>((*values)[0]);
}

}  // namespace

Result<std::vector<int>> kplfrm(const pool::Pool& pool, int frmcls) {
  if (frmcls > kLastClass || frmcls == 0 || frmcls < kAllClasses) {
    return make_error("SPICE(BADFRAMECLASS)",
                      "Frame class specifier FRMCLS was " + std::to_string(frmcls) + "; this value is not supported.")
        .within("kplfrm");
  }
  std::vector<int> ids;
  // Candidates are the FRAME_*_NAME variables; the kernel variable names KPLFRM builds live in
  // CHARACTER*32 buffers, so they are cut as CSPICE cuts them (text::fit).
  for (const auto& variable : pool.match("FRAME_*_NAME")) {
    SC_TRY_ASSIGN(auto&& name, first_string(pool, variable));
    if (!name) continue;
    const std::string frame = text::fit(*name);
    SC_TRY_ASSIGN(auto&& id, first_int(pool, text::fit("FRAME_" + frame)));
    if (!id) continue;
    const std::string id_text = text::int_text(*id);
    SC_TRY_ASSIGN(auto&& named, first_string(pool, text::fit("FRAME_" + id_text + "_NAME")));
    if (!named) continue;
    SC_TRY_ASSIGN(auto&& cls, first_int(pool, text::fit("FRAME_" + id_text + "_CLASS")));
    if (!cls) {
      SC_TRY_ASSIGN(auto&& by_name, first_int(pool, text::fit("FRAME_" + frame + "_CLASS")));
      cls = by_name;
    }
    if (cls && (frmcls == kAllClasses || *cls == frmcls)) ids.push_back(*id);
  }
  std::sort(ids.begin(), ids.end());  // VALIDI: a set, sorted, without duplicates
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace sc::frames
