import Foundation

/// How an import shares the database's single write lock with the sessions working beside it
/// (issue 16). Sessions wait for that lock to write their audit rows (every PIN search has
/// one) and their saves: with one transaction per 100 000-row batch they waited seconds behind
/// a year's import (measured: PIN search p99 4.2 s at 400 sessions). So the import writes in
/// slices, each its own transaction (a killed import keeps every slice it committed; the next
/// run finds those rows present), and between slices lets waiting sessions in.
///
/// - A session whose write is refused as busy raises its waiting signal (`WriterSignals`);
///   the import looks every `checkEvery` rows and, when someone waits, ends its slice at once
///   (commits what it has) and keeps the lock free until nobody waits or `mostYield` has
///   passed. Measured at 100 sessions (32 at work) during an import into the 5 M registry,
///   together with sessions leaving the checkpoint to the import: PIN search p50 / p99
///   2.5 / 37 ms, where slices alone gave 3.1 / 448 ms (BENCHMARKS.md).
/// - While other sessions write (one waited, or another connection committed, in the last
///   `contendedFor`), slices are short, so the commit a waiting session sits behind stays
///   small; tried the other way — long slices always, cut short by the signal — the commit of
///   a cut 250 ms slice is what the session waited for (PIN search p99 115 ms against 37).
/// - While nobody else writes, slices are long (an import alone then runs at nearly the
///   speed of whole batches; with short slices always a 1 M-row import took 16.2 s instead
///   of about 12), and one pause of `pause` after each lets a session in whose busy handler
///   looks just then.
struct ImportPacing {
    static let shortSlice: UInt64 = 10_000_000
    static let longSlice: UInt64 = 250_000_000
    static let pause: useconds_t = 1_000
    static let mostPauses = 20
    /// How long after another connection's commit or wait the import keeps to short slices.
    static let contendedFor: UInt64 = 5_000_000_000
    /// How long the import keeps the lock free for waiting sessions, at most, between slices.
    static let mostYield: UInt64 = 50_000_000
    /// Rows between two looks at the waiting signal and the clock (about 0.2 ms of inserts).
    static let checkEvery = 16

    private var contendedUntil: UInt64 = 0

    /// How long the next slice may last.
    func slice(now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> UInt64 {
        now < contendedUntil ? Self.shortSlice : Self.longSlice
    }

    /// Between two slices: first every session that waits goes in (up to `mostYield`), then
    /// the pause, repeated while other connections keep committing in it.
    mutating func yield(to database: Database) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        while database.waitSignal?.othersWaiting() == true {
            contendedUntil = start + Self.contendedFor
            guard DispatchTime.now().uptimeNanoseconds - start < Self.mostYield else { break }
            usleep(100)
        }
        for _ in 0..<Self.mostPauses {
            let before = try database.dataVersion()
            usleep(Self.pause)
            guard try database.dataVersion() != before else { break }
            contendedUntil = DispatchTime.now().uptimeNanoseconds + Self.contendedFor
        }
    }
}
