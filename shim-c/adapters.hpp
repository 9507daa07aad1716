// Adapters for the first table entries, whose C signatures predate the call list and are frozen
// (the table is append-only): small functions that give such a call's core function the regular
// shape calls.idl expects (typed values in, one value or struct out). New calls do not need them;
// their core functions take the shape directly.
#pragma once

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "das/dla_segments.hpp"
#include "errors/result.hpp"
#include "frames/frames_api.hpp"
#include "inventory/pck_inventory.hpp"
#include "inventory/spk_inventory.hpp"
#include "inventory/window.hpp"
#include "pool/pool_queries.hpp"
#include "pool/text_kernel_parser.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace sc::shim::adapters {

// Doubles handed over as their bytes (dafgs: packed summaries are bit patterns, not numbers).
inline Result<io::Bytes> words_as_bytes(Result<std::vector<double>> r) {
  if (!r) return std::move(r).error();
  std::vector<std::uint8_t> bytes(r->size() * sizeof(double));
  std::memcpy(bytes.data(), r->data(), bytes.size());
  return io::Bytes::from_vector(std::move(bytes));
}

// DLA descriptors cross the C table as 8 integers (CSPICE's SpiceDLADescr order).
inline Result<std::optional<std::array<int, 8>>> dla_found(Result<std::optional<das::DlaDescriptor>> r) {
  if (!r) return std::move(r).error();
  if (!*r) return std::optional<std::array<int, 8>>{};
  return std::optional<std::array<int, 8>>{(*r)->to_array()};
}
inline das::DlaDescriptor dla_descriptor(std::span<const int32_t> d) {
  return das::DlaDescriptor{d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]};
}

// One copy into core-owned memory: the caller's buffer (a JS ArrayBuffer) may move or be freed.
inline io::Bytes copy_bytes(std::span<const std::uint8_t> bytes) {
  return io::Bytes::from_vector(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}

// getfat's two answers, architecture then type, through one string sink.
inline Result<std::array<std::string, 2>> getfat(const Context& core, std::string_view file) {
  SC_TRY_ASSIGN(const auto type, core.kernels().file_type(file));
  return std::array<std::string, 2>{type.arch, type.type};
}

// The pool writers take a count and at least one value.
inline Status check_count(std::size_t n) {
  if (n < 1) return make_error("SPICE(BADARRAYSIZE)", "At least one value must be given; got 0.");
  return {};
}
inline Status pdpool(Context& core, std::string_view name, std::span<const double> values) {
  SC_TRY(check_count(values.size()));
  return pool::pdpool(core.pool(), name, values);
}
inline Status pipool(Context& core, std::string_view name, std::span<const int32_t> values) {
  SC_TRY(check_count(values.size()));
  return pool::pipool(core.pool(), name, std::vector<int>(values.begin(), values.end()));
}
inline Status pcpool(Context& core, std::string_view name, std::span<const std::string> values) {
  SC_TRY(check_count(values.size()));
  return pool::pcpool(core.pool(), name, values);
}

// lmpool text is data only, as if it followed \begindata.
inline Status lmpool(Context& core, std::string_view text) {
  std::string kernel = "\\begindata\n" + std::string(text) + "\n";
  SC_TRY_ASSIGN(const auto statements, pool::parse_text_kernel(kernel, "lmpool text"));
  return core.pool().apply(statements, "lmpool text");
}

// ccifrm answers the frame's center too (frinfo of the frame found).
struct ClassFrame {
  int frcode = 0;
  int center = 0;
  std::string frname;
};
inline std::optional<ClassFrame> ccifrm(const Context& core, int frame_class, int class_id) {
  auto frame = frames::ccifrm(core, frame_class, class_id);
  if (!frame) return std::nullopt;
  auto info = frames::frinfo(core, frame->code);
  return ClassFrame{frame->code, info ? info->center : 0, frame->name};
}

inline kernels::OutputKind output_kind(bool host_file) {
  return host_file ? kernels::OutputKind::host_file : kernels::OutputKind::virtual_output;
}

// spkcls hands the bytes of a host-file output to the host; a virtual output stays in the context.
inline Result<std::optional<io::Bytes>> spkcls(Context& core, int handle) {
  SC_TRY_ASSIGN(const auto closed, spk::spkcls(core, handle));
  if (closed.kind != kernels::OutputKind::host_file) return std::optional<io::Bytes>{};
  return std::optional<io::Bytes>{closed.bytes};
}

// The segment descriptor arguments every SPK writer takes; the frame code is looked up later.
inline spk::SegmentSpec segment(int body, int center, std::string_view frame, double first, double last,
                                std::string_view segid) {
  return spk::SegmentSpec{body, center, frame, std::nullopt, first, last, segid};
}

// The caller's window, normalised by inserting its intervals one by one (so an unsorted or
// overlapping input is united, and a reversed interval fails with SPICE(BADENDPOINTS)).
inline Result<inventory::Window> input_window(std::span<const double> cover) {
  if (cover.size() % 2 != 0) {
    return make_error("SPICE(INVALIDSIZE)",
                      "A window holds pairs of endpoints; got " + std::to_string(cover.size()) + " numbers.");
  }
  inventory::Window window;
  for (std::size_t i = 0; i < cover.size(); i += 2) SC_TRY(inventory::insert_interval(window, cover[i], cover[i + 1]));
  return window;
}
inline Result<inventory::Window> spkcov(const Context& core, std::string_view file, int idcode,
                                        std::span<const double> cover) {
  SC_TRY_ASSIGN(auto window, input_window(cover));
  return inventory::spkcov(core.kernels(), file, idcode, std::move(window));
}
inline Result<inventory::Window> pckcov(const Context& core, std::string_view file, int idcode,
                                        std::span<const double> cover) {
  SC_TRY_ASSIGN(auto window, input_window(cover));
  return inventory::pckcov(core.kernels(), file, idcode, std::move(window));
}

inline std::vector<int> int_vector(std::span<const int32_t> ids) { return {ids.begin(), ids.end()}; }

// spksfs: the file and segment names through one sink, the descriptor as CSPICE's dc and ic.
struct SegmentFound {
  std::array<std::string, 2> names;  // the loaded file, the segment identifier
  std::array<double, 2> dc{};        // start, end (TDB)
  std::array<int, 6> ic{};           // target, center, frame, type, first address, last address
  int handle = 0;
};
inline Result<std::optional<SegmentFound>> spksfs(const Context& core, int body, double et) {
  SC_TRY_ASSIGN(const auto got, inventory::spksfs(core.kernels(), body, et));
  if (!got) return std::optional<SegmentFound>{};
  const auto& s = got->segment;
  return std::optional<SegmentFound>{SegmentFound{{got->file, s.name},
                                                  {s.start_et, s.end_et},
                                                  {s.target, s.center, s.frame, s.type, s.begin, s.end},
                                                  got->handle}};
}

}  // namespace sc::shim::adapters
