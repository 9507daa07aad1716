#include "ek/writing/ek_pages.hpp"

#include <algorithm>

#include "das/das_image.hpp"
#include "ek/writing/das_directories.hpp"

#include <cmath>

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

// ekpage.inc's directory words beside those the reader uses: the page size and base per type.
constexpr int kCharSizeWord = 2, kCharBaseWord = 3;
constexpr int kDoubleSizeWord = 7, kDoubleBaseWord = 8;
constexpr int kIntSizeWord = 12, kIntBaseWord = 13;
// Free lists: the number of free pages and the first one, per type; a free page holds the next.
constexpr int kCharFreeCount = 5, kCharFirstFree = 6;
constexpr int kDoubleFreeCount = 10, kDoubleFirstFree = 11;
constexpr int kIntFreeCount = 15, kIntFirstFree = 16;

}  // namespace

// ZZEKPGIN's page directory is the file's first record, an integer one.
EkPages::EkPages() : ints_(L::kIntPageOrigin, 0), records_{PageType::integer} {
  int_at(L::kArchitectureWord) = L::kArchitecture;
  int_at(kCharSizeWord) = L::kCharPageSize;
  int_at(kDoubleSizeWord) = L::kDoublePageSize;
  int_at(kIntSizeWord) = L::kIntPageSize;
  int_at(kCharBaseWord) = 0;
  int_at(kDoubleBaseWord) = 0;
  int_at(kIntBaseWord) = L::kIntPageOrigin;
}

EkPages::EkPages(std::string chars, std::vector<double> doubles, std::vector<std::int32_t> ints)
    : chars_(std::move(chars)), doubles_(std::move(doubles)), ints_(std::move(ints)) {
  records_.insert(records_.end(), chars_.size() / L::kCharPageSize, PageType::character);
  records_.insert(records_.end(), doubles_.size() / L::kDoublePageSize, PageType::dp);
  records_.insert(records_.end(), ints_.size() / L::kIntPageSize, PageType::integer);
}

int EkPages::allocate(PageType type) {
  const int count_word = type == PageType::character ? kCharFreeCount
                         : type == PageType::dp      ? kDoubleFreeCount
                                                     : kIntFreeCount;
  const int first_word = count_word + 1;
  static_assert(kCharFirstFree == kCharFreeCount + 1 && kDoubleFirstFree == kDoubleFreeCount + 1 &&
                kIntFirstFree == kIntFreeCount + 1);
  const int p = int_at(first_word);
  if (p <= 0) return append(type);
  const int base = EkPages::base(type, p);
  int next = 0;
  if (type == PageType::character) {
    for (int k = 1; k <= L::kEncodedSize; ++k) next = next * 128 + static_cast<unsigned char>(char_at(base + k));
  } else if (type == PageType::dp) {
    next = static_cast<int>(std::lround(double_at(base + 1)));  // IDNINT
  } else {
    next = int_at(base + 1);
  }
  int_at(count_word) -= 1;
  int_at(first_word) = next;
  return p;
}

void EkPages::free_page(PageType type, int page) {
  const int count_word = type == PageType::character ? kCharFreeCount
                         : type == PageType::dp      ? kDoubleFreeCount
                                                     : kIntFreeCount;
  const int first_word = count_word + 1;
  // The freed page links to the old head in the word(s) allocate() reads back: a character page
  // holds it PRTENC-encoded in its first 5 characters, a double page as a double. Nothing else in
  // the page changes, so a reused page starts with its old contents, as in CSPICE.
  const int base = EkPages::base(type, page);
  const int head = int_at(first_word);
  if (type == PageType::character) {
    write_encoded(base + 1, head);
  } else if (type == PageType::dp) {
    double_at(base + 1) = static_cast<double>(head);
  } else {
    int_at(base + 1) = head;
  }
  int_at(first_word) = page;
  int_at(count_word) += 1;
}

int EkPages::append(PageType type) {
  int count_word = 0;
  switch (type) {
    case PageType::character:
      chars_.append(L::kCharPageSize, ' ');
      count_word = L::kCharPagesWord;
      break;
    case PageType::dp:
      doubles_.insert(doubles_.end(), L::kDoublePageSize, 0.0);
      count_word = L::kDoublePagesWord;
      break;
    case PageType::integer:
      ints_.insert(ints_.end(), L::kIntPageSize, 0);
      count_word = L::kIntPagesWord;
      break;
  }
  records_.push_back(type);  // a page is one DAS record
  return ++int_at(count_word);
}

int EkPages::base(PageType type, int page) {
  switch (type) {
    case PageType::character:
      return L::char_page_base(page);
    case PageType::dp:
      return L::double_page_base(page);
    case PageType::integer:
      break;
  }
  return L::int_page_base(page);
}

IntPage EkPages::read_int_page(int page) const {
  IntPage words{};
  const auto at = static_cast<std::size_t>(L::int_page_base(page));
  for (std::size_t i = 0; i < words.size(); ++i) words[i] = ints_[at + i];
  return words;
}

void EkPages::write_int_page(int page, const IntPage& words) {
  const auto at = static_cast<std::size_t>(L::int_page_base(page));
  for (std::size_t i = 0; i < words.size(); ++i) ints_[at + i] = words[i];
}

void EkPages::write_chars(int address, std::string_view text) {
  chars_.replace(static_cast<std::size_t>(address - 1), text.size(), text);
}

int EkPages::read_encoded(int address) const {
  int value = 0;
  for (int k = 0; k < L::kEncodedSize; ++k) {
    value = value * 128 + static_cast<unsigned char>(chars_[static_cast<std::size_t>(address - 1 + k)]);
  }
  return value;
}

void EkPages::write_encoded(int address, int value) {
  // PRTENC: base 128, most significant digit first, in 5 characters.
  auto v = static_cast<unsigned>(value);
  for (int k = L::kEncodedSize - 1; k >= 0; --k) {
    char_at(address + k) = static_cast<char>(v % 128);
    v /= 128;
  }
}

std::vector<std::uint8_t> EkPages::image(std::string_view ifname, int ncomch, std::span<const std::uint8_t> comments,
                                         int ncomc) const {
  auto bytes = das::segregated_image({.type = "EK",
                                      .ifname = ifname,
                                      .ncomch = ncomch,
                                      .comments = comments,
                                      .ncomc = ncomc,
                                      .chars = chars_,
                                      .doubles = doubles_,
                                      .ints = ints_});
  // The first directory record follows the file record and the comment records.
  const int ncomr = !comments.empty() ? static_cast<int>(comments.size()) / L::kCharPageSize
                                      : (std::max(ncomch, 0) + L::kCharPageSize - 1) / L::kCharPageSize;
  for (const auto& record : trailing_directories(2 + ncomr, records_)) {
    for (const std::int32_t word : record) {
      const auto u = static_cast<std::uint32_t>(word);
      for (int k = 0; k < 4; ++k) bytes.push_back(static_cast<std::uint8_t>(u >> (8 * k)));
    }
  }
  return bytes;
}

}  // namespace sc::ek::writing
