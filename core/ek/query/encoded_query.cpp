#include "ek/query/encoded_query.hpp"

#include <string>

namespace sc::ek::query {

Status EncodedQueryBudget::append(int item) {
  if (integers_ >= kEncodedSize) {
    return make_error("SPICE(CELLTOOSMALL)",
                      "The cell cannot accommodate the addition of the element " + std::to_string(item) + ".");
  }
  ++integers_;
  return {};
}

Status EncodedQueryBudget::append(const Descriptor& d) {
  for (const int item : d) SC_TRY(append(item));
  return {};
}

Result<Descriptor> EncodedQueryBudget::insert_text(int length, Lexeme lexeme) {
  const int room = kMaxCharacters - next_char_ + 1;
  if (length > room) {
    return make_error("SPICE(BUFFERTOOSMALL)",
                      "Out of room in character portion of encoded query; only " + std::to_string(room) +
                          " elements were available; " + std::to_string(length) + " are needed.");
  }
  const Descriptor d{1, lexeme.begin, lexeme.end, next_char_, next_char_ + length - 1, 0};
  next_char_ += length;
  return d;
}

Result<Descriptor> EncodedQueryBudget::insert_number(int type, Lexeme lexeme) {
  if (next_number_ > kMaxNumbers) {
    return make_error("SPICE(BUFFERTOOSMALL)", "Out of room in numeric portion of encoded query; only " +
                                                   std::to_string(kMaxNumbers) + " elements were available.");
  }
  const Descriptor d{type, lexeme.begin, lexeme.end, next_number_, 0, 0};
  ++next_number_;
  return d;
}

}  // namespace sc::ek::query
