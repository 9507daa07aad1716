// The EK calls by name (issue 18), over a context's loaded EKs, open files and last query result:
// EKOPR/EKCLS/EKNSEG on files opened by handle, EKNTAB/EKTNAM on the loaded tables, EKFIND and the
// fetches EKGC/EKGD/EKGI. Indices are 0-based, as in CSPICE's C interface.
#pragma once

#include <string>
#include <string_view>

#include "context.hpp"
#include "ek/query_results.hpp"
#include "errors/result.hpp"

namespace sc::ek_api {

// EKOPR: opens an EK for reading (DASOPR, then ZZEKPGCH's check that the file is in EK paged
// format: SPICE(WRONGARCHITECTURE) otherwise, and the file is closed again).
Result<int> ekopr(Context& ctx, std::string_view file);
// EKNSEG: the number of segments of the EK open under `handle` (ekopr's, or a loaded EK's).
Result<int> eknseg(Context& ctx, int handle);
// EKNTAB: the number of loaded tables (0 when no EK is loaded).
int ekntab(const Context& ctx);
// EKTNAM: the name of loaded table `n` (0-based). SPICE(NOLOADEDFILES) when no EK is loaded,
// SPICE(INVALIDINDEX) for an index outside 0 .. ekntab - 1.
Result<std::string> ektnam(const Context& ctx, int n);

// EKFIND: prepares `query` against the loaded tables (ek/query/) and, when it is a valid query,
// searches them (ek::search) and keeps the rows for the fetches. A bad query is not an error:
// ok = false and CSPICE's message, the last result set kept. Signalled errors: those
// prepare_query returns (SPICE(EMPTYSTRING), time conversion), SPICE(NOLOADEDFILES).
struct EkFindOutcome {
  bool ok = false;
  int nmrows = 0;
  std::string errmsg;
};
Result<EkFindOutcome> ekfind(Context& ctx, std::string_view query);

// The fetches, 0-based: the result of the last ekfind (see ek::QueryResults for the errors).
Result<ek::Fetched<std::string>> ekgc(const Context& ctx, int selidx, int row, int element);
Result<ek::Fetched<double>> ekgd(const Context& ctx, int selidx, int row, int element);
Result<ek::Fetched<int>> ekgi(const Context& ctx, int selidx, int row, int element);

}  // namespace sc::ek_api
