#include "kernels/kernel_registry.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "errors/quoted.hpp"
#include "kernels/meta_kernel.hpp"
#include "kernels/segment_kinds.hpp"
#include "kernels/virtual_id.hpp"
#include "pool/text_kernel_parser.hpp"

namespace sc::kernels {
namespace {

// tspice's extra query words for text kernels (LSK, FK, IK, SCLK), guessed from the file name's
// extension as tspice guesses them; CSPICE knows only TEXT, which stays the reported type.
std::string_view text_subtype(std::string_view file) {
  const auto slash = file.find_last_of('/');
  const auto base = slash == std::string_view::npos ? file : file.substr(slash + 1);
  const auto dot = base.find_last_of('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(base.substr(dot + 1));
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "tls" || ext == "lsk") return "LSK";
  if (ext == "tf" || ext == "fk") return "FK";
  if (ext == "ti" || ext == "ik") return "IK";
  if (ext == "tsc" || ext == "sclk") return "SCLK";
  return "";
}

// ktotal/kdata kinds: a blank-separated list of SPK, CK, PCK, DSK, EK, TEXT, META or ALL (case
// ignored, unknown words match nothing, as in CSPICE), plus tspice's LSK, FK, IK and SCLK.
bool kind_matches(std::string_view kinds, const KernelInfo& info) {
  std::string list(kinds);
  for (auto& c : list) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::istringstream words(list);
  for (std::string w; words >> w;) {
    if (w == "ALL" || w == info.filtyp) return true;
    if (info.filtyp == "TEXT" && w == text_subtype(info.file)) return true;
  }
  return false;
}

}  // namespace

Result<KernelRegistry::Source> KernelRegistry::open(std::string_view name, HostPaths reach) const {
  if (auto it = staged_.find(name); it != staged_.end()) return it->second;
  if (reach == HostPaths::denied) {
    // Only reached for the files a byte-backed meta-kernel lists (load() has normalised the name).
    return make_error("SPICE(NOSUCHFILE)",
                      "The kernel " + quoted(name) +
                          " was not loaded as bytes. A kernel given as bytes can name only other kernels given "
                          "as bytes (by virtual id); to let it name host files, load it with "
                          "furnsh({ path, bytes, allowHostPaths: true }).");
  }
  if (host_reader_) {
    SC_TRY_ASSIGN(auto&& bytes, host_reader_(name));
    return Source{std::move(bytes), HostPaths::allowed};
  }
  return make_error("SPICE(NOSUCHFILE)", "The kernel " + quoted(name) +
                                             " was not found: it was not loaded as bytes, and this backend has no "
                                             "file system to read it from.");
}

Result<io::Bytes> KernelRegistry::read_bytes(std::string_view name) const {
  SC_TRY_ASSIGN(auto&& opened, open(name, HostPaths::allowed));
  return std::move(opened.bytes);
}

namespace {

// GETFAT cannot read the first line of an empty file and CSPICE's FURNSH and GETFAT fail there with
// SPICE(FILEREADFAILED); so does spicecraft, for host files and bytes alike (and for pseudo-files
// such as /proc/self/mem, which report a size of 0).
Status refuse_empty(std::string_view name, const io::Bytes& bytes) {
  if (bytes.size() != 0) return {};
  return make_error("SPICE(FILEREADFAILED)",
                    "Attempt to read from file " + quoted(name) + " failed: the file is empty (0 bytes).");
}

// The loaded EKs, in load order.
std::vector<std::shared_ptr<const ek::EkFile>> loaded_eks(const std::vector<LoadedKernel>& loaded) {
  std::vector<std::shared_ptr<const ek::EkFile>> out;
  for (const auto& k : loaded) {
    if (k.ek) out.push_back(k.ek);
  }
  return out;
}

}  // namespace

ek::LoadedTables KernelRegistry::ek_tables() const { return ek::assemble_tables(ek_tables_, loaded_eks(loaded_)); }

bool KernelRegistry::eks_loaded() const {
  return std::any_of(loaded_.begin(), loaded_.end(), [](const LoadedKernel& k) { return k.ek != nullptr; });
}

Result<LoadedKernel> KernelRegistry::prepare(std::string_view name, std::string_view source,
                                             const Source& opened) const {
  const io::Bytes& bytes = opened.bytes;
  SC_TRY(refuse_empty(name, bytes));

  LoadedKernel k;
  k.info.file = std::string(name);
  k.info.source = std::string(source);
  k.bytes = bytes;
  k.file_type = detect_file_type(bytes.span());
  if (k.file_type.binary()) {
    const auto& t = k.file_type.type;
    if (t != "SPK" && t != "PCK" && t != "CK" && t != "EK" && t != "DSK") {
      return make_error("SPICE(UNKNOWNKERNELTYPE)", "The binary file " + quoted(name) + " has architecture " +
                                                        k.file_type.arch + " and type " + t +
                                                        ", which is not a kernel type this toolkit loads.");
    }
    if (bytes.size() < 1024) {
      return make_error("SPICE(FILEISTOOSHORT)", "The " + k.file_type.arch + " file " + quoted(name) + " has " +
                                                     std::to_string(bytes.size()) +
                                                     " bytes, less than its 1024-byte file record.");
    }
    k.info.filtyp = t;
    // An SPK, binary PCK or CK is opened here, before anything changes, so that a corrupt one fails
    // furnsh with the DAF reader's error and leaves nothing loaded. Only the file record and
    // summaries are read.
    for (const SegmentKind& kind : {kSpk, kPck, kCk}) {
      if (t != kind.type || k.file_type.arch != "DAF") continue;
      SC_TRY_ASSIGN(auto&& file, daf::SegmentFile::open(k.bytes, k.info.file, kind.format));
      k.segments = std::move(file);
    }
    // A DSK (issue 13) is opened the same way: its DAS directories and DLA segment list.
    if (t == "DSK" && k.file_type.arch == "DAS") {
      SC_TRY_ASSIGN(auto&& file, das::DlaFile::open(k.bytes, k.info.file));
      k.dla = std::move(file);
    }
    // An EK (issue 18): its segments and column descriptors (EKLEF reads them at load too).
    if (t == "EK" && k.file_type.arch == "DAS") {
      SC_TRY_ASSIGN(auto&& file, ek::EkFile::open(k.bytes, k.info.file));
      k.ek = std::move(file);
    }
    return k;
  }
  // Anything that is not DAF/DAS is read as a text kernel, as CSPICE does; binary junk fails there
  // with the parser's own error.
  SC_TRY_ASSIGN(auto&& statements, pool::parse_text_kernel(bytes.text(), name));
  k.statements = std::move(statements);
  k.info.filtyp = is_meta_kernel(k.statements) ? "META" : "TEXT";
  return k;
}

Status KernelRegistry::furnsh(std::string_view name) {
  auto status = load(name, "", HostPaths::allowed);
  if (!status) return std::move(status).error().within("furnsh");
  return {};
}

Status KernelRegistry::furnsh_bytes(std::string_view name, io::Bytes bytes, HostPaths host_paths) {
  std::optional<Source> previous;
  if (auto it = staged_.find(name); it != staged_.end()) previous = it->second;
  staged_.insert_or_assign(std::string(name), Source{std::move(bytes), host_paths});
  auto status = load(name, "", HostPaths::allowed);
  if (!status) {
    if (previous) {
      staged_.insert_or_assign(std::string(name), *previous);
    } else {
      staged_.erase(staged_.find(name));
    }
    return std::move(status).error().within("furnsh");
  }
  return {};
}

Status KernelRegistry::load(std::string_view given_name, std::string_view source, HostPaths reach) {
  if (given_name.find_first_not_of(' ') == std::string_view::npos) {
    return make_error("SPICE(BLANKFILENAME)", "The kernel name is blank.");
  }
  // A name listed by a kernel given as bytes is a virtual id: `lsk/naif0012.tls` means
  // `/kernels/lsk/naif0012.tls`, and `/etc/passwd` or `../x` is refused before anything is opened.
  std::string name(given_name);
  if (reach == HostPaths::denied) {
    SC_TRY_ASSIGN(auto&& id, normalize_virtual_id(given_name));
    name = std::move(id);
  }
  SC_TRY_ASSIGN(auto&& opened, open(name, reach));
  SC_TRY_ASSIGN(auto&& prepared, prepare(name, source, opened));
  LoadedKernel k = std::move(prepared);

  // A meta-kernel's list is resolved before anything changes, and its own KERNELS_TO_LOAD etc.
  // are consumed here rather than left in the pool.
  std::vector<std::string> children;
  if (k.info.filtyp == "META") {
    SC_TRY_ASSIGN(auto&& files, meta_kernel_files(k.statements, name));
    children = std::move(files);
    std::erase_if(k.statements, [](const auto& s) { return is_meta_kernel_variable(s.name); });
  }

  // From here on the registry changes; any failure restores this snapshot, so a kernel that does
  // not load (type clash in the pool, broken meta-kernel child) leaves everything as it was.
  // Bytes are shared, so the copy is cheap; loading is not a hot path.
  const auto saved_loaded = loaded_;
  const auto saved_pool = pool_;
  const auto saved_tables = ek_tables_;
  auto restore = [&](Error e) {
    loaded_ = saved_loaded;
    pool_ = saved_pool;
    ek_tables_ = saved_tables;
    rebuild_index();
    return e;
  };

  // A text kernel loaded again is read again, as CSPICE's FURNSH does (checked with tspice): its
  // assignments go on top of the pool as it is (nothing is cleared, so only the agents watching
  // its names are told), and it keeps its place in the load order.
  if (k.info.filtyp == "TEXT") {
    auto same = std::find_if(loaded_.begin(), loaded_.end(), [&](const LoadedKernel& l) { return l.info.file == name; });
    if (same != loaded_.end() && same->info.filtyp == "TEXT") {
      if (auto applied = pool_.apply(k.statements, name); !applied) return restore(std::move(applied).error());
      *same = std::move(k);
      return {};
    }
  }
  // Any other kernel loaded again replaces the earlier one and moves to the end of the load order
  // (the highest priority).
  if (kinfo(name)) remove(name);
  if (k.ek) {
    if (auto added = ek::add_tables(ek_tables_, *k.ek, name); !added) return restore(std::move(added).error());
  }
  if (k.file_type.binary()) k.info.handle = next_handle_++;
  if (auto applied = pool_.apply(k.statements, name); !applied) return restore(std::move(applied).error());
  loaded_.push_back(std::move(k));
  index_.add(static_cast<std::uint32_t>(loaded_.size() - 1), loaded_.back());

  if (!children.empty()) {
    if (auto status = load_meta_children(name, children, opened.lists); !status) {
      return restore(std::move(status).error());
    }
  }
  return {};
}

Status KernelRegistry::load_meta_children(std::string_view meta_name, std::span<const std::string> files,
                                          HostPaths reach) {
  // A meta-kernel that lists itself, directly or through others, would recurse without end.
  if (std::find(loading_.begin(), loading_.end(), meta_name) != loading_.end()) {
    return make_error("SPICE(RECURSIVELOADING)",
                      "The meta-kernel " + quoted(meta_name) + " loads itself, directly or through another meta-kernel.");
  }
  loading_.emplace_back(meta_name);
  Status result;
  for (const auto& file : files) {
    auto status = load(file, meta_name, reach);
    if (!status) {
      result = std::move(status).error().within("meta-kernel " + std::string(meta_name));
      break;
    }
  }
  loading_.pop_back();
  return result;
}

void KernelRegistry::remove(std::string_view name) {
  bool text_removed = false;
  bool is_meta = false;
  for (const auto& k : loaded_) {
    if (k.info.file == name && k.info.filtyp == "META") is_meta = true;
  }
  auto gone = [&](const LoadedKernel& k) {
    bool hit = k.info.file == name || (is_meta && k.info.source == name);
    if (hit && !k.file_type.binary()) text_removed = true;
    return hit;
  };
  loaded_.erase(std::remove_if(loaded_.begin(), loaded_.end(), gone), loaded_.end());
  rebuild_index();
  ek::drop_tables(ek_tables_, loaded_eks(loaded_));
  // CSPICE clears the pool and reloads the remaining text kernels when one is unloaded.
  if (text_removed) rebuild_pool();
}

void KernelRegistry::rebuild_index() {
  index_.clear();
  for (std::size_t i = 0; i < loaded_.size(); ++i) index_.add(static_cast<std::uint32_t>(i), loaded_[i]);
}

void KernelRegistry::rebuild_pool() {
  pool_.clear();
  for (const auto& k : loaded_) {
    // Each kernel applied cleanly when it was loaded, and replaying in the same order reproduces
    // the same types, so this cannot fail.
    (void)pool_.apply(k.statements, k.info.file);
  }
}

Status KernelRegistry::unload(std::string_view name) {
  // UNLOAD of a file that is not loaded does nothing in CSPICE (no error, nothing unstaged).
  if (!kinfo(name)) return {};
  remove(name);
  staged_.erase(std::string(name));  // memory kernels free their bytes here
  return {};
}

void KernelRegistry::unstage_unless_loaded(std::string_view name) {
  if (kinfo(name)) return;
  if (auto it = staged_.find(name); it != staged_.end()) staged_.erase(it);
}

void KernelRegistry::kclear() {
  loaded_.clear();
  ek_tables_.clear();
  index_.clear();
  staged_.clear();
  pool_.clear();
}

Result<FileType> KernelRegistry::file_type(std::string_view name) const {
  for (const auto& k : loaded_) {
    if (k.info.file == name) return k.file_type;
  }
  auto bytes = read_bytes(name);
  if (!bytes) {
    // GETFAT checks that the file exists itself: SPICE(FILENOTFOUND), where furnsh says NOSUCHFILE.
    Error e = std::move(bytes).error();
    if (e.short_code == "SPICE(NOSUCHFILE)") e.short_code = "SPICE(FILENOTFOUND)";
    return std::move(e).within("getfat");
  }
  SC_TRY(refuse_empty(name, *bytes));
  return detect_file_type(bytes->span());
}

int KernelRegistry::ktotal(std::string_view kinds) const {
  return static_cast<int>(
      std::count_if(loaded_.begin(), loaded_.end(), [&](const auto& k) { return kind_matches(kinds, k.info); }));
}

std::optional<KernelInfo> KernelRegistry::kdata(int which, std::string_view kinds) const {
  if (which < 0) return std::nullopt;
  int seen = 0;
  for (const auto& k : loaded_) {
    if (!kind_matches(kinds, k.info)) continue;
    if (seen++ == which) return k.info;
  }
  return std::nullopt;
}

bool KernelRegistry::knows(std::string_view name) const { return staged_.find(name) != staged_.end() || kinfo(name).has_value(); }

std::optional<KernelInfo> KernelRegistry::kinfo(std::string_view file) const {
  for (const auto& k : loaded_) {
    if (k.info.file == file) return k.info;
  }
  return std::nullopt;
}

}  // namespace sc::kernels
