// The list of loaded kernels and the kernel pool they feed: furnsh, unload, kclear, ktotal, kdata,
// kinfo with CSPICE's semantics. A kernel is a name plus bytes; the bytes come from the caller
// (memory kernels) or from the host's file reader, never from a filesystem the core assumes.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "daf/segment_file.hpp"
#include "das/dla_segments.hpp"
#include "ek/ek_file.hpp"
#include "ek/loaded_tables.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"
#include "kernels/file_type.hpp"
#include "kernels/segment_index.hpp"
#include "pool/pool.hpp"

namespace sc::kernels {

// Whether the files a kernel lists (a meta-kernel's KERNELS_TO_LOAD) may be host files. Kernels read
// from host files may name anything, as in CSPICE. Kernels given as bytes name only other kernels
// given as bytes, by virtual id, unless the caller opted in when staging them
// (`furnsh({ path, bytes, allowHostPaths: true })`): bytes from a network or a user upload must not
// be able to read the machine's files.
enum class HostPaths { denied, allowed };

struct KernelInfo {
  std::string file;    // the name the caller loaded it by
  std::string filtyp;  // SPK, PCK, CK, DSK, EK, TEXT or META, as kdata reports it
  std::string source;  // the meta-kernel that loaded it, "" when loaded directly
  int handle = 0;      // DAF/DAS handle; 0 for text kernels
};

struct LoadedKernel {
  KernelInfo info;
  FileType file_type;
  io::Bytes bytes;
  std::vector<pool::Assignment> statements;  // text kernels: re-applied whenever the pool is rebuilt
  // DAF SPKs, binary PCKs and CKs (segment_kinds.hpp): the file record and segment descriptors, parsed
  // once at load (data stays in `bytes`). Null for every other kernel.
  std::shared_ptr<const daf::SegmentFile> segments;
  // DSKs (issue 13): the DAS file and its DLA segment list, read once at load. Null otherwise.
  std::shared_ptr<const das::DlaFile> dla;
  // EKs (issue 18): the file's segments and column descriptors, read once at load. Null otherwise.
  std::shared_ptr<const ek::EkFile> ek;
};

class KernelRegistry {
 public:
  explicit KernelRegistry(io::HostFileReader host_reader = {}) : host_reader_(std::move(host_reader)) {}

  // Loads a kernel by name: a memory kernel staged under that name, else a host file.
  Status furnsh(std::string_view name);
  // Stages `bytes` under `name` (a memory kernel) and loads it. Loading a name again replaces the
  // earlier kernel; a kernel that fails to load leaves everything as it was. `host_paths` says
  // whether the files it lists may be host files (see HostPaths).
  Status furnsh_bytes(std::string_view name, io::Bytes bytes, HostPaths host_paths = HostPaths::denied);
  Status unload(std::string_view name);
  void kclear();

  // Stages `bytes` under `name` without loading them (a closed writer output): a later furnsh(name)
  // loads them. Replaces bytes staged earlier under that name; loaded kernels keep theirs.
  void stage(std::string_view name, io::Bytes bytes) {
    staged_.insert_or_assign(std::string(name), Source{std::move(bytes), HostPaths::denied});
  }
  // Drops bytes staged under `name` unless a loaded kernel has that name (it keeps its own copy of
  // the bytes, and unload frees the staged ones as for any memory kernel). releaseVirtualOutput.
  void unstage_unless_loaded(std::string_view name);
  // The bytes furnsh(name) would load: staged bytes, else the host file (spkopa reads its input so).
  Result<io::Bytes> read_bytes(std::string_view name) const;

  // getfat: the architecture and type of a loaded kernel or of a file the registry can open.
  Result<FileType> file_type(std::string_view name) const;

  int ktotal(std::string_view kinds) const;
  std::optional<KernelInfo> kdata(int which, std::string_view kinds) const;
  std::optional<KernelInfo> kinfo(std::string_view file) const;
  // Whether `name` is a loaded kernel or has bytes staged under it (a closed virtual output, a
  // memory kernel): the TS layer then reads a relative name as that virtual id (issue 18).
  bool knows(std::string_view name) const;

  const std::vector<LoadedKernel>& loaded() const { return loaded_; }
  // A new file handle: loaded kernels and files opened through dafopr/dasopr (file_access/) share
  // one sequence, so a handle never names two files.
  int allocate_handle() { return next_handle_++; }
  // The segments of the loaded SPKs, binary PCKs and CKs by key (segment_search uses it).
  const SegmentIndex& segment_index() const { return index_; }
  const pool::Pool& pool() const { return pool_; }
  pool::Pool& pool() { return pool_; }

  // The EK tables the loaded EKs hold, as CSPICE's query manager knows them (EKLEF/EKUEF): the
  // order tables became known, their columns, their segments in load order (ekntab, ektnam, ekfind).
  ek::LoadedTables ek_tables() const;
  // Only the tables' names and columns, in that order (ekntab, ektnam need no segments).
  const std::vector<ek::TableSchema>& ek_schemas() const { return ek_tables_; }
  bool eks_loaded() const;

 private:
  // A kernel's bytes and what the files they list may be: a staged memory kernel's own setting, or
  // `allowed` for a host file.
  struct Source {
    io::Bytes bytes;
    HostPaths lists = HostPaths::denied;
  };
  // `reach` is what the name may be: any file, or (denied) only a kernel staged as bytes.
  Result<Source> open(std::string_view name, HostPaths reach) const;
  Result<LoadedKernel> prepare(std::string_view name, std::string_view source, const Source& opened) const;
  Status load(std::string_view name, std::string_view source, HostPaths reach);
  Status load_meta_children(std::string_view meta_name, std::span<const std::string> files, HostPaths reach);
  void remove(std::string_view name);  // the kernel and, for a meta-kernel, what it loaded
  void rebuild_pool();
  void rebuild_index();  // after files went away: positions in loaded_ changed

  io::HostFileReader host_reader_;
  std::map<std::string, Source, std::less<>> staged_;  // memory kernels by name
  std::vector<LoadedKernel> loaded_;                      // load order, oldest first
  SegmentIndex index_;                                    // segments of loaded_ by key
  pool::Pool pool_;
  std::vector<std::string> loading_;  // meta-kernels being loaded, to catch self-reference
  std::vector<ek::TableSchema> ek_tables_;  // the EK tables in the order they became known
  int next_handle_ = 1;
};

}  // namespace sc::kernels
