#include "ek/writing/das_directories.hpp"

#include <algorithm>

namespace sc::ek::writing {
namespace {

// Directory record words (1-based, as CSPICE numbers them): the backward and forward links, the
// first and last logical address of each type (characters, doubles, integers) the directory's
// clusters hold, the type of its first cluster, then the clusters' record counts, each positive
// when its type follows the previous cluster's in the cycle character -> double -> integer ->
// character and negative otherwise.
constexpr int kBackward = 1, kForward = 2, kRangeBase = 1, kFirstType = 9, kLastWord = 256;
constexpr int kWordsPerRecord[4] = {0, 1024, 128, 256};
constexpr int kNext[4] = {0, 2, 3, 1};

int range_word(int type) { return kRangeBase + 2 * type; }  // the first address; the last follows

struct Directory {
  int record = 0;
  DirectoryRecord words{};
  std::int32_t& operator[](int i) { return words[static_cast<std::size_t>(i - 1)]; }
};

// DASCUD's file summary and directories while records are appended.
class Directories {
 public:
  explicit Directories(int first) : first_(first) {}

  // DASCUD for one whole record of `type` (1-3) appended: a DAS whose words are only ever added a
  // record at a time never has room left in its last record, so each call needs one new record.
  void append(int type) {
    const int nw = kWordsPerRecord[type];
    const int last = last_address_[type];
    const int own = last_record_[type];
    // The last cluster in the file: the highest directory record any type's last cluster is in,
    // and in it the furthest count.
    const int lrec = std::max({last_record_[1], last_record_[2], last_record_[3]});
    int lword = 0, ltype = 0;
    for (int t = 1; t <= 3; ++t) {
      if (last_record_[t] == lrec && last_word_[t] > lword) {
        lword = last_word_[t];
        ltype = t;
      }
    }
    if (type == ltype && own > 0 && lword < kLastWord) {
      // The last cluster is of this type: it grows by one record.
      ++free_;
      Directory& d = at(own);
      d[lword] += d[lword] < 0 ? -1 : 1;
      d[range_word(type) + 1] = last + nw;
    } else if (lrec == 0) {
      // The first record of the file: the first directory gets its first cluster.
      Directory& d = create(first_);
      d[kFirstType] = type;
      d[kFirstType + 1] = 1;
      d[range_word(type)] = 1;
      d[range_word(type) + 1] = nw;
      free_ = first_ + 1;  // the directory, then the data record
      last_record_[type] = first_;
      last_word_[type] = kFirstType + 1;
    } else if (lword < kLastWord) {
      // A new cluster in the last directory; when that fills the directory, the next directory
      // record is reserved at once, after this data record.
      ++free_;
      Directory& d = at(lrec);
      d[lword + 1] = type == kNext[ltype] ? 1 : -1;
      if (own < lrec) d[range_word(type)] = last + 1;
      d[range_word(type) + 1] = last + nw;
      last_record_[type] = lrec;
      last_word_[type] = lword + 1;
      if (lword + 1 == kLastWord) {
        d[kForward] = ++free_;
        create(free_)[kBackward] = lrec;
      }
    } else {
      // The last directory is full: the new cluster starts the reserved one.
      ++free_;
      const int record = at(lrec)[kForward];
      Directory& d = at(record);
      d.words.fill(0);
      d[kBackward] = lrec;
      d[range_word(type)] = last + 1;
      d[range_word(type) + 1] = last + nw;
      d[kFirstType] = type;
      d[kFirstType + 1] = 1;
      last_record_[type] = record;
      last_word_[type] = kFirstType + 1;
    }
    last_address_[type] = last + nw;
  }

  std::vector<DirectoryRecord> trailing() const {
    std::vector<DirectoryRecord> out;
    for (std::size_t i = 1; i < directories_.size(); ++i) out.push_back(directories_[i].words);
    return out;
  }

 private:
  Directory& at(int record) {
    return *std::find_if(directories_.begin(), directories_.end(),
                         [record](const Directory& d) { return d.record == record; });
  }
  Directory& create(int record) {
    directories_.push_back(Directory{record, {}});
    return directories_.back();
  }

  int first_;
  int free_ = 0;  // the last record in use (CSPICE's first free record, FREE, minus one)
  int last_address_[4] = {};
  int last_record_[4] = {};
  int last_word_[4] = {};
  std::vector<Directory> directories_;
};

}  // namespace

std::vector<DirectoryRecord> trailing_directories(int first_directory, std::span<const PageType> records) {
  Directories directories(first_directory);
  for (const PageType type : records) directories.append(static_cast<int>(type));
  return directories.trailing();
}

}  // namespace sc::ek::writing
