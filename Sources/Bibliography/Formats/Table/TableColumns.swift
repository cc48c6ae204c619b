/// Which header column feeds which field of a record in a plain table: the fields the table reader fills, the
/// header names it recognizes for each (case-insensitively, `_`/`-` read as spaces), and an explicit mapping for
/// other names (`--columns authors=Writers,title=Name,year=PubYear`).
///
/// A mapped field no longer uses its default names (with `authors=Writers`, a column named “authors” is not
/// read). Header names cannot contain `,` or `=` in a mapping.
public struct TableColumns: Sendable, Equatable {
    /// A record field a column can fill.
    public enum Field: String, CaseIterable, Sendable {
        /// Author names, separated by `;` (or by ` and ` when the cell has no `;`).
        case authors
        case title
        /// A year (digits, 1000–2100).
        case year
        /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`/` also separates): year, and month and day when given.
        case date
        case doi
        /// Journal, proceedings or other venue.
        case venue
        /// Keywords separated by `;` (they become topics).
        case keywords
        case abstract
        /// One topic label.
        case topic
        /// The source's own record id.
        case id
        /// Cited works, separated by `;`.
        case references

        /// Header names (normalized, see `TableColumns.normalize`) that stand for this field by default.
        public var defaultNames: [String] {
            switch self {
            case .authors: ["authors", "author", "author names", "author name", "creator", "creators"]
            case .title: ["title", "article title"]
            case .year: ["year", "publication year"]
            case .date: ["date", "publication date"]
            case .doi: ["doi"]
            case .venue: ["journal", "venue", "source", "source title"]
            case .keywords: ["keywords"]
            case .abstract: ["abstract"]
            case .topic: ["topic"]
            case .id: ["paper id", "id"]
            case .references: ["references", "cited references", "refs"]
            }
        }

        /// The valid field names, for messages.
        public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    /// A `--columns` value that cannot be used; the description says why and lists the valid fields.
    public struct SpecError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Field → header name, as given.
    public private(set) var mapping: [Field: String]

    public init(_ mapping: [Field: String] = [:]) {
        self.mapping = mapping
    }

    /// Parses `field=Header,field=Header` (spaces around items, fields and names are ignored; field names are
    /// case-insensitive). Throws `SpecError` for an unknown field, an item without `=`, an empty header name, a
    /// field given twice or two fields sent to one column.
    public init(parsing spec: String) throws(SpecError) {
        var mapping: [Field: String] = [:]
        var fieldOfHeader: [String: Field] = [:]
        for item in spec.split(separator: ",") {
            let text = item.trimmingSpaces
            if text.isEmpty { continue }
            guard let equals = text.firstIndex(of: "=") else {
                throw SpecError(description: "--columns: “\(text)” is not field=Column (valid fields: \(Field.list))")
            }
            let name = text[..<equals].trimmingSpaces.lowercased()
            let header = text[text.index(after: equals)...].trimmingSpaces
            guard let field = Field(rawValue: name) else {
                throw SpecError(description: "--columns: unknown field “\(name)”; valid fields: \(Field.list)")
            }
            guard !header.isEmpty else {
                throw SpecError(description: "--columns: no column name after “\(name)=”")
            }
            if mapping[field] != nil {
                throw SpecError(description: "--columns: the field “\(name)” is given twice")
            }
            let key = Self.normalize(header)
            if let other = fieldOfHeader[key] {
                throw SpecError(
                    description: "--columns: “\(other.rawValue)” and “\(name)” both name the column "
                        + "“\(header)”")
            }
            mapping[field] = header
            fieldOfHeader[key] = field
        }
        self.mapping = mapping
    }

    public var isEmpty: Bool { mapping.isEmpty }

    /// A header name as compared: lower-cased, `_` and `-` read as spaces, whitespace runs collapsed, trimmed.
    public static func normalize<S: StringProtocol>(_ header: S) -> String {
        header.lowercased()
            .split(whereSeparator: { $0.isWhitespace || $0 == "_" || $0 == "-" })
            .joined(separator: " ")
    }

    /// The field the column named `header` (normalized) fills: a mapped name first, then the default names of
    /// the fields that are not mapped; nil when the column is not used.
    func field(forNormalizedHeader header: String) -> Field? {
        for field in Field.allCases {
            if let name = mapping[field], Self.normalize(name) == header { return field }
        }
        for field in Field.allCases where mapping[field] == nil && field.defaultNames.contains(header) {
            return field
        }
        return nil
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
