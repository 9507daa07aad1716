// DAF array searches and reads by handle (daf.req, DAFFA's entry points): dafbfs/daffna forward,
// dafbbs/daffpa backward, dafgs/dafgn for the current array's summary and name, dafgda for data
// words, dafhsf for the summary format. Every call names its DAF by handle: it does what CSPICE's
// DAFCS(handle) followed by the entry point does, so searches of several files interleave freely.
#pragma once

#include <string>
#include <vector>

#include "file_access/open_files.hpp"
#include "errors/result.hpp"

namespace sc::file_access {

// Begin a forward (dafbfs) or backward (dafbbs) search: before the first / after the last array.
Status dafbfs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);
Status dafbbs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);
// The next / previous array; false once the search has passed the last / first array (it stays
// there: a further daffna is false again). SPICE(DAFNOSEARCH) when no search was begun.
Result<bool> daffna(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);
Result<bool> daffpa(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);
// The current array's packed summary (DaffFile::packed_summary) and name. SPICE(DAFNOSEARCH), or
// SPICE(NOCURRENTARRAY) when the last step found nothing (or none was taken).
Result<std::vector<double>> dafgs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);
Result<std::string> dafgn(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);
// The words at addresses baddr .. eaddr; words past the end of the file are zero, as in CSPICE.
// SPICE(DAFNEGADDR) for baddr < 1, SPICE(DAFBEGGTEND) for baddr > eaddr; SPICE(VALUEOUTOFRANGE)
// for a range that reaches further than the file's last record (CSPICE would return zeros; a
// hostile range must not allocate gigabytes).
Result<std::vector<double>> dafgda(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, int baddr, int eaddr);

struct SummaryFormat {
  int nd = 0;
  int ni = 0;
};
// DAFHSF: the file's summary format.
Result<SummaryFormat> dafhsf(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);

}  // namespace sc::file_access
