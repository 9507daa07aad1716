// EkPages' free lists (core/ek/writing/ek_pages.cpp): free_page (ZZEKPGFR) pushes a page on the
// free list of its type, linking it to the old head in its first word(s), and allocate (ZZEKPGAL)
// pops them back, most recently freed first, before it appends.
#include <doctest/doctest.h>

#include "ek/ek_layout.hpp"
#include "ek/writing/ek_pages.hpp"

namespace {

namespace L = sc::ek::layout;
using sc::ek::writing::EkPages;
using sc::ek::writing::PageType;

// ekpage.inc: the free count and first free page of each type.
constexpr int kCharFreeCount = 5, kCharFirstFree = 6;
constexpr int kDoubleFreeCount = 10, kDoubleFirstFree = 11;
constexpr int kIntFreeCount = 15, kIntFirstFree = 16;

}  // namespace

TEST_CASE("free_page and allocate: a LIFO free list per page type, linked through the freed pages") {
  EkPages pages;
  for (int i = 0; i < 3; ++i) {
    pages.append(PageType::integer);
    pages.append(PageType::dp);
    pages.append(PageType::character);
  }
  pages.int_at(L::int_page_base(2) + 7) = 77;  // a word the free list does not use
  pages.free_page(PageType::integer, 2);
  pages.free_page(PageType::integer, 3);
  CHECK(pages.int_at(kIntFreeCount) == 2);
  CHECK(pages.int_at(kIntFirstFree) == 3);
  CHECK(pages.int_at(L::int_page_base(3) + 1) == 2);
  CHECK(pages.int_at(L::int_page_base(2) + 1) == 0);
  CHECK(pages.int_at(L::int_page_base(2) + 7) == 77);

  pages.free_page(PageType::dp, 1);
  pages.free_page(PageType::dp, 3);
  CHECK(pages.int_at(kDoubleFreeCount) == 2);
  CHECK(pages.int_at(kDoubleFirstFree) == 3);
  CHECK(pages.double_at(L::double_page_base(3) + 1) == 1.0);

  pages.free_page(PageType::character, 2);
  pages.free_page(PageType::character, 3);
  CHECK(pages.int_at(kCharFreeCount) == 2);
  CHECK(pages.int_at(kCharFirstFree) == 3);
  // PRTENC: 2 in base 128, most significant digit first, in 5 characters.
  for (int k = 1; k <= 4; ++k) CHECK(pages.char_at(L::char_page_base(3) + k) == '\0');
  CHECK(pages.char_at(L::char_page_base(3) + 5) == '\2');

  // Popped most recently freed first, then appended once the list is empty.
  CHECK(pages.allocate(PageType::integer) == 3);
  CHECK(pages.allocate(PageType::integer) == 2);
  CHECK(pages.int_at(kIntFreeCount) == 0);
  CHECK(pages.int_at(kIntFirstFree) == 0);
  CHECK(pages.int_at(L::int_page_base(2) + 7) == 77);  // a reused page keeps its old words
  CHECK(pages.allocate(PageType::integer) == 4);
  CHECK(pages.allocate(PageType::dp) == 3);
  CHECK(pages.allocate(PageType::dp) == 1);
  CHECK(pages.allocate(PageType::dp) == 4);
  CHECK(pages.allocate(PageType::character) == 3);
  CHECK(pages.allocate(PageType::character) == 2);
  CHECK(pages.allocate(PageType::character) == 4);
}
