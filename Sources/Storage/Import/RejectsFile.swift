import Domain
import Foundation

/// `sts import … --rejects FILE`: every refused row as it was in the input (its bytes, so its
/// columns and quoting are the file's own), with two more columns, `line` (where it was) and
/// `reason` (in the interface language). UTF-8 with a byte order mark, CRLF line ends
/// (RFC 4180). The importer ignores columns it does not know, so the corrected file loads
/// as it is; loading it again refuses what is still wrong into a new rejects file, whose
/// `line` and `reason` replace the old ones instead of adding two more.
///
/// Created with mode 0600 and `O_EXCL`: an existing file is never written over unless the
/// caller asked to replace it (then it is removed first, so a link is not followed).
public final class RejectsFile {
    public let path: String
    public let language: Language
    /// Rows written so far.
    public private(set) var rows = 0
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: Int32 = 0

    private init(path: String, language: Language, descriptor: Int32) {
        self.path = path
        self.language = language
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    deinit { if descriptor >= 0 { Foundation.close(descriptor) } }

    /// Creates the file. Throws `ImportFileError` when it exists (and `replacing` is false)
    /// or cannot be created.
    public static func create(at path: String, replacing: Bool, language: Language) throws(ImportFileError) -> RejectsFile {
        if replacing, unlink(path) != 0, errno != ENOENT {
            throw ImportFileError(reason: Phrases.rejectsFileUnwritable(path, String(cString: strerror(errno))))
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            let code = errno
            throw ImportFileError(reason: code == EEXIST ? Phrases.rejectsFileExists(path)
                                                         : Phrases.rejectsFileUnwritable(path, String(cString: strerror(code))))
        }
        // The umask may only take bits away; the file is the owner's alone whatever it is.
        _ = fchmod(fd, 0o600)
        return RejectsFile(path: path, language: language, descriptor: fd)
    }

    /// The input's header (without its line end), then `line,reason`.
    func writeHeader(_ header: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
        buffer.append(contentsOf: header)
        buffer.append(contentsOf: Array(",line,reason\r\n".utf8))
    }

    /// One refused record as it was (without its line end), its line and why.
    func write(record: UnsafeBufferPointer<UInt8>, line: Int, reason: String) {
        buffer.append(contentsOf: record)
        buffer.append(0x2C)
        buffer.append(contentsOf: Array(String(line).utf8))
        buffer.append(0x2C)
        Self.appendField(reason, to: &buffer)
        buffer.append(contentsOf: [0x0D, 0x0A])
        rows += 1
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Quoted when it holds a comma, a quote or a line break (RFC 4180), quotes doubled.
    static func appendField(_ text: String, to out: inout [UInt8]) {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(0x22)
        for byte in bytes {
            out.append(byte)
            if byte == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

    private func flush() {
        guard failure == 0 else { buffer.removeAll(keepingCapacity: true); return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Foundation.write(descriptor, raw.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and closes the file; throws when any write failed (a full disk).
    public func close() throws(ImportFileError) {
        flush()
        if descriptor >= 0, fsync(descriptor) != 0, failure == 0 { failure = errno }
        if descriptor >= 0 { Foundation.close(descriptor) }
        descriptor = -1
        if failure != 0 {
            throw ImportFileError(reason: Phrases.rejectsFileUnwritable(path, String(cString: strerror(failure))))
        }
    }

    /// Closes and deletes the file (the import did not run: nothing to correct).
    public func remove() {
        if descriptor >= 0 { Foundation.close(descriptor) }
        descriptor = -1
        unlink(path)
    }
}
