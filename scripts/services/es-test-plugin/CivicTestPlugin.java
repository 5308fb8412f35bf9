/*
 * Test-only Elasticsearch plugin for scripts/services/elasticsearch.sh.
 *
 * The integ-test-zip distribution of Elasticsearch, the only one on Maven
 * Central, is a stripped-down node with four modules.  Two gaps matter to
 * clients:
 *
 *  - no analysis-common module: index settings that use the everyday
 *    "ngram"/"edge_ngram" tokenizers and filters or the "asciifolding" filter
 *    (Wagtail's Elasticsearch backend uses all of them) are rejected.  This
 *    plugin registers those names (and the "whitespace", "keyword" and
 *    "letter" tokenizers) on top of the Lucene classes that the distribution
 *    already ships (lib/lucene-analysis-common-*.jar);
 *  - no rest-root module: GET / (client.info()) and HEAD / (client.ping())
 *    answer 405.  This plugin serves them with the usual body;
 *  - no language analysis: the search app's index (search/engines/elastic.py)
 *    uses the "stemmer", "snowball", "synonym_graph"/"synonym", "lowercase"
 *    and "elision" filters and the "dutch"/"french"/"english" analyzers,
 *    which production clusters get from analysis-common.  They are registered
 *    here under the same names and settings, on the same Lucene classes, so
 *    that the index definitions work unchanged on a production cluster.
 *
 * Never use it outside the throwaway test node: it does not enforce
 * index.max_ngram_diff, implements only the common settings, and rejects
 * stemmer languages it does not list (see STEMMERS below).
 */
package org.civic.testplugin;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.env.Environment;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestChannel;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.KpStemmer;

public class CivicTestPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private volatile ClusterService clusterService;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService = services.clusterService();
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootHandler());
    }

    /** GET / and HEAD /: node, cluster and version, as the rest-root module answers. */
    private final class RootHandler implements RestHandler {
        @Override
        public List<Route> routes() {
            return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
        }

        @Override
        public String getName() {
            return "civic_test_root_action";
        }

        @Override
        public void handleRequest(RestRequest request, RestChannel channel, NodeClient client) throws Exception {
            ClusterService cs = clusterService;
            Build build = Build.current();
            XContentBuilder body = channel.newBuilder();
            body.startObject();
            body.field("name", cs.getNodeName());
            body.field("cluster_name", cs.getClusterName().value());
            body.field("cluster_uuid", cs.state().metadata().clusterUUID());
            body.startObject("version");
            body.field("number", build.qualifiedVersion());
            body.field("build_flavor", build.flavor());
            body.field("build_type", build.type().displayName());
            body.field("build_hash", build.hash());
            body.field("build_date", build.date());
            body.field("build_snapshot", build.isSnapshot());
            body.field("lucene_version", org.apache.lucene.util.Version.LATEST.toString());
            body.field("minimum_wire_compatibility_version", build.minWireCompatVersion());
            body.field("minimum_index_compatibility_version", build.minIndexCompatVersion());
            body.endObject();
            body.field("tagline", "You Know, for Search");
            body.endObject();
            channel.sendResponse(new RestResponse(RestStatus.OK, body));
        }
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            "ngram", (indexSettings, env, name, settings) -> ngramTokenizer(name, settings, false),
            "edge_ngram", (indexSettings, env, name, settings) -> ngramTokenizer(name, settings, true),
            "whitespace", (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, WhitespaceTokenizer::new),
            "keyword", (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, KeywordTokenizer::new),
            "letter", (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, LetterTokenizer::new)
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding", (indexSettings, env, name, settings) -> asciiFolding(name, settings),
            "ngram", (indexSettings, env, name, settings) -> ngramFilter(name, settings, false),
            "edge_ngram", (indexSettings, env, name, settings) -> ngramFilter(name, settings, true),
            "lowercase", (indexSettings, env, name, settings) -> lowercase(name, settings),
            "elision", (indexSettings, env, name, settings) -> elision(name, env, settings),
            "stemmer", (indexSettings, env, name, settings) -> stemmer(name, settings),
            "snowball", (indexSettings, env, name, settings) -> snowball(name, settings),
            "synonym", (indexSettings, env, name, settings) -> new SynonymFactory(name, settings, false),
            "synonym_graph", (indexSettings, env, name, settings) -> new SynonymFactory(name, settings, true)
        );
    }

    // ---- Language analysis: stand-ins for analysis-common's components ----

    /** The "dutch", "french" and "english" analyzers, with "stopwords" and "stem_exclusion". */
    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
            "dutch", (indexSettings, env, name, settings) -> analyzer(name, settings,
                new DutchAnalyzer(stopWords(env, settings, DutchAnalyzer.getDefaultStopSet()), stemExclusion(settings))),
            "french", (indexSettings, env, name, settings) -> analyzer(name, settings,
                new FrenchAnalyzer(stopWords(env, settings, FrenchAnalyzer.getDefaultStopSet()), stemExclusion(settings))),
            "english", (indexSettings, env, name, settings) -> analyzer(name, settings,
                new EnglishAnalyzer(stopWords(env, settings, EnglishAnalyzer.getDefaultStopSet()), stemExclusion(settings)))
        );
    }

    /** The same three analyzers by name, without settings (as in a field mapping). */
    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
            new PreBuiltAnalyzerProviderFactory("dutch", CachingStrategy.LUCENE, DutchAnalyzer::new),
            new PreBuiltAnalyzerProviderFactory("french", CachingStrategy.LUCENE, FrenchAnalyzer::new),
            new PreBuiltAnalyzerProviderFactory("english", CachingStrategy.LUCENE, EnglishAnalyzer::new)
        );
    }

    private static CharArraySet stopWords(Environment env, Settings settings, CharArraySet defaults) {
        return Analysis.parseStopWords(env, settings, defaults);
    }

    private static CharArraySet stemExclusion(Settings settings) {
        return Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET);
    }

    private static AnalyzerProvider<Analyzer> analyzer(String name, Settings settings, Analyzer analyzer) {
        return new AbstractIndexAnalyzerProvider<>(name, settings) {
            @Override
            public Analyzer get() {
                return analyzer;
            }
        };
    }

    /** The languages of the "stemmer" filter that this stand-in knows, as analysis-common maps them. */
    private static final Map<String, Function<TokenStream, TokenStream>> STEMMERS = Map.ofEntries(
        Map.entry("dutch", in -> new SnowballFilter(in, new DutchStemmer())),
        Map.entry("dutch_kp", in -> new SnowballFilter(in, new KpStemmer())),
        Map.entry("french", in -> new SnowballFilter(in, new FrenchStemmer())),
        Map.entry("light_french", FrenchLightStemFilter::new),
        Map.entry("minimal_french", FrenchMinimalStemFilter::new),
        Map.entry("english", PorterStemFilter::new),
        Map.entry("porter", PorterStemFilter::new),
        Map.entry("porter2", in -> new SnowballFilter(in, new EnglishStemmer())),
        Map.entry("light_english", KStemFilter::new),
        Map.entry("minimal_english", EnglishMinimalStemFilter::new),
        Map.entry("possessive_english", EnglishPossessiveFilter::new)
    );

    private static TokenFilterFactory stemmer(String name, Settings settings) {
        String language = settings.get("language", settings.get("name", "porter")).toLowerCase(Locale.ROOT);
        Function<TokenStream, TokenStream> stem = STEMMERS.get(language);
        if (stem == null) {
            throw new IllegalArgumentException(
                "stemmer language [" + language + "] is not supported by the test analysis plugin");
        }
        return filter(name, stem);
    }

    private static TokenFilterFactory snowball(String name, Settings settings) {
        String language = settings.get("language", settings.get("name", "English"));
        String stemmer = language.substring(0, 1).toUpperCase(Locale.ROOT) + language.substring(1);
        return filter(name, in -> new SnowballFilter(in, stemmer));
    }

    private static TokenFilterFactory lowercase(String name, Settings settings) {
        if (settings.get("language") != null) {
            throw new IllegalArgumentException("lowercase [language] is not supported by the test analysis plugin");
        }
        return new NormalizingTokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static TokenFilterFactory elision(String name, Environment env, Settings settings) {
        CharArraySet articles = Analysis.parseArticles(env, settings);
        CharArraySet used = articles == null ? FrenchAnalyzer.DEFAULT_ARTICLES : articles;
        return filter(name, in -> new ElisionFilter(in, used));
    }

    private static TokenFilterFactory filter(String name, Function<TokenStream, TokenStream> wrap) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream in) {
                return wrap.apply(in);
            }
        };
    }

    /**
     * "synonym" and "synonym_graph" with inline Solr-format "synonyms" (and "expand").
     * As in analysis-common, the rules are parsed with the tokenizer and
     * the filters that come before this one in the analyzer, so "Vélo" in a rule
     * meets "velo" after lowercase and asciifolding.
     */
    private static final class SynonymFactory implements TokenFilterFactory {
        private final String name;
        private final Settings settings;
        private final boolean graph;

        SynonymFactory(String name, Settings settings, boolean graph) {
            this.name = name;
            this.settings = settings;
            this.graph = graph;
            if (settings.get("synonyms_path") != null || settings.get("synonyms_set") != null) {
                throw new IllegalArgumentException("only inline [synonyms] are supported by the test analysis plugin");
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public TokenStream create(TokenStream in) {
            throw new IllegalStateException("[" + name + "] must be built through its analysis chain");
        }

        @Override
        public TokenFilterFactory getChainAwareTokenFilterFactory(
            IndexCreationContext context,
            TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters,
            List<TokenFilterFactory> previousTokenFilters,
            Function<String, TokenFilterFactory> allFilters
        ) {
            Analyzer parser = new CustomAnalyzer(
                tokenizer,
                charFilters.toArray(new CharFilterFactory[0]),
                previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new)
            );
            SynonymMap map = parse(parser);
            return filter(name, in -> graph ? new SynonymGraphFilter(in, map, false) : new SynonymFilter(in, map, false));
        }

        private SynonymMap parse(Analyzer analyzer) {
            String rules = String.join("\n", settings.getAsList("synonyms"));
            boolean expand = settings.getAsBoolean("expand", true);
            try {
                SolrSynonymParser parser = new SolrSynonymParser(true, expand, analyzer);
                parser.parse(new StringReader(rules));
                return parser.build();
            } catch (IOException | ParseException | IllegalArgumentException e) {
                // analysis-common's "lenient" skips bad rules; this stand-in always refuses them.
                throw new IllegalArgumentException("failed to build synonyms [" + name + "]: " + e.getMessage(), e);
            }
        }
    }

    private static TokenizerFactory ngramTokenizer(String name, Settings settings, boolean edge) {
        int minGram = settings.getAsInt("min_gram", 1);
        int maxGram = settings.getAsInt("max_gram", 2);
        CharClasses classes = new CharClasses(settings.getAsList("token_chars"));
        return TokenizerFactory.newFactory(name, () -> {
            if (classes.all()) {
                return edge ? new EdgeNGramTokenizer(minGram, maxGram) : new NGramTokenizer(minGram, maxGram);
            }
            if (edge) {
                return new EdgeNGramTokenizer(minGram, maxGram) {
                    @Override
                    protected boolean isTokenChar(int chr) {
                        return classes.matches(chr);
                    }
                };
            }
            return new NGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return classes.matches(chr);
                }
            };
        });
    }

    private static TokenFilterFactory ngramFilter(String name, Settings settings, boolean edge) {
        int minGram = settings.getAsInt("min_gram", 1);
        int maxGram = settings.getAsInt("max_gram", 2);
        boolean preserve = settings.getAsBoolean("preserve_original", false);
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream in) {
                return edge
                    ? new EdgeNGramTokenFilter(in, minGram, maxGram, preserve)
                    : new NGramTokenFilter(in, minGram, maxGram, preserve);
            }
        };
    }

    private static TokenFilterFactory asciiFolding(String name, Settings settings) {
        boolean preserve = settings.getAsBoolean("preserve_original", false);
        return new NormalizingTokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream in) {
                return new ASCIIFoldingFilter(in, preserve);
            }

            @Override
            public TokenStream normalize(TokenStream in) {
                // Normalizers must yield one token: never keep the original.
                return new ASCIIFoldingFilter(in, false);
            }
        };
    }

    /** The "token_chars" setting: which character classes belong in a token. */
    private static final class CharClasses {
        private final boolean letter, digit, whitespace, punctuation, symbol, all;

        CharClasses(List<String> names) {
            boolean l = false, d = false, w = false, p = false, s = false;
            for (String n : names) {
                switch (n.toLowerCase(Locale.ROOT)) {
                    case "letter" -> l = true;
                    case "digit" -> d = true;
                    case "whitespace" -> w = true;
                    case "punctuation" -> p = true;
                    case "symbol" -> s = true;
                    default -> throw new IllegalArgumentException(
                        "token_chars [" + n + "] is not supported by the test analysis plugin");
                }
            }
            letter = l;
            digit = d;
            whitespace = w;
            punctuation = p;
            symbol = s;
            all = names.isEmpty();
        }

        boolean all() {
            return all;
        }

        boolean matches(int c) {
            if (Character.isWhitespace(c)) {
                return whitespace;
            }
            if (Character.isLetter(c)) {
                return letter;
            }
            if (Character.isDigit(c)) {
                return digit;
            }
            switch (Character.getType(c)) {
                case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION:
                    return punctuation;
                case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL:
                    return symbol;
                default:
                    return false;
            }
        }
    }
}
