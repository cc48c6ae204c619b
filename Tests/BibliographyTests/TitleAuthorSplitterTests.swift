import Testing

@testable import Bibliography

@Suite struct TitleAuthorSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var title: String
        var firstAuthor: String
        var authors: Int
        var testDescription: String { title }
    }

    /// Lines from seeds/, with the split a reader makes (authors before "et al." and affiliations).
    static let cases: [Case] = [
        Case(
            line:
                "SODA: Bottleneck Diffusion Models for Representation LearningDrew A. Hudson, Daniel Zoran, Mateusz Malinowski",
            title: "SODA: Bottleneck Diffusion Models for Representation Learning", firstAuthor: "Drew A. Hudson",
            authors: 3),
        Case(
            line: "Understanding disentangling in $β$-VAEChristopher P. Burgess, Irina Higgins, Arka Pal",
            title: "Understanding disentangling in $β$-VAE", firstAuthor: "Christopher P. Burgess", authors: 3),
        Case(
            line:
                "Can foundation models actively gather information in interactive environments to test hypotheses?Danny P. Sawyer, Nan Rosemary Ke, Hubert Soyer",
            title: "Can foundation models actively gather information in interactive environments to test hypotheses?",
            firstAuthor: "Danny P. Sawyer", authors: 3),
        Case(
            line: "Scaling 4D RepresentationsJoão Carreira, Dilara Gokay, Michael King",
            title: "Scaling 4D Representations", firstAuthor: "João Carreira", authors: 3),
        Case(
            line:
                "unPIC: A Geometric Multiview Prior for Image to 3D SynthesisRishabh Kabra, Drew A. Hudson, Sjoerd van Steenkiste",
            title: "unPIC: A Geometric Multiview Prior for Image to 3D Synthesis", firstAuthor: "Rishabh Kabra",
            authors: 3),
        Case(
            line:
                "SIMONe: View-Invariant, Temporally-Abstracted Object Representations via Unsupervised Video DecompositionRishabh Kabra, Daniel Zoran, Goker Erdogan",
            title:
                "SIMONe: View-Invariant, Temporally-Abstracted Object Representations via Unsupervised Video Decomposition",
            firstAuthor: "Rishabh Kabra", authors: 3),
        Case(
            line:
                "Gemini 2.5: Pushing the Frontier with Advanced Reasoning, Multimodality, Long Context, and Next Generation Agentic CapabilitiesGheorghe Comanici, Eric Bieber, Mike Schaekermann",
            title:
                "Gemini 2.5: Pushing the Frontier with Advanced Reasoning, Multimodality, Long Context, and Next Generation Agentic Capabilities",
            firstAuthor: "Gheorghe Comanici", authors: 3),
        Case(
            line:
                "Is coding a relevant metaphor for building AI? A commentary on \"Is coding a relevant metaphor for the brain?\", by Romain BretteAdam Santoro, Felix Hill, David Barrett",
            title:
                "Is coding a relevant metaphor for building AI? A commentary on \"Is coding a relevant metaphor for the brain?\", by Romain Brette",
            firstAuthor: "Adam Santoro", authors: 3),
        Case(
            line: "Unsupervised Predictive Memory in a Goal-Directed AgentGreg Wayne, Chia-Chun Hung, David Amos",
            title: "Unsupervised Predictive Memory in a Goal-Directed Agent", firstAuthor: "Greg Wayne", authors: 3),
        Case(
            line:
                "Moving Off-the-Grid: Scene-Grounded Video RepresentationsSjoerd van Steenkiste, Daniel Zoran, Yi Yang",
            title: "Moving Off-the-Grid: Scene-Grounded Video Representations", firstAuthor: "Sjoerd van Steenkiste",
            authors: 3),
        Case(
            line: "Compositional Transformers for Scene GenerationDrew A. Hudson, C. Lawrence Zitnick",
            title: "Compositional Transformers for Scene Generation", firstAuthor: "Drew A. Hudson", authors: 2),
        Case(
            line:
                "A data-driven approach for learning to control computersPeter C Humphreys, David Raposo, Toby Pohlen",
            title: "A data-driven approach for learning to control computers", firstAuthor: "Peter C Humphreys",
            authors: 3),
        Case(
            line: "SIMA 2: A Generalist Embodied Agent for Virtual WorldsSIMA team, Adrian Bolton, Alexander Lerchner",
            title: "SIMA 2: A Generalist Embodied Agent for Virtual Worlds", firstAuthor: "SIMA team", authors: 3),
        Case(
            line:
                "Spatial Broadcast Decoder: A Simple Architecture for Learning Disentangled Representations in VAEsNicholas Watters, Loic Matthey, Christopher P. Burgess",
            title: "Spatial Broadcast Decoder: A Simple Architecture for Learning Disentangled Representations in VAEs",
            firstAuthor: "Nicholas Watters", authors: 3),
    ]

    @Test(arguments: cases) func splitsSeedLines(_ c: Case) throws {
        let chosen: TitleAuthorSplitter.Candidate
        switch TitleAuthorSplitter.candidates(in: Substring(c.line)) {
        case let .certain(candidate): chosen = candidate
        case let .ambiguous(candidates): chosen = NameEvidence().choose(candidates).0
        case .none:
            Issue.record("no split found")
            return
        }
        #expect(chosen.title == c.title)
        #expect(chosen.names.first == c.firstAuthor)
        #expect(chosen.names.count == c.authors)
    }

    @Test func groupNamedAfterAnAffiliationIsDecidedByEvidence() throws {
        let line =
            "Creating Multimodal Interactive Agents with Imitation and Self-Supervised LearningDeepMind Interactive Agents Team, Josh Abramson, Arun Ahuja"
        guard case let .ambiguous(candidates) = TitleAuthorSplitter.candidates(in: Substring(line)) else {
            Issue.record("expected two readings (Deep|Mind)")
            return
        }
        // Without evidence both readings cost the same: a guess.
        #expect(NameEvidence().choose(candidates).decided == false)
        var evidence = NameEvidence()
        evidence.addAffiliation("deepmind")
        let (choice, decided) = evidence.choose(candidates)
        #expect(decided)
        #expect(choice.names[0] == "DeepMind Interactive Agents Team")
        #expect(choice.title == "Creating Multimodal Interactive Agents with Imitation and Self-Supervised Learning")
    }

    @Test func aNameKnownElsewhereDecidesAHardCase() throws {
        // "PolyGen" + "Charlie Nash": "GenCharlie Nash" is shaped like a name too.
        let line = "An Autoregressive Model PolyGenCharlie Nash, Yaroslav Ganin"
        guard case let .ambiguous(candidates) = TitleAuthorSplitter.candidates(in: Substring(line)) else {
            Issue.record("expected two readings")
            return
        }
        var evidence = NameEvidence()
        evidence.addName("Charlie Nash")
        let (choice, decided) = evidence.choose(candidates)
        #expect(decided)
        #expect(choice.names[0] == "Charlie Nash")
        #expect(choice.title == "An Autoregressive Model PolyGen")
    }

    @Test func textWithoutNamesHasNoSplit() {
        #expect(TitleAuthorSplitter.candidates(in: "Just a sentence about Neural Networks.") == .none)
        #expect(TitleAuthorSplitter.candidates(in: "") == .none)
    }

    @Test func hugeLineIsRefusedQuickly() {
        let line = String(repeating: "aB", count: 600_000)
        #expect(TitleAuthorSplitter.candidates(in: Substring(line)) == .none)
    }
}
