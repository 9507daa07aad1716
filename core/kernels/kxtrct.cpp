#include "kernels/kxtrct.hpp"

namespace sc::kernels {
namespace {

struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;  // one past the last character
};

// FNDNWD: the first word at or after `from`, nullopt at the end of the string.
std::optional<Word> next_word(std::string_view s, std::size_t from) {
  const auto b = s.find_first_not_of(' ', std::min(from, s.size()));
  if (b == std::string_view::npos) return std::nullopt;
  auto e = s.find(' ', b);
  if (e == std::string_view::npos) e = s.size();
  return Word{b, e};
}

std::string_view rtrim(std::string_view s) {
  const auto last = s.find_last_not_of(' ');
  return last == std::string_view::npos ? std::string_view{} : s.substr(0, last + 1);
}

bool is_term(std::string_view word, std::span<const std::string> terms) {
  for (const auto& t : terms) {
    if (rtrim(t) == word) return true;  // ISRCHC: Fortran equality
  }
  return false;
}

// WDINDX: where `word` first occurs in `s` delimited by blanks or the string's ends.
std::optional<std::size_t> word_index(std::string_view s, std::string_view word) {
  for (auto w = next_word(s, 0); w; w = next_word(s, w->end)) {
    if (s.substr(w->begin, w->end - w->begin) == word) return w->begin;
  }
  return std::nullopt;
}

}  // namespace

Result<std::optional<Extracted>> kxtrct(std::string_view keywd, std::span<const std::string> terms,
                                        std::string_view wordsq) {
  if (keywd.empty()) {
    return make_error("SPICE(EMPTYSTRING)", "String \"keywd\" has length zero.").within("kxtrct_c");
  }
  const auto first = keywd.find_first_not_of(' ');
  if (first == std::string_view::npos) return std::optional<Extracted>();
  const auto key = rtrim(keywd.substr(first));
  const auto at = word_index(wordsq, key);
  if (!at) return std::optional<Extracted>();

  // Erase from the keyword to the last word before a terminator (or the end of the string).
  const std::size_t erase_from = *at;
  std::size_t erase_to = *at + key.size();
  std::size_t substr_from = 0, substr_to = 0;
  bool any = false;
  for (auto w = next_word(wordsq, erase_to); w; w = next_word(wordsq, w->end)) {
    if (is_term(wordsq.substr(w->begin, w->end - w->begin), terms)) break;
    if (!any) substr_from = w->begin;
    any = true;
    substr_to = w->end;
    erase_to = w->end;
  }
  Extracted out;
  if (any) out.substr.assign(wordsq.substr(substr_from, substr_to - substr_from));
  // SHIFTL moves the rest of the string left over the erased part; blanks fill the end, which the
  // C wrapper's output does not keep.
  std::string rest(wordsq.substr(0, erase_from));
  rest.append(wordsq.substr(erase_to));
  out.wordsq.assign(rtrim(rest));
  return std::optional<Extracted>(std::move(out));
}

}  // namespace sc::kernels
