// What the core tests share about fixtures and results: the fixtures folder (tests/fixtures), a
// kernel's bytes, loading one into a registry, and unwrapping a Result under REQUIRE.
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "errors/result.hpp"
#include "io/bytes.hpp"
#include "kernels/kernel_registry.hpp"
#include "spk/state.hpp"

namespace sc_test {

inline const std::string kFixturesDir = SC_FIXTURES_DIR;

inline std::filesystem::path fixtures_dir() { return std::filesystem::path(kFixturesDir); }

// The bytes of tests/fixtures/kernels/<relative>.
inline std::vector<std::uint8_t> fixture_bytes(const std::string& relative) {
  std::ifstream in(fixtures_dir() / "kernels" / relative, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << relative);
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A whole text file.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The value of a Result that must hold one; a Status that must be ok.
template <class T>
T ok(sc::Result<T> r) {
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().short_code + " " + r.error().long_msg));
  return std::move(r).value();
}
inline void ok(const sc::Status& s) {
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().short_code + " " + s.error().long_msg));
}

// "(ok)" or the error's short code, for CHECKs on which error a call gives.
inline std::string error_code(const sc::Status& s) { return s.ok() ? "(ok)" : s.error().short_code; }
template <class T>
std::string error_code(const sc::Result<T>& r) {
  return r.ok() ? "(ok)" : r.error().short_code;
}

// Loads tests/fixtures/kernels/<relative> as the memory kernel "/kernels/<relative>".
inline void load(sc::kernels::KernelRegistry& registry, const std::string& relative) {
  auto status = registry.furnsh_bytes("/kernels/" + relative, sc::io::Bytes::from_vector(fixture_bytes(relative)));
  REQUIRE_MESSAGE(status.ok(), relative << ": " << (status.ok() ? "" : status.error().long_msg));
}

// Loads `bytes` as the memory kernel `name`.
inline void load_bytes(sc::kernels::KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  auto status = registry.furnsh_bytes(name, sc::io::Bytes::from_vector(std::move(bytes)));
  REQUIRE_MESSAGE(status.ok(), name << ": " << (status.ok() ? "" : status.error().long_msg));
}

// Bit-for-bit equality of two states (== would call -0 and +0 equal and NaN unequal).
inline bool same_bits(const sc::spk::State& a, const sc::spk::State& b) {
  return std::memcmp(a.data(), b.data(), sizeof a) == 0;
}

}  // namespace sc_test
