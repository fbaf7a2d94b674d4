import Synchronization

/// How far an import has got, for a progress line drawn by another thread. The reading
/// thread stores how far into the file it is and how many records it has read; the writing
/// thread how many rows it has finished (stored, found present or refused). These are
/// relaxed atomics — a plain store on x86 and ARM — so neither thread ever waits for the
/// one that draws.
public final class ImportProgress: Sendable {
    private let totalBytes = Atomic<Int>(0)
    private let bytesRead = Atomic<Int>(0)
    private let rowsRead = Atomic<Int>(0)
    private let rowsDone = Atomic<Int>(0)

    public init() {}

    /// Rows finished, and the rows the whole file holds as far as can be told from the
    /// part read so far (its bytes per row).
    public var snapshot: (done: Int, estimatedTotal: Int) {
        let done = rowsDone.load(ordering: .relaxed)
        let read = rowsRead.load(ordering: .relaxed)
        let position = bytesRead.load(ordering: .relaxed)
        let total = totalBytes.load(ordering: .relaxed)
        guard read > 0, position > 0 else { return (done, 0) }
        let estimate = position >= total ? read : Int(Double(read) * Double(total) / Double(position))
        return (done, max(done, estimate))
    }

    func start(totalBytes bytes: Int) {
        totalBytes.store(bytes, ordering: .relaxed)
    }

    @inline(__always)
    func read(bytes position: Int, rows count: Int) {
        bytesRead.store(position, ordering: .relaxed)
        rowsRead.store(count, ordering: .relaxed)
    }

    @inline(__always)
    func finished(rows count: Int) {
        rowsDone.store(count, ordering: .relaxed)
    }
}
