// The one conversion between the core's UTF-8 strings and JS strings (UTF-16 code units), used by
// both bindings (issue 16, item 3). The JS engines only copy code units (napi_*_utf16 on Node,
// Embind's std::u16string on WASM); every decision about ill-formed text is made here, once:
// - UTF-8 to UTF-16 follows the WHATWG/Encoding Standard decoder, which V8's own decoder also
//   follows: each maximal subpart of an ill-formed sequence becomes one U+FFFD (a lone continuation
//   byte, a truncated sequence, an overlong or surrogate encoding, a value above U+10FFFF, bytes
//   F5..FF), and nothing past the end of the input is ever read. NULs are ordinary characters.
// - UTF-16 to UTF-8 encodes a surrogate pair as one 4-byte sequence and each unpaired surrogate as
//   U+FFFD (as TextEncoder and V8's String::WriteUtf8 with replacement do); the unit after an
//   unpaired lead surrogate is never consumed with it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sc::binding {

inline constexpr char16_t kReplacement = 0xFFFD;

// Decodes UTF-8 into UTF-16 code units, one U+FFFD per maximal ill-formed subpart.
inline std::u16string utf16_from_utf8(std::string_view s) {
  std::u16string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      out.push_back(static_cast<char16_t>(c));
      ++i;
      continue;
    }
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the range allowed for the next byte (Unicode table 3-7)
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {  // 80..C1 (continuation or overlong lead), F5..FF
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    std::size_t got = 0;
    while (got < need && j < n && p[j] >= lo && p[j] <= hi) {
      cp = (cp << 6) | (p[j] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
      ++j;
      ++got;
    }
    if (got < need) {
      out.push_back(kReplacement);  // the maximal subpart i..j-1; the byte at j starts afresh
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
    i = j;
  }
  return out;
}

// Encodes UTF-16 code units as UTF-8, each unpaired surrogate as U+FFFD (EF BF BD).
inline std::string utf8_from_utf16(std::u16string_view s) {
  std::string out;
  out.reserve(s.size());
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    char32_t cp = s[i];
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      if (cp <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i + 1] - 0xDC00);
        ++i;
      } else {
        cp = kReplacement;  // unpaired: the next unit is left for the next step
      }
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

}  // namespace sc::binding
