import Domain
import Screens
import Storage

/// The areas (tabs) of the interface, in order. Only areas that work are listed; each
/// area decides from the caller's role whether it is shown (permissions themselves are
/// enforced in Storage, not here). Every list is told of this session's own writes as well
/// as others' (issue 15), so a save in one area shows in the others.
enum Areas {
    static func panes(context: AppContext, database: Database) throws -> [Pane] {
        var panes: [Pane] = []
        if let caller = context.caller, caller.role == .ssac || caller.role == .admin {
            let changes = try ChangeNotice(database: database, countsOwnWrites: true)
            panes.append(RegistryBrowserPane(context: context,
                                             repository: SQLiteRegistryRepository(database: database, browsingAs: caller),
                                             service: RegistryService(database: database, caller: caller),
                                             hasChanged: { (try? changes.hasChanged()) ?? false }))
        }
        if let caller = context.caller, caller.institutionCode != nil, caller.role == .clerk || caller.role == .admin {
            let services = DeskSession(context: context, service: DeskService(database: database, caller: caller))
            let deskChanges = try ChangeNotice(database: database, countsOwnWrites: true)
            panes.append(ApplicantsPane(services: services, hasChanged: { (try? deskChanges.hasChanged()) ?? false }))
            let studentChanges = try ChangeNotice(database: database, countsOwnWrites: true)
            panes.append(StudentsPane(services: services, hasChanged: { (try? studentChanges.hasChanged()) ?? false }))
            let deadlineChanges = try ChangeNotice(database: database, countsOwnWrites: true)
            panes.append(DeadlinesPane(services: services, hasChanged: { (try? deadlineChanges.hasChanged()) ?? false }))
            let reportChanges = try ChangeNotice(database: database, countsOwnWrites: true)
            panes.append(ReportPane(services: services, hasChanged: { (try? reportChanges.hasChanged()) ?? false }))
        }
        if let caller = context.caller {
            let service = RegistryService(database: database, caller: caller)
            if caller.role == .ssac || caller.role == .admin {
                panes.append(PINLookupPane(context: context, service: service))
                panes.append(NameSearchPane(context: context, service: service))
                panes.append(DiplomaCheckPane(context: context, service: service))
            }
            let inquiryChanges = try ChangeNotice(database: database, countsOwnWrites: true)
            panes.append(InquiriesPane(context: context, service: service,
                                       hasChanged: { (try? inquiryChanges.hasChanged()) ?? false }))
            if caller.role == .admin {
                let adminChanges = try ChangeNotice(database: database, countsOwnWrites: true)
                panes.append(AdminPane(context: context, service: AdminService(database: database, caller: caller),
                                       hasChanged: { (try? adminChanges.hasChanged()) ?? false }))
            }
        }
        return panes
    }
}
