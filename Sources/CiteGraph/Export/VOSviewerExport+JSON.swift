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

    func json(title: String, description: String, colors: [Int: String]) -> JSONValue {
        let itemValues: [JSONValue] = items.enumerated().map { index, item in
            var object: [String: JSONValue] = [
                "id": .int(index + 1), "label": .string(item.label), "cluster": .int(item.cluster),
                "weights": .object(
                    Dictionary(uniqueKeysWithValues: zip(weightKeys, item.weights.map(JSONValue.double)))),
            ]
            if let p = item.position, hasPositions {
                object["x"] = .double(p.x)
                object["y"] = .double(p.y)
            }
            if let description = item.description { object["description"] = .string(description) }
            if let year = item.year { object["scores"] = .object(["Avg. pub. year": .int(year)]) }
            return .object(object)
        }
        let linkValues: [JSONValue] = links.map { a, b, s in
            .object(["source_id": .int(a), "target_id": .int(b), "strength": .double(s)])
        }
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
            "network": .object(["items": .array(itemValues), "links": .array(linkValues), "clusters": .array(clusters)]
            ),
            "config": .object([
                "terminology": .object(terminology.mapValues(JSONValue.string)),
                "parameters": .object(parameters),
                "color_schemes": .object(["cluster_colors": .array(clusterColors)]),
            ]),
            "info": .object(["title": .string(title), "description": .string(description)]),
        ])
    }
}
