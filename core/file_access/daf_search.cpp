#include "file_access/daf_search.hpp"

#include <cstddef>

#include "daf/daf_layout.hpp"
#include "errors/quoted.hpp"

namespace sc::file_access {
namespace {

Error no_search(int handle) {
  return make_error("SPICE(DAFNOSEARCH)", "No array search is in progress in the DAF with handle " +
                                              std::to_string(handle) + ". Begin one with dafbfs or dafbbs.");
}

// One step of a search: +1 forward, -1 backward, stopping one past either end.
Result<bool> step(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, int direction) {
  SC_TRY_ASSIGN(auto&& file, files.daf(kernels, handle));
  DafSearch* s = files.search(handle);
  if (s == nullptr) return no_search(handle);
  const auto n = static_cast<long long>(file->arrays().size());
  if (direction > 0 && s->position < n) ++s->position;
  if (direction < 0 && s->position > -1) --s->position;
  s->current = s->position >= 0 && s->position < n;
  return s->current;
}

// The current array of a handle's search.
Result<daf::ArraySummary> current_array(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, std::shared_ptr<const daf::DafFile>& file) {
  SC_TRY_ASSIGN(file, files.daf(kernels, handle));
  const DafSearch* s = files.search(handle);
  if (s == nullptr) return no_search(handle);
  if (!s->current) {
    return make_error("SPICE(NOCURRENTARRAY)",
                      "The search of the DAF with handle " + std::to_string(handle) +
                          " has no current array: no array was found since the search began, or the last "
                          "daffna/daffpa found none.");
  }
  return file->arrays()[static_cast<std::size_t>(s->position)];
}

}  // namespace

Status dafbfs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) {
  SC_TRY(files.daf(kernels, handle));
  files.begin_search(handle, DafSearch{-1, false});
  return {};
}

Status dafbbs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) {
  SC_TRY_ASSIGN(auto&& file, files.daf(kernels, handle));
  files.begin_search(handle, DafSearch{static_cast<long long>(file->arrays().size()), false});
  return {};
}

Result<bool> daffna(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) { return step(files, kernels, handle, +1); }
Result<bool> daffpa(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) { return step(files, kernels, handle, -1); }

Result<std::vector<double>> dafgs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) {
  std::shared_ptr<const daf::DafFile> file;
  SC_TRY_ASSIGN(auto&& array, current_array(files, kernels, handle, file));
  return file->packed_summary(array);
}

Result<std::string> dafgn(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) {
  std::shared_ptr<const daf::DafFile> file;
  SC_TRY_ASSIGN(auto&& array, current_array(files, kernels, handle, file));
  return array.name;
}

Result<std::vector<double>> dafgda(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, int baddr, int eaddr) {
  if (baddr <= 0) return make_error("SPICE(DAFNEGADDR)", "Negative value for BADDR address: " + std::to_string(baddr) + ".");
  if (baddr > eaddr) {
    return make_error("SPICE(DAFBEGGTEND)", "Beginning address (" + std::to_string(baddr) +
                                                ") greater than ending address (" + std::to_string(eaddr) + ").");
  }
  SC_TRY_ASSIGN(auto&& file, files.daf(kernels, handle));
  const auto last_word = static_cast<long long>(
      (file->word_count() + daf::kWordsPerRecord - 1) / daf::kWordsPerRecord * daf::kWordsPerRecord);
  if (eaddr > last_word) {
    return make_error("SPICE(VALUEOUTOFRANGE)",
                      "The addresses " + std::to_string(baddr) + " to " + std::to_string(eaddr) + " reach beyond " +
                          quoted(file->file_name()) + ", whose last record ends at address " +
                          std::to_string(last_word) + ".");
  }
  std::vector<double> out(static_cast<std::size_t>(eaddr - baddr + 1));
  file->read_words_zero_filled(baddr, out);
  return out;
}

Result<SummaryFormat> dafhsf(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) {
  SC_TRY_ASSIGN(auto&& file, files.daf(kernels, handle));
  return SummaryFormat{file->file_record().nd, file->file_record().ni};
}

}  // namespace sc::file_access
