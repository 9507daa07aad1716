#include "kernels/meta_kernel.hpp"

#include <algorithm>
#include <cctype>

namespace sc::kernels {
namespace {

constexpr std::string_view kFiles = "KERNELS_TO_LOAD";
constexpr std::string_view kSymbols = "PATH_SYMBOLS";
constexpr std::string_view kValues = "PATH_VALUES";

// Collects the final value of a string variable, honouring `+=` as the pool would.
Result<std::vector<std::string>> strings_of(std::span<const pool::Assignment> statements,
                                            std::string_view name, std::string_view meta_name) {
  std::vector<std::string> out;
  for (const auto& s : statements) {
    if (s.name != name) continue;
    if (s.value.type != pool::VarType::Character) {
      return make_error("SPICE(TYPEMISMATCH)", "The meta-kernel " + std::string(meta_name) + " assigns numbers to " +
                                                   std::string(name) + "; it must hold strings.");
    }
    if (!s.append) out.clear();
    out.insert(out.end(), s.value.strings.begin(), s.value.strings.end());
  }
  return out;
}

}  // namespace

bool is_meta_kernel(std::span<const pool::Assignment> statements) {
  return std::any_of(statements.begin(), statements.end(), [](const auto& s) { return s.name == kFiles; });
}

bool is_meta_kernel_variable(std::string_view name) {
  return name == kFiles || name == kSymbols || name == kValues;
}

Result<std::vector<std::string>> meta_kernel_files(std::span<const pool::Assignment> statements,
                                                   std::string_view meta_name) {
  SC_TRY_ASSIGN(auto&& files, strings_of(statements, kFiles, meta_name));
  SC_TRY_ASSIGN(auto&& symbols, strings_of(statements, kSymbols, meta_name));
  SC_TRY_ASSIGN(auto&& values, strings_of(statements, kValues, meta_name));
  if (symbols.size() != values.size()) {
    return make_error("SPICE(PATHMISMATCH)",
                      "The meta-kernel " + std::string(meta_name) + " has " + std::to_string(symbols.size()) +
                          " PATH_SYMBOLS but " + std::to_string(values.size()) + " PATH_VALUES.");
  }

  // A name ending in '+' continues in the next element (names longer than a kernel line).
  std::vector<std::string> joined;
  std::string pending;
  bool continuing = false;
  for (const auto& piece : files) {
    std::string part = piece;
    auto end = part.find_last_not_of(' ');
    part = end == std::string::npos ? std::string() : part.substr(0, end + 1);
    bool more = !part.empty() && part.back() == '+';
    if (more) part.pop_back();
    pending += continuing ? part : part.substr(std::min(part.size(), part.find_first_not_of(' ')));
    continuing = more;
    if (!more) {
      joined.push_back(std::move(pending));
      pending.clear();
    }
  }
  if (continuing) joined.push_back(std::move(pending));

  // $SYMBOL is replaced by its PATH_VALUES entry (symbols are case-sensitive whole words).
  for (auto& file : joined) {
    for (std::size_t i = 0; i < symbols.size(); ++i) {
      const std::string token = "$" + symbols[i];
      for (auto at = file.find(token); at != std::string::npos; at = file.find(token, at)) {
        auto after = at + token.size();
        bool whole = after >= file.size() || !(std::isalnum(static_cast<unsigned char>(file[after])) || file[after] == '_');
        if (!whole) {
          at = after;
          continue;
        }
        file.replace(at, token.size(), values[i]);
        at += values[i].size();
      }
    }
    if (file.find('$') != std::string::npos) {
      return make_error("SPICE(NOSUCHSYMBOL)", "The meta-kernel " + std::string(meta_name) + " names '" + file +
                                                  "', which uses a path symbol that PATH_SYMBOLS does not define.");
    }
  }
  return joined;
}

}  // namespace sc::kernels
