#include "kernels/output_registry.hpp"

#include "errors/quoted.hpp"

namespace sc::kernels {

Result<int> OutputRegistry::open(std::string name, OutputKind kind, daf::DafWriter writer) {
  if (is_open(name)) {
    return make_error("SPICE(FILEOPENFAIL)", "The file " + quoted(name) +
                                                 " is already open for writing; close it with spkcls before opening it "
                                                 "again.");
  }
  const int handle = next_handle_++;
  finished_.erase(name);  // a new writer replaces an earlier output of the same name
  if (auto it = released_.find(name); it != released_.end()) released_.erase(it);
  open_.emplace(handle, OpenOutput{std::move(name), kind, std::move(writer), std::nullopt});
  return handle;
}

Error OutputRegistry::no_such_handle(int handle) const {
  if (closed_handles_.count(handle) != 0) {
    return make_error("SPICE(DAFNOSUCHHANDLE)", "The file with handle " + std::to_string(handle) +
                                                    " was already closed by spkcls; it can no longer be written.");
  }
  return make_error("SPICE(DAFNOSUCHHANDLE)",
                    "There is no file open for writing with handle " + std::to_string(handle) + ".");
}

Result<daf::DafWriter*> OutputRegistry::writer(int handle) {
  auto it = open_.find(handle);
  if (it == open_.end()) return no_such_handle(handle);
  return &it->second.writer;
}

Result<std::optional<daf::VariablePacketSegment>*> OutputRegistry::segment_in_progress(int handle) {
  auto it = open_.find(handle);
  if (it == open_.end()) return no_such_handle(handle);
  return &it->second.in_progress;
}

Result<std::string> OutputRegistry::name_of(int handle) const {
  auto it = open_.find(handle);
  if (it == open_.end()) return no_such_handle(handle);
  return it->second.name;
}

bool OutputRegistry::is_open(std::string_view name) const {
  for (const auto& [handle, output] : open_) {
    if (output.name == name) return true;
  }
  for (const auto& [handle, output] : open_das_) {  // issue 13: DSKs being written
    if (output.name == name) return true;
  }
  for (const auto& [handle, output] : open_ek_) {  // issue 18: EKs being written
    if (output.name == name) return true;
  }
  return false;
}

Result<ClosedOutput> OutputRegistry::close(int handle) {
  auto it = open_.find(handle);
  if (it == open_.end()) return no_such_handle(handle);
  ClosedOutput closed{std::move(it->second.name), it->second.kind,
                      io::Bytes::from_vector(std::move(it->second.writer).release())};
  open_.erase(it);
  closed_handles_.insert(handle);
  if (closed.kind == OutputKind::virtual_output) finished_.insert_or_assign(closed.name, closed.bytes);
  return closed;
}

Result<io::Bytes> OutputRegistry::read(std::string_view name) const {
  if (is_open(name)) {
    return make_error("SPICE(OUTPUTSTILLOPEN)", "The output " + quoted(name) +
                                                    " is still open for writing; its bytes can be read once spkcls "
                                                    "has closed it.");
  }
  if (auto it = finished_.find(name); it != finished_.end()) return it->second;
  if (released_.count(name) != 0) {
    return make_error("SPICE(OUTPUTRELEASED)", "The virtual output " + quoted(name) +
                                                   " was released (releaseVirtualOutput, or readVirtualOutput with "
                                                   "release: true); its bytes are gone. Keep the bytes read before "
                                                   "releasing, or write the output again.");
  }
  return make_error("SPICE(NOSUCHFILE)", "No writer of this context produced the virtual output " + quoted(name) +
                                             "; only outputs written with spkopn/spkopa and closed with spkcls can "
                                             "be read back.");
}

Status OutputRegistry::release(std::string_view name) {
  if (is_open(name)) {
    return make_error("SPICE(OUTPUTSTILLOPEN)", "The output " + quoted(name) +
                                                    " is still open for writing; close it with spkcls before "
                                                    "releasing it.");
  }
  if (auto it = finished_.find(name); it != finished_.end()) {
    released_.insert(it->first);
    finished_.erase(it);
    return {};
  }
  if (released_.count(name) != 0) return {};  // released before: nothing left to free
  return make_error("SPICE(NOSUCHFILE)", "No writer of this context produced the virtual output " + quoted(name) +
                                             "; only outputs written with spkopn/spkopa and closed with spkcls can "
                                             "be released.");
}

}  // namespace sc::kernels
