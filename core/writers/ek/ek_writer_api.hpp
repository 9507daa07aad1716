// The EK writers over a Context (issue 18): ekopn and ekopw open an EK for writing as an output like
// the other writers' (a virtual output staged for furnsh, or a host file whose bytes go back to the
// host at close); ekifld, ekacli/ekacld/ekaclc and ekffld are CSPICE's fast load
// (ek/writing/ek_writer.hpp); ekcls of a writer's handle closes it (the TS layer routes it here).
// Segment numbers are 0-based, as in CSPICE's C interface and tspice.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"
#include "kernels/output_registry.hpp"

namespace sc::writers {

// EKOPN: SPICE(INVALIDCOUNT) for ncomch < 0, SPICE(BLANKFILENAME), SPICE(FILEOPENFAIL) when the
// name is already being written.
Result<int> ekopn(Context& ctx, std::string_view name, std::string_view ifname, int ncomch, kernels::OutputKind kind);

// EKOPW: an existing EK (staged bytes or a host file) opened to add segments. SPICE(FILEOPENFAIL),
// SPICE(FILENOTFOUND), the DAS and EK readers' errors (SPICE(NOTADASFILE),
// SPICE(WRONGARCHITECTURE), ...), SPICE(UNSUPPORTEDBFF) for a BIG-IEEE file.
Result<int> ekopw(Context& ctx, std::string_view name, kernels::OutputKind kind);

struct FastLoadStart {
  int segno = 0;              // 0-based
  std::vector<int> rcptrs;    // CSPICE's record pointers, to give back to ekacl* and ekffld
};

// EKIFLD. SPICE(NOSUCHHANDLE) for a handle not open for writing an EK, then EKBSEG's and EKIFLD's
// checks (ek/writing/ek_writer.hpp).
Result<FastLoadStart> ekifld(Context& ctx, int handle, std::string_view tabnam, int nrows,
                             std::span<const std::string> cnames, std::span<const std::string> decls);

// EKACLI / EKACLD / EKACLC: `nlflgs` holds 0 or 1 per row.
Status ekacli(Context& ctx, int handle, int segno, std::string_view column, std::span<const std::int32_t> ivals,
              std::span<const std::int32_t> entszs, std::span<const std::int32_t> nlflgs,
              std::span<const std::int32_t> rcptrs);
Status ekacld(Context& ctx, int handle, int segno, std::string_view column, std::span<const double> dvals,
              std::span<const std::int32_t> entszs, std::span<const std::int32_t> nlflgs,
              std::span<const std::int32_t> rcptrs);
Status ekaclc(Context& ctx, int handle, int segno, std::string_view column, std::span<const std::string> cvals,
              std::span<const std::int32_t> entszs, std::span<const std::int32_t> nlflgs,
              std::span<const std::int32_t> rcptrs);

// EKFFLD.
Status ekffld(Context& ctx, int handle, int segno, std::span<const std::int32_t> rcptrs);

// The record-by-record writers (CSPICE's C interface: segment and record numbers 0-based).
// EKBSEG: an empty segment; its 0-based number.
Result<int> ekbseg(Context& ctx, int handle, std::string_view tabnam, std::span<const std::string> cnames,
                   std::span<const std::string> decls);
// EKINSR: an empty record inserted before record `recno` (0 .. nrec); EKAPPR: appended, its number.
Status ekinsr(Context& ctx, int handle, int segno, int recno);
Result<int> ekappr(Context& ctx, int handle, int segno);
// EKACEI / EKACED / EKACEC: the entry of one column of one record (a scalar column takes the first
// value).
Status ekacei(Context& ctx, int handle, int segno, int recno, std::string_view column,
              std::span<const std::int32_t> ivals, bool isnull);
Status ekaced(Context& ctx, int handle, int segno, int recno, std::string_view column, std::span<const double> dvals,
              bool isnull);
Status ekacec(Context& ctx, int handle, int segno, int recno, std::string_view column,
              std::span<const std::string> cvals, bool isnull);

// EKDELR: deletes record `recno` (0-based); later records move up.
Status ekdelr(Context& ctx, int handle, int segno, int recno);
// EKUCEI / EKUCED / EKUCEC: replaces the entry of one column of one record.
Status ekucei(Context& ctx, int handle, int segno, int recno, std::string_view column,
              std::span<const std::int32_t> ivals, bool isnull);
Status ekuced(Context& ctx, int handle, int segno, int recno, std::string_view column, std::span<const double> dvals,
              bool isnull);
Status ekucec(Context& ctx, int handle, int segno, int recno, std::string_view column,
              std::span<const std::string> cvals, bool isnull);

// The bytes ekcls would hand to the host now, leaving the handle open (the host writes first).
Result<io::Bytes> ek_output_bytes(Context& ctx, int handle);
// EKCLS of a writer's handle: the file's bytes for a host output; nullopt for a virtual output,
// which is staged so furnsh and ekopr can load it by its id.
Result<std::optional<io::Bytes>> ek_close_output(Context& ctx, int handle);

}  // namespace sc::writers
