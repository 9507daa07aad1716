// The layout of an EK file (ek.req; the parameters of CSPICE's include files ekpage.inc, ekdatpag.inc,
// eksegdsc.inc, ekcoldsc.inc, ektree.inc, ekrecptr.inc). An EK is a DAS file whose three address
// spaces are cut into pages: 1024 characters, 128 doubles or 256 integers each. The first 256
// integers are the file's page directory; integer page p starts after them. Every address below is
// a 1-based DAS logical address, as CSPICE's.
#pragma once

namespace sc::ek::layout {

// Paged access (ekpage.inc). Integer word 1 holds the paging architecture code, which must be 8;
// words 4, 9 and 14 hold the number of character, double and integer pages in use.
inline constexpr int kArchitectureWord = 1;
inline constexpr int kArchitecture = 8;
inline constexpr int kCharPagesWord = 4;
inline constexpr int kDoublePagesWord = 9;
inline constexpr int kIntPagesWord = 14;

inline constexpr int kCharPageSize = 1024;
inline constexpr int kDoublePageSize = 128;
inline constexpr int kIntPageSize = 256;
inline constexpr int kIntPageOrigin = 256;  // integer pages start after the directory words

// The base address of page `p` (ZZEKPGBS): page p's words are base + 1 .. base + size.
constexpr int char_page_base(int p) { return (p - 1) * kCharPageSize; }
constexpr int double_page_base(int p) { return (p - 1) * kDoublePageSize; }
constexpr int int_page_base(int p) { return (p - 1) * kIntPageSize + kIntPageOrigin; }
// The base of the page holding `address` (ZZEKPGPG).
constexpr int char_base_of(int address) { return char_page_base((address + kCharPageSize - 1) / kCharPageSize); }
constexpr int double_base_of(int address) { return double_page_base((address + kDoublePageSize - 1) / kDoublePageSize); }
constexpr int int_base_of(int address) {
  return int_page_base((address - kIntPageOrigin + kIntPageSize - 1) / kIntPageSize);
}

// Data pages (ekdatpag.inc): the data words come first, then a forward pointer to the next page of
// the same entry and a link count. Character pages encode integers as 5 characters (PRTENC: base
// 128, most significant first).
inline constexpr int kEncodedSize = 5;
inline constexpr int kCharDataSize = 1014;
inline constexpr int kCharForward = kCharDataSize + 1;  // 5 characters
inline constexpr int kDoubleDataSize = 126;
inline constexpr int kDoubleForward = kDoubleDataSize + 1;  // a double holding an integer
inline constexpr int kIntDataSize = 254;
inline constexpr int kIntForward = kIntDataSize + 1;

// The segment tree's root page number is at this offset from the base of integer page 1 (ekfilpar.inc).
inline constexpr int kSegmentTreeWord = 1;

// Segment descriptor (eksegdsc.inc): 24 integers at the segment's metadata base, followed by one
// 11-integer column descriptor per column. Offsets are 1-based within the descriptor.
inline constexpr int kSegmentDescriptorSize = 24;
inline constexpr int kSegType = 1;
inline constexpr int kSegNumber = 2;
inline constexpr int kSegMetadataBase = 3;
inline constexpr int kSegTableName = 4;  // character address base of the 64-character table name
inline constexpr int kSegColumns = 5;
inline constexpr int kSegRows = 6;
inline constexpr int kSegRecordTree = 7;
inline constexpr int kTableNameSize = 64;

// Column descriptor (ekcoldsc.inc).
inline constexpr int kColumnDescriptorSize = 11;
inline constexpr int kColClass = 1;
inline constexpr int kColType = 2;
inline constexpr int kColLength = 3;  // string length; -1 for CHARACTER*(*)
inline constexpr int kColSize = 4;    // elements per entry; -1 for VARIABLE
inline constexpr int kColName = 5;    // character address base of the 32-character column name
inline constexpr int kColIndexType = 6;
inline constexpr int kColIndexPointer = 7;
inline constexpr int kColNullsOk = 8;
inline constexpr int kColOrdinal = 9;
inline constexpr int kColMetadata = 10;
inline constexpr int kColumnNameSize = 32;

inline constexpr int kTrue = 1;    // ITRUE
inline constexpr int kFalse = -1;  // IFALSE

// Record pointer structures of type 1 segments (ekrecptr.inc): a status word, a word CSPICE uses
// for updates, then one data pointer per column. Data pointer values below 1 are flags.
inline constexpr int kRecordDataBase = 2;
inline constexpr int kUninitialized = -1;
inline constexpr int kNullPointer = -2;
inline constexpr int kNoBackup = -3;

// Trees (ektree.inc): B*-trees whose keys are ordinal positions relative to the subtree. The root
// node: version, node count, key count, depth, keys in the root, then 82 keys, 83 child pointers and
// 82 data values. A child node: its key count, then 62 keys, 63 child pointers and 62 data values.
inline constexpr int kTreeNodes = 2;
inline constexpr int kTreeKeys = 3;
inline constexpr int kTreeDepth = 4;
inline constexpr int kRootKeyCount = 5;
inline constexpr int kRootMaxKeys = 82;
inline constexpr int kRootKeys = 5;                                 // keys at kRootKeys + 1 ...
inline constexpr int kRootKids = kRootKeys + kRootMaxKeys + 1;      // children at kRootKids + 1 ...
inline constexpr int kRootData = kRootKids + kRootMaxKeys + 1 + 1;  // data at kRootData + 1 ...
inline constexpr int kChildKeyCount = 1;
inline constexpr int kChildMaxKeys = 62;
inline constexpr int kChildKeys = 1;
inline constexpr int kChildKids = kChildKeys + kChildMaxKeys + 1;
inline constexpr int kChildData = kChildKids + kChildMaxKeys + 1 + 1;
inline constexpr int kTreeMaxDepth = 10;

// Type 2 segments (fixed-count columns, classes 7-9): the column's metadata holds the base address
// of its data and of its null flags ('T' = null), packed page by page.
inline constexpr int kFixedDataBase = 1;
inline constexpr int kFixedNullBase = 2;

}  // namespace sc::ek::layout
