import Domain

/// A deadline marked done, as the list of what was done shows it.
public struct DoneDeadline: Sendable, Hashable {
    public let event: DeskEvent
    /// The student's name, empty for the institution's own deadlines (4.8).
    public let who: String

    /// The paragraph the deadline rests on.
    public var paragraph: String {
        switch event.kind {
        case .noticeMinistry, .noticeMigration: return "4.12"
        case .residence: return "2.2.4"
        case .annualPayment: return "2.2.2"
        case .yearlyReport, .yearlyReportStatistics: return "4.8"
        case .activityNotice: return "4.7"
        }
    }
}

/// Undoing a deadline marked done (issue 15): whoever may mark it done may undo it — a clerk
/// of the institution or an administrator — and the undoing is audited with who had marked
/// it and when. A 4.12 notice scheduled by a dismissal is open again (its mark is cleared,
/// and the dismissal's notice date with it); a mark that was its own row (2.2.2, 2.2.4, 4.7,
/// 4.8) stays in the table, marked undone, and no longer counts, so the deadline is listed
/// again. Undoing 2.2.4 also clears the date the residence document was submitted on.
extension DeskDeadlines {
    /// What was marked done at the caller's institution, newest first (at most `limit`).
    public func done(by caller: Caller, limit: Int = 200) throws -> [DoneDeadline] {
        try caller.require([.clerk, .admin], to: Actions.seeDeadlines)
        var sql = DeskRepository.eventColumns + " WHERE undone_at IS NULL AND done_on IS NOT NULL"
        var arguments: [SQLBindable] = []
        if let institution = DeskRepository.institution(of: caller) {
            sql += " AND institution_code = ?"
            arguments.append(institution)
        }
        let events = try database.rows(sql + " ORDER BY done_at DESC, id DESC LIMIT ?", arguments + [limit], DeskRepository.event)
        return try events.map { event in
            let name = try event.applicantID.flatMap { try applicants.applicant(id: $0, by: caller) }
                .map { $0.surname + " " + $0.name } ?? ""
            return DoneDeadline(event: event, who: name)
        }
    }

    /// Undoes a done mark; `ConflictError` when it is no longer done (someone undid it first).
    public func undo(eventID: Int64, by caller: Caller) throws {
        try caller.require([.clerk, .admin], to: Actions.undoDeadlines)
        try database.write {
            guard let event = try database.first(DeskRepository.eventColumns + " WHERE id = ? AND undone_at IS NULL",
                                                 [eventID], DeskRepository.event), let doneOn = event.doneOn else {
                // Undone already (by whom, when) or never there.
                let undone = try database.first("SELECT undone_by, undone_at FROM desk_event WHERE id = ?", [eventID]) {
                    ($0.optionalText(0), $0.optionalText(1))
                }
                throw ConflictError(table: "desk_event", id: String(eventID), changedBy: undone?.0 ?? nil,
                                    changedAt: undone?.1 ?? nil, stillExists: undone != nil)
            }
            if caller.role == .clerk, event.institutionCode != caller.institutionCode {
                throw PermissionError(login: caller.login, action: Actions.of(Actions.undoDeadlines, institution: event.institutionCode))
            }
            switch event.kind {
            case .noticeMinistry, .noticeMigration:
                try database.run("UPDATE desk_event SET done_on = NULL, done_by = NULL, done_at = NULL WHERE id = ?", [eventID])
                if let id = event.applicantID {
                    var followUp = try applicants.followUp(uncheckedApplicantID: id)
                    if followUp.dismissalNoticeOn != nil {
                        followUp.dismissalNoticeOn = nil
                        _ = try applicants.saveFollowUp(followUp, applicantID: id,
                                                        expectedVersion: try applicants.stored(id).version, by: caller)
                    }
                }
            case .residence:
                try markUndone(eventID, by: caller)
                if let id = event.applicantID {
                    var followUp = try applicants.followUp(uncheckedApplicantID: id)
                    followUp.residenceDocumentOn = nil
                    _ = try applicants.saveFollowUp(followUp, applicantID: id,
                                                    expectedVersion: try applicants.stored(id).version, by: caller)
                }
            case .annualPayment, .yearlyReport, .yearlyReportStatistics, .activityNotice:
                try markUndone(eventID, by: caller)
            }
            try database.audit(.deadlineUndone, "deadline \(eventID) (\(event.kind.rawValue) \(event.subject)"
                               + (event.applicantID.map { ", applicant \($0)" } ?? "")
                               + ") undone; it was marked done \(doneOn) by \(event.doneBy ?? "?")", by: caller)
        }
    }

    private func markUndone(_ eventID: Int64, by caller: Caller) throws {
        try database.run("UPDATE desk_event SET undone_at = \(nowSQL), undone_by = ? WHERE id = ?", [caller.login, eventID])
    }
}
