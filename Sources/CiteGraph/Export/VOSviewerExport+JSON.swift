/// The VOSviewer Online JSON document: `network.items/links/clusters` and `config` with the terminology of the
/// network kind, item size and color indexes, and CiteGraph's community colors (`color_schemes.cluster_colors`).
///
/// JSONValue sorts object keys, so the viewer, which numbers weight and score keys in the order it meets them,
/// sees them sorted; `item_size` is the 1-based index of the size weight in that sorted order.
extension VOSviewerExport {
    /// How VOSviewer names items and links of each network kind.
    var terminology: [String: String] {
        let (item, items, link, links, strength, total): (String, String, String, String, String, String)
        switch kind {
        case .coauthorship:
            (item, items, link, links) = ("Author", "Authors", "Co-authorship link", "Co-authorship links")
            (strength, total) = ("Co-authored documents", "Total co-authored documents")
        case .topics:
            (item, items, link, links) = ("Author", "Authors", "Shared-topic link", "Shared-topic links")
            (strength, total) = ("Topic similarity", "Total topic similarity")
        case .citations:
            (item, items, link, links) = ("Document", "Documents", "Citation link", "Citation links")
            (strength, total) = ("Citations", "Total citation links")
        case .cocitation:
            (item, items, link, links) = ("Document", "Documents", "Co-citation link", "Co-citation links")
            (strength, total) = ("Co-citations", "Total co-citations")
        case .coupling:
            (item, items, link, links) = ("Document", "Documents", "Coupling link", "Coupling links")
            (strength, total) = ("Shared references", "Total shared references")
        }
        return [
            "item": item, "items": items, "link": link, "links": links, "link_strength": strength,
            "total_link_strength": total,
        ]
    }

    /// The weight items are sized by: documents for authors, citations for papers, else total link strength.
    var sizeKey: String { weightKeys.count > 2 ? weightKeys[2] : "Total link strength" }

    /// The document as a value (tests and small networks); `writeJSON` streams the same bytes.
    func json(title: String, description: String, colors: [Int: String]) -> JSONValue {
        var document = frame(title: title, description: description, colors: colors)
        guard case var .object(top) = document, case var .object(network)? = top["network"] else { return document }
        network["items"] = .array(items.indices.map(itemValue))
        network["links"] = .array(links.map(linkValue))
        top["network"] = .object(network)
        document = .object(top)
        return document
    }

    /// Writes the pretty rendering of `json(…)` to `out`, one item and link at a time (a million-item network never
    /// becomes one value in memory).
    func writeJSON(title: String, description: String, colors: [Int: String], to out: ByteWriter) {
        guard case let .object(top) = frame(title: title, description: description, colors: colors),
            case let .object(network)? = top["network"]
        else { return }
        out.write("{\n  \"config\": " as StaticString)
        top["config"]!.write(to: out, pretty: true, level: 1)
        out.write(",\n  \"info\": " as StaticString)
        top["info"]!.write(to: out, pretty: true, level: 1)
        out.write(",\n  \"network\": {\n    \"clusters\": " as StaticString)
        network["clusters"]!.write(to: out, pretty: true, level: 2)
        out.write(",\n    \"items\": " as StaticString)
        Self.writeArray(items.count, to: out) { itemValue($0) }
        out.write(",\n    \"links\": " as StaticString)
        Self.writeArray(links.count, to: out) { linkValue(links[$0]) }
        out.write("\n  }\n}\n" as StaticString)
    }

    /// A pretty array at nesting level 2 whose elements are made one at a time.
    static func writeArray(_ count: Int, to out: ByteWriter, _ element: (Int) -> JSONValue) {
        guard count > 0 else {
            out.write("[]" as StaticString)
            return
        }
        out.byte(UInt8(ascii: "["))
        for i in 0..<count {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            JSONValue.newline(out, 3)
            element(i).write(to: out, pretty: true, level: 3)
        }
        JSONValue.newline(out, 2)
        out.byte(UInt8(ascii: "]"))
    }

    func itemValue(_ index: Int) -> JSONValue {
        let item = items[index]
        var object: [String: JSONValue] = [
            "id": .int(index + 1), "label": .string(item.label), "cluster": .int(item.cluster),
            "weights": .object(Dictionary(uniqueKeysWithValues: zip(weightKeys, item.weights.map(JSONValue.double)))),
        ]
        if let p = item.position, hasPositions {
            object["x"] = .double(p.x)
            object["y"] = .double(p.y)
        }
        if let description = item.description { object["description"] = .string(description) }
        if let year = item.year { object["scores"] = .object(["Avg. pub. year": .int(year)]) }
        return .object(object)
    }

    func linkValue(_ link: (Int, Int, Double)) -> JSONValue {
        .object(["source_id": .int(link.0), "target_id": .int(link.1), "strength": .double(link.2)])
    }

    /// Everything but the items and links (empty arrays in their place).
    func frame(title: String, description: String, colors: [Int: String]) -> JSONValue {
        let clusters: [JSONValue] = clusterLabels.keys.sorted().map {
            .object(["cluster": .int($0), "label": .string(clusterLabels[$0]!)])
        }
        var parameters: [String: JSONValue] = [
            "item_size": .int(weightKeys.sorted().firstIndex(of: sizeKey)! + 1), "largest_component": .bool(false),
        ]
        if hasYears {
            parameters["item_color"] = .int(1)
            parameters["score_colors"] = .string("Viridis")
        }
        let clusterColors: [JSONValue] = colors.keys.sorted().map {
            .object(["cluster": .int($0), "color": .string(colors[$0]!)])
        }
        return .object([
            "network": .object(["items": .array([]), "links": .array([]), "clusters": .array(clusters)]),
            "config": .object([
                "terminology": .object(terminology.mapValues(JSONValue.string)),
                "parameters": .object(parameters),
                "color_schemes": .object(["cluster_colors": .array(clusterColors)]),
            ]),
            "info": .object(["title": .string(title), "description": .string(description)]),
        ])
    }
}
