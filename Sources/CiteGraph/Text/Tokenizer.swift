/// Turns titles and abstracts into terms: lower-cased words of letters and digits (at least two characters, not
/// only digits), English stop words removed, plus bigrams of adjacent kept words ("neural network").
public enum Tokenizer {
    /// Words of a text, lower-cased, with the stop-word flag kept so bigrams never span a stop word.
    static func words(_ text: String) -> [(word: String, stop: Bool)] {
        var out: [(String, Bool)] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let w = current.lowercased()
            current = ""
            let keep = w.count >= 2 && !w.allSatisfy(\.isNumber)
            out.append((w, !keep || StopWords.english.contains(w)))
        }
        for c in text {
            if c.isLetter || c.isNumber { current.append(c) } else { flush() }
        }
        flush()
        return out
    }

    /// Unigrams and bigrams of `text`, in order of appearance (repeats kept).
    public static func terms(_ text: String, bigrams: Bool = true) -> [String] {
        let ws = words(text)
        var terms: [String] = []
        for (i, w) in ws.enumerated() where !w.stop {
            terms.append(w.word)
            if bigrams, i + 1 < ws.count, !ws[i + 1].stop { terms.append(w.word + " " + ws[i + 1].word) }
        }
        return terms
    }
}

/// A standard English stop-word list (the 179 words of NLTK's list plus a few publication words).
enum StopWords {
    static let english: Set<String> = [
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are",
        "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an",
        "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about",
        "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up",
        "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when",
        "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no",
        "nor",
        "not", "only", "own", "same", "so", "than", "too", "very", "can", "will", "just", "don", "should", "now",
        "also", "via", "using", "use", "used", "based", "new", "show", "shows", "propose", "proposed", "paper",
        "approach", "approaches", "method", "methods", "results", "work", "however", "well", "can", "may", "many",
        "one", "two", "three", "first", "second", "without", "within", "towards", "toward", "across", "among", "upon",
        "would", "could", "et", "al", "e", "g", "ie", "eg", "etc", "us", "yet", "thus", "often", "even", "much",
    ]
}
