import Domain
import Screens
import Storage

/// The areas (tabs) of the interface, in order. Only areas that work are listed; each
/// area decides from the caller's role whether it is shown (permissions themselves are
/// enforced in Storage, not here).
enum Areas {
    static func panes(context: AppContext, database: Database) throws -> [Pane] {
        var panes: [Pane] = []
        let changes = try ChangeNotice(database: database)
        panes.append(RegistryBrowserPane(context: context, repository: SQLiteRegistryRepository(database: database),
                                         hasChanged: { (try? changes.hasChanged()) ?? false }))
        if let caller = context.caller {
            let service = RegistryService(database: database, caller: caller)
            if caller.role == .ssac || caller.role == .admin {
                panes.append(PINLookupPane(context: context, service: service))
                panes.append(NameSearchPane(context: context, service: service))
                panes.append(DiplomaCheckPane(context: context, service: service))
            }
            let inquiryChanges = try ChangeNotice(database: database)
            panes.append(InquiriesPane(context: context, service: service,
                                       hasChanged: { (try? inquiryChanges.hasChanged()) ?? false }))
            if caller.role == .admin {
                panes.append(AdminPane(context: context, database: database))
            }
        }
        return panes
    }
}
