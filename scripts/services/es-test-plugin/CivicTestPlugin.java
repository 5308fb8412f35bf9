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
 *    answer 405.  This plugin serves them with the usual body.
 *
 * Never use it outside the throwaway test node: it does not enforce
 * index.max_ngram_diff and implements only the common settings.
 */
package org.civic.testplugin;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
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
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
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
            "edge_ngram", (indexSettings, env, name, settings) -> ngramFilter(name, settings, true)
        );
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
