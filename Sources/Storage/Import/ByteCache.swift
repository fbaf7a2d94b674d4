import Foundation

/// A byte string used as a dictionary key without copying it: it points at bytes that
/// outlive the dictionary (the mapped file, or a `ByteArena`).
struct ByteKey: Hashable {
    let base: UnsafeRawPointer?
    let count: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        base = UnsafeRawPointer(bytes.baseAddress)
        count = bytes.count
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, let x = a.base, let y = b.base else { return true }
        return memcmp(x, y, a.count) == 0
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(start: base, count: count))
    }
}

/// Owns copies of the byte strings that cache keys point at, freed all at once.
final class ByteArena {
    private var blocks: [UnsafeMutableRawPointer] = []
    private var current: UnsafeMutableRawPointer?
    private var used = 0
    private var capacity = 0

    func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteKey {
        if bytes.count > capacity - used || current == nil {
            let size = max(1 << 16, bytes.count)
            let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 1)
            blocks.append(block)
            current = block
            used = 0
            capacity = size
        }
        guard let block = current, let source = bytes.baseAddress, !bytes.isEmpty else {
            return ByteKey(UnsafeBufferPointer(start: nil, count: 0))
        }
        let target = block + used
        target.copyMemory(from: source, byteCount: bytes.count)
        used += bytes.count
        return ByteKey(UnsafeBufferPointer(start: target.assumingMemoryBound(to: UInt8.self), count: bytes.count))
    }

    func removeAll() {
        for block in blocks { block.deallocate() }
        blocks.removeAll()
        current = nil
        used = 0
        capacity = 0
    }

    deinit { removeAll() }
}

/// A bounded map from byte strings to values, for what repeats across millions of rows
/// (institution codes, names and their folded keys).
final class ByteCache<Value> {
    private var entries: [ByteKey: Value] = [:]
    private let arena = ByteArena()
    private let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
    }

    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        entries[ByteKey(bytes)]
    }

    func store(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        if entries.count >= limit {
            entries.removeAll(keepingCapacity: true)
            arena.removeAll()
        }
        entries[arena.copy(bytes)] = value
    }

    func removeAll() {
        entries.removeAll()
        arena.removeAll()
    }
}
